"""Which files the kiosk build leaves out: staff pages, downloads and the editors' reports."""

from __future__ import annotations

import posixpath
from pathlib import PurePosixPath

import yaml

from wegwijs.content.source import decode, split_front_matter

#: Folders (inside docs/) only staff read: the editors' guide and the readability report.
STAFF_FOLDERS = ("handleiding/", "leesbaarheid/", "rapport/")

#: Files a visitor would download; a kiosk has nowhere to save them.
DOWNLOAD_SUFFIXES = frozenset(
    ".pdf .doc .docx .odt .rtf .xls .xlsx .ods .csv .ppt .pptx .odp .zip .epub .ics .vcf".split()
)


def is_staff_uri(src_uri: str) -> bool:
    return src_uri.startswith(STAFF_FOLDERS)


def is_download(path: str) -> bool:
    """True for a file or an address (without query or anchor) a visitor would download."""
    path = path.split("#", 1)[0].split("?", 1)[0]
    return PurePosixPath(path).suffix.lower() in DOWNLOAD_SUFFIXES


def says_staff(raw: bytes) -> bool:
    """True when a page's front matter has ``staff: true``.

    Used before MkDocs reads pages, so it is quiet: a broken front matter is reported later by the
    content checks, with its line.
    """
    text, _ = decode(raw, "")
    front_matter, _, _ = split_front_matter(text)
    if not front_matter:
        return False
    try:
        meta = yaml.safe_load(front_matter)
    except yaml.YAMLError:
        return False
    return isinstance(meta, dict) and meta.get("staff") is True


def site_path(page_url: str, href: str) -> str:
    """The site-relative path (no leading or trailing slash) a relative ``href`` on a page points at."""
    href = href.split("#", 1)[0].split("?", 1)[0]
    if href.startswith("/"):
        joined = href
    else:
        joined = posixpath.join("/" + posixpath.dirname(page_url.rstrip("/") + "/x"), href)
    path = posixpath.normpath(joined).strip("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")].rstrip("/")
    return "" if path == "." else path


def page_path(dest_uri: str) -> str:
    """The site path of a built page: ``handleiding/index.html`` -> ``handleiding``."""
    return site_path("", dest_uri)
