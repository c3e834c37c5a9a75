"""Kiosk links: nothing on the screen may lead away from the local site.

An outside address becomes its text plus a QR code (made at build time, inline SVG) so a visitor
can take it along on a phone; phone numbers and e-mail addresses become plain text; downloads,
download buttons and print buttons disappear; a download or a page the kiosk leaves out, named in
running text, becomes plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlparse

from wegwijs.kiosk.pages import is_download

_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_PRINT_BUTTON = re.compile(r"<button\b[^>]*\bonclick=\"[^\"]*print\([^\"]*\"[^>]*>.*?</button\s*>", re.I | re.S)
PLAIN_SCHEMES = ("tel", "mailto", "sms", "callto", "fax")


def attributes(start_tag_attrs: str) -> dict[str, str]:
    """The attributes of one start tag (``' href="x" class="y"'``), unescaped, names lower case."""
    found: dict[str, str] = {}

    class _Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.update({name: value or "" for name, value in attrs})

    reader = _Reader(convert_charrefs=True)
    reader.feed(f"<a{start_tag_attrs}>")
    reader.close()
    return found


def qr_svg(address: str) -> str:
    """An inline SVG QR code for ``address`` (medium error correction survives a smudged screen)."""
    import segno  # only the kiosk build makes QR codes: keep it out of every other build's start-up

    code = segno.make(address, error="m", micro=False)
    return code.svg_inline(scale=4, border=2, dark="#000000", light="#ffffff", svgclass="ww-qr__svg")


def shown_address(address: str) -> str:
    parsed = urlparse(address)
    shown = parsed.netloc + parsed.path if parsed.scheme in ("http", "https") else address
    return shown.rstrip("/")


def outside_link(address: str, inner_html: str) -> str:
    """The QR block of one outside address: placed after the paragraph, never mid-sentence."""
    shown = html.escape(shown_address(address))
    return (
        '<div class="ww-qr">'
        f'<span class="ww-qr__text">{inner_html}</span> '
        f'<span class="ww-qr__box"><span class="ww-qr__code" role="img" aria-label="QR-code met het adres {shown}">'
        f"{qr_svg(address)}</span>"
        f'<span class="ww-qr__hint"><strong>Scan met je gsm</strong> <span class="ww-qr__url">{shown}</span></span>'
        "</span></div>"
    )


#: Where a QR block waits for the end of its block: after a paragraph, or inside the end of a list
#: item, cell or definition (a block after </li> would sit outside the list).
_BLOCK_END = re.compile(r"</(p|li|td|th|dd|dt|h[1-6]|blockquote|figcaption)\s*>", re.IGNORECASE)
_QR_MARK = re.compile("\x00qr(\\d+)\x00")


def _place_qr_blocks(page_html: str, blocks: list[str]) -> str:
    """Move each QR block (left as a mark in the sentence) to the end of the block it was in."""
    if not blocks:
        return page_html
    out: list[str] = []
    pending: list[str] = []
    position = 0
    for end in _BLOCK_END.finditer(page_html):
        chunk = page_html[position : end.start()]
        pending += [blocks[int(n)] for n in _QR_MARK.findall(chunk)]
        out.append(_QR_MARK.sub("", chunk))
        if pending and end.group(1).lower() != "p":
            out.append("".join(pending) + end.group(0))
        else:
            out.append(end.group(0) + "".join(pending))
        pending = []
        position = end.end()
    rest = page_html[position:]
    out.append(_QR_MARK.sub(lambda m: blocks[int(m.group(1))], rest))
    return "".join(out)


def rewrite_links(page_html: str, *, is_left_out: Callable[[str], bool]) -> str:
    """Make a built page safe for the kiosk. ``is_left_out(href)`` says a link goes to a dropped page."""
    blocks: list[str] = []

    def replace(match: re.Match[str]) -> str:
        attrs = attributes(match.group(1))
        inner = match.group(2)
        href = attrs.get("href")
        if href is None:
            return match.group(0)
        href = href.strip()
        scheme = urlparse(href).scheme.lower()
        if scheme == "javascript" or "download" in attrs:
            return ""
        if scheme in PLAIN_SCHEMES or is_download(href):
            # In running text the words still make sense without the link ("Vul het formulier in").
            return f'<span class="ww-plain">{inner}</span>'
        if scheme in ("http", "https") or href.startswith("//"):
            address = "https:" + href if href.startswith("//") else href
            blocks.append(outside_link(address, inner))
            return f'<span class="ww-plain ww-qr__ref">{inner}</span>\x00qr{len(blocks) - 1}\x00'

        if scheme or is_left_out(href):
            return f'<span class="ww-plain">{inner}</span>'
        return match.group(0)

    return _PRINT_BUTTON.sub("", _place_qr_blocks(_ANCHOR.sub(replace, page_html), blocks))
