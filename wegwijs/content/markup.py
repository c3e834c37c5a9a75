"""Checks on the Markdown itself: links and images that lead nowhere, and HTML that could harm.

MkDocs checks links too, but without the line in the source, and with the virtual path of a theme
sheet; editors need ``theme_sheets/leefloon.md:12:5``. Dangerous HTML is reported *and* made
harmless, because ``mkdocs serve`` keeps showing a page even when the build has errors.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from wegwijs.content.blocks import prose
from wegwijs.content.htmlscan import Tag, scan
from wegwijs.findings import Finding, Rule, Severity
from wegwijs.safety.sanitize import allowed_resource

BROKEN_LINK = Rule("WW501", "link-kapot", Severity.WARNING, "Een link moet naar een bestaande pagina gaan.")
MISSING_IMAGE = Rule("WW502", "afbeelding-ontbreekt", Severity.WARNING, "Een afbeelding moet bestaan.")
DANGEROUS_HTML = Rule("WW503", "gevaarlijke-html", Severity.ERROR, "Scripts horen niet in een tekst.")
OUTSIDE_RESOURCE = Rule(
    "WW504", "bron-van-buiten", Severity.WARNING,
    "Een pagina haalt niets van een andere website: dat verklapt wie de pagina leest.",
)

_LINK = re.compile(r"(!?)\[(?P<text>[^\]\n]*)\]\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[(?P<id>[^\]]+)\]:\s*<?(?P<target>\S+?)>?(?:\s|$)")
_DANGEROUS_TAG = re.compile(r"<\s*(script|iframe|object|embed|form|style|link|meta|base|frame)\b", re.I)
_DANGEROUS_TAGS = frozenset(
    "script iframe object embed form style link meta base frame frameset applet noscript template".split()
)
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "cite", "background"})
_RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background"})
_CSS_URL = re.compile(r"url\(\s*['\"]?(?P<url>[^'\")]*)", re.I)
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
_EVENT_ATTR = re.compile(r"<[a-z][^>]*\s(on[a-z]+)\s*=", re.I)
_JS_URL = re.compile(r"(?:href|src|action)\s*=\s*[\"']?\s*(javascript|vbscript):", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


@dataclass(frozen=True)
class Link:
    target: str
    image: bool
    line: int
    column: int


def _prose_lines(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Lines with code blanked out (same length, so columns hold); see ``blocks.prose``."""
    for offset, line in enumerate(prose(body).split("\n")):
        if line.strip():
            yield first_line + offset, line


def links(body: str, first_line: int = 1) -> list[Link]:
    found = []
    for number, line in _prose_lines(body, first_line):
        for match in _LINK.finditer(line):
            found.append(Link(match["target"], bool(match.group(1)), number, match.start() + 1))
        if ref := _REF_DEF.match(line):
            if not ref["id"].startswith("^"):  # footnotes are not links
                found.append(Link(ref["target"], False, number, ref.start("target") + 1))
    return found


def resolve(target: str, page_uri: str) -> str | None:
    """The docs-relative path a link points to, or None for outside addresses and anchors."""
    if not target or target.startswith("#") or _SCHEME.match(target) or target.startswith("//"):
        return None
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not path:
        return None
    if path.startswith("/"):
        return posixpath.normpath(path.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), path))


