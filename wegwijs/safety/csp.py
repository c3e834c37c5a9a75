"""The Content-Security-Policy of every page, and the only inline scripts allowed to run.

The theme (Material and ``overrides/``) has a few small inline scripts that must run before the
page paints. They are found in the template sources, not in the output: an inline script in a built
page is allowed (by its SHA-256 hash) only when it is one of those, with nothing but a template value
such as the base URL filled in. Any other inline script is removed, and the policy would block it
anyway: no ``'unsafe-inline'`` for scripts, so event-handler attributes and ``javascript:`` links
never run either.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: An inline script in a template or page: no src, and a type that runs (or none).
_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script\s*>", re.S | re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.I)
_RUNNABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
#: A value the template fills in: it may not leave the quoted string it stands in.
_TEMPLATE_VALUE = re.compile(r"\{\{.*?\}\}", re.S)
_VALUE_PATTERN = r"""[^"'<>\\`\n]*"""
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)


def _runs(attrs: str) -> bool:
    if _SRC.search(attrs):
        return False
    found = _TYPE.search(attrs)
    return (found["type"].lower() if found else "") in _RUNNABLE_TYPES


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


#: Folders of a theme that hold no templates: Material's ``.icons`` alone has thousands of SVG files,
#: and walking them was most of the time this module took on a build.
_NOT_TEMPLATES = {"assets", "node_modules"}


def _templates(directory: Path) -> list[Path]:
    found = []
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(f for f in folders if not f.startswith(".") and f not in _NOT_TEMPLATES)
        found += [Path(root, name) for name in files if name.endswith(".html")]
    return sorted(found)


@dataclass
class ThemeScripts:
    """The inline scripts of the theme's templates, as patterns a built page's scripts must match."""

    patterns: list[re.Pattern] = field(default_factory=list)

    @classmethod
    def from_dirs(cls, dirs: Iterable[str | Path]) -> ThemeScripts:
        bodies: set[str] = set()
        for directory in dirs:
            for path in _templates(Path(directory)):
                try:
                    text = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                bodies.update(m["body"] for m in _SCRIPT.finditer(text) if _runs(m["attrs"]))
        patterns = []
        for body in sorted(bodies):
            literal = _TEMPLATE_VALUE.split(body.strip())
            patterns.append(re.compile(_VALUE_PATTERN.join(re.escape(part) for part in literal), re.S))
        return cls(patterns)

    def allows(self, body: str) -> bool:
        stripped = body.strip()
        return bool(stripped) and any(p.fullmatch(stripped) for p in self.patterns)


def policy(script_hashes: Iterable[str]) -> str:
    """The page's policy. Styles may be inline (tables align cells with style=""); scripts may not."""
    scripts = " ".join(["'self'", *sorted(set(script_hashes))])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "media-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def secure_page(html: str, theme: ThemeScripts) -> str:
    """Drop inline scripts that are not the theme's, and put the policy first in <head>."""
    hashes: set[str] = set()

    def keep(match: re.Match) -> str:
        if not _runs(match["attrs"]):
            return match.group()
        if theme.allows(match["body"]):
            hashes.add(script_hash(match["body"]))
            return match.group()
        return ""

    html = _SCRIPT.sub(keep, html)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    # Right after the charset (which must stay within the first bytes), before any script.
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html
    return html[: anchor.end()] + meta + html[anchor.end() :]


_POLICY_SCRIPT_SRC = re.compile(rb"""(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src 'self')""")


def allow_added_scripts(before: bytes, after: bytes) -> bytes:
    """Allow, by their hash, the inline scripts a trusted server added to a secured page.

    ``after`` is ``before`` with one piece of markup inserted (``mkdocs serve`` puts its live-reload
    script before ``</body>`` of each page it sends, with a number that differs per request, so no
    hash can be known at build time). Only the scripts in that piece are allowed; the rest of the
    page keeps its policy. When ``after`` is not ``before`` plus one insertion, it stays as it is and
    the policy blocks the additions.
    """
    size = len(after) - len(before)
    if size <= 0:
        return after
    prefix = _common_length(before, after, lambda text, n: text[:n])
    suffix = _common_length(before, after, lambda text, n: text[len(text) - n :])
    # The piece can slide where its first byte equals the byte after it ("<" of "</body>"): take
    # the place where it is whole markup.
    places = [p for p in range(max(0, len(before) - suffix), prefix + 1) if after[p : p + 1] == b"<" and after[p + size - 1 : p + size] == b">"]
    if not places:
        return after
    added = after[places[0] : places[0] + size].decode("utf-8", "replace")
    hashes = sorted({script_hash(m["body"]) for m in _SCRIPT.finditer(added) if _runs(m["attrs"])})
    if not hashes:
        return after
    extra = (" " + " ".join(hashes)).encode()
    return _POLICY_SCRIPT_SRC.sub(lambda m: m.group(1) + extra, after, count=1)


def _common_length(before: bytes, after: bytes, part) -> int:  # noqa: ANN001
    """How many bytes ``part`` (the start or the end) has in common, found by halving (memcmp, not a loop)."""
    low, high = 0, min(len(before), len(after))
    while low < high:
        middle = (low + high + 1) // 2
        if part(before, middle) == part(after, middle):
            low = middle
        else:
            high = middle - 1
    return low
