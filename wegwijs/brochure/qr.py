"""QR codes to the website, made where a part is rendered rather than where it is planned.

A part's HTML holds a marker (``wegwijs-qr:`` plus the URL) instead of the code itself. The URL is
all the code depends on, so the marker is as good as the code for the cache key, and the worker
that renders the part swaps in the real code: a full render makes its 200 codes in parallel, and a
render from the cache makes none. Light on purpose: worker processes import it.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from wegwijs.atomic import temporary_name

QR_SCHEME = "wegwijs-qr:"
_MARKER = re.compile(re.escape(QR_SCHEME) + r'([^"\s<>]+)')


def qr_marker(url: str) -> str:
    return QR_SCHEME + url


def qr_data_uri(url: str, cache_dir: Path | None = None) -> str:
    """The QR code as an SVG data URI; kept on disk, since making 200 codes takes seconds."""
    import segno

    cached = cache_dir / "qr" / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".txt") if cache_dir else None
    if cached is not None and cached.is_file():
        return cached.read_text(encoding="ascii")
    # Error level M survives a smudge or a fold; SVG stays sharp at every print size.
    uri = segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=0, dark="#000")
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = temporary_name(cached)
        tmp.write_text(uri, encoding="ascii")
        tmp.replace(cached)  # two workers may make the same code at once
    return uri


def with_qr_codes(document: str, cache_dir: Path | None = None) -> str:
    """``document`` (HTML, markers in attributes) with every marker replaced by its QR code."""
    return _MARKER.sub(
        lambda m: html.escape(qr_data_uri(html.unescape(m.group(1)), cache_dir), quote=True), document
    )
