"""What the brochure renderer may read: project files, Wegwijs' own assets and ``data:`` URIs.

WeasyPrint would otherwise open any ``file:`` URL a sheet names (``/etc/passwd``,
``/proc/self/environ``) and embed it in the public PDF, as an image or an attachment. The fetcher
is the safety mechanism; ``outside_findings`` explains to the editor, with sheet and line, what it
refused. Paths are resolved first, so a symlink in a content folder that points outside is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import wegwijs

#: Wegwijs' packaged assets (templates, CSS, data).
PACKAGE_DIR = Path(wegwijs.__file__).resolve().parent


@dataclass(frozen=True)
class Allowed:
    """Folders (and single files, such as the chosen fonts) the renderer may read."""

    roots: tuple[str, ...]
    files: tuple[str, ...] = ()

    @classmethod
    def make(cls, roots: Iterable[Path], files: Iterable[Path] = ()) -> Allowed:
        return cls(
            tuple(sorted({str(Path(r).resolve()) for r in roots})),
            tuple(sorted({str(Path(f).resolve()) for f in files})),
        )

    def path_allowed(self, path: Path) -> bool:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return False
        if not real.is_file():
            return False
        return str(real) in self.files or any(real.is_relative_to(root) for root in self.roots)

    def url_allowed(self, url: str) -> bool:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return True
        if scheme != "file":
            return False
        return self.path_allowed(Path(url2pathname(unquote(urlsplit(url).path))))


class RefusedURL(ValueError):
    """WeasyPrint catches this, leaves the resource out and goes on."""


def url_fetcher(allowed: Allowed):  # noqa: ANN201 (a WeasyPrint URLFetcher; imported lazily)
    from weasyprint.urls import URLFetcher

    class ProjectFetcher(URLFetcher):
        def fetch(self, url, headers=None):  # noqa: ANN001, ANN201
            if not allowed.url_allowed(url):
                raise RefusedURL(f"Wegwijs refuses {url[:80]}")
            return super().fetch(url, headers)

    return ProjectFetcher(allowed_protocols={"file", "data"})


_FETCHING = {"src", "href", "data", "poster", "srcset", "background"}


def _targets(name: str, value: str) -> list[str]:
    if name == "srcset":
        return [item.strip().split(" ", 1)[0] for item in value.split(",") if item.strip()]
    return [value.strip()]


def _refused(target: str, base_dir: Path, allowed: Allowed) -> bool:
    """Would the fetcher refuse ``target`` (as written in a sheet in ``base_dir``)?"""
    scheme = urlsplit(target).scheme.lower() if ":" in target.split("/", 1)[0] else ""
    if scheme == "data" or target.startswith("#") or not target:
        return False
    if scheme == "file":
        return not allowed.url_allowed(target)
    if scheme or target.startswith("//"):
        return True
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    return bool(path) and not allowed.path_allowed(base_dir / path)


def outside_findings(body: str, first_line: int, rel_path: str, base_dir: Path, allowed: Allowed) -> list:
    """What the fetcher will refuse in this sheet, with the line: attachments and outside files."""
    from wegwijs.brochure import codes
    from wegwijs.content.htmlscan import scan

    findings = []
    for tag in scan(body, first_line):
        values = dict(tag.attrs)
        if "attachment" in values.get("rel", "").lower().split():
            findings.append(
                codes.ATTACHMENT.finding(
                    "Een bijlage in de brochure mag niet. Haal rel=\"attachment\" weg.", rel_path, tag.line, tag.column
                )
            )
            continue
        for name, value in tag.attrs:
            if name not in _FETCHING or (name == "href" and tag.name == "a"):
                continue
            for target in _targets(name, value):
                if _refused(target, base_dir, allowed):
                    findings.append(
                        codes.OUTSIDE_FILE.finding(
                            f"De brochure toont '{target[:60]}' niet: het staat niet in de map van het project.",
                            rel_path, tag.line, tag.column,
                        )
                    )
    return findings