def check_links(
    body: str,
    first_line: int,
    rel_path: str,
    page_uri: str,
    exists: Callable[[str], bool],
) -> list[Finding]:
    """Report links and images whose target is not part of the site."""
    findings = []
    for link in links(body, first_line):
        if _SCHEME.match(link.target) and link.target.lower().startswith(("javascript:", "vbscript:")):
            findings.append(
                DANGEROUS_HTML.finding(
                    "Deze link start een script. Dat mag niet. Gebruik een gewoon webadres.",
                    rel_path, link.line, link.column,
                )
            )
            continue
        if outside_image(link):
            findings.append(
                OUTSIDE_RESOURCE.finding(
                    f"De afbeelding '{link.target[:60]}' komt van een andere website. De pagina toont ze niet. "
                    "Zet het bestand bij de fiches.",
                    rel_path, link.line, link.column,
                )
            )
            continue
        uri = resolve(link.target, page_uri)
        if uri is None or _target_exists(uri, exists):
            continue
        if link.image:
            findings.append(
                MISSING_IMAGE.finding(
                    f"De afbeelding '{link.target}' bestaat niet. Kijk de naam na of zet het bestand "
                    "in de map.",
                    rel_path, link.line, link.column,
                )
            )
        else:
            findings.append(
                BROKEN_LINK.finding(
                    f"De link '{link.target}' gaat naar een pagina die niet bestaat.",
                    rel_path, link.line, link.column,
                )
            )
    return findings


def _target_exists(uri: str, exists: Callable[[str], bool]) -> bool:
    if exists(uri):
        return True
    stem = uri[:-1] if uri.endswith("/") else uri
    candidates = [f"{stem}.md", f"{stem}/index.md", f"{stem}/README.md"]
    if uri.endswith(".html"):
        candidates.append(uri[: -len(".html")] + ".md")
    return any(exists(c) for c in candidates)


def check_html(body: str, first_line: int, rel_path: str) -> list[Finding]:
    """Report HTML that runs code or loads things from elsewhere.

    Reads tags as a browser does (``htmlscan``): over several lines, with entities decoded, and
    attr_list blocks. The sanitiser removes all of it from the page anyway; this tells the editor.
    """
    findings = []
    for tag in scan(body, first_line):
        for what, name in _dangers(tag):
            findings.append(DANGEROUS_HTML.finding(_danger_message(what, name), rel_path, tag.line, tag.column))
        for url in _outside_resources(tag):
            findings.append(
                OUTSIDE_RESOURCE.finding(
                    f"'{url[:60]}' komt van een andere website. De pagina toont het niet. "
                    "Zet het bestand bij de fiches en verwijs ernaar.",
                    rel_path, tag.line, tag.column,
                )
            )
    return findings


def _dangers(tag: Tag) -> Iterator[tuple[str, str]]:
    if tag.name in _DANGEROUS_TAGS:
        yield "tag", tag.name
    for name, value in tag.attrs:
        if name.startswith("on"):
            yield "attribute", name
        elif name in _URL_ATTRIBUTES or name == "srcset":
            scheme = _URL_NOISE.sub("", value).split(":", 1)[0].lower() if ":" in value else ""
            if scheme in ("javascript", "vbscript"):
                yield "url", scheme


def _outside_resources(tag: Tag) -> Iterator[str]:
    for name, value in tag.attrs:
        if name in _RESOURCE_ATTRIBUTES:
            urls = [item.strip().split(" ", 1)[0] for item in value.split(",")] if name == "srcset" else [value]
            yield from (u for u in urls if u and not allowed_resource(tag.name, u))
        elif name == "style":
            yield from (m["url"] for m in _CSS_URL.finditer(value) if not allowed_resource("img", m["url"]))


def outside_image(link: Link) -> bool:
    return link.image and not allowed_resource("img", link.target)


def _danger_message(what: str, name: str) -> str:
    if what == "tag":
        return f"De HTML-tag <{name}> mag niet in een pagina. Haal hem weg."
    if what == "attribute":
        return f"Het HTML-attribuut '{name}' start een script. Haal het weg."
    return f"Een adres met '{name}:' mag niet in een pagina. Gebruik een gewoon webadres."


def neutralize_html(body: str) -> str:
    """Make dangerous HTML show as text instead of running (the build reports it separately)."""
    body = _DANGEROUS_TAG.sub(lambda m: "&lt;" + m.group()[1:], body)
    body = re.sub(r"(<[a-z][^>]*\s)(on[a-z]+)(\s*=)", r"\1data-removed-\2\3", body, flags=re.I)
    return re.sub(r"(?i)(javascript|vbscript):", "removed-\\1-", body)
