"""The prose of a Markdown body with its source positions: fenced code and code spans blanked out.

One reader for the checks that look at raw HTML and links (``markup.py``, the brochure's fetch
check). Fences follow CommonMark: a fence closes only with the same character, at least as long
as the one that opened it, so a ``` fence inside a ```` fence is code, not the end of the code.
Blanked text keeps its length and its line breaks, so every line and column still holds.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def prose(body: str) -> str:
    """``body`` with code (fenced blocks, code spans) replaced by spaces, line for line."""
    out: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        match = _FENCE.match(line)
        if fence is None:
            if match and not (match["fence"][0] == "`" and "`" in match["info"]):
                fence = match["fence"]
                out.append(_blank(line))
            else:
                out.append(line)
        else:
            out.append(_blank(line))
            if match and match["fence"][0] == fence[0] and len(match["fence"]) >= len(fence) and not match["info"].strip():
                fence = None
    text = "\n".join(out)
    return _CODE_SPAN.sub(lambda m: _blank(m.group()), text)


def position(text: str, offset: int, first_line: int) -> tuple[int, int]:
    """Line and column (1-based) of ``offset`` in ``text``, whose first line is ``first_line``."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return first_line + line, offset - start + 1
