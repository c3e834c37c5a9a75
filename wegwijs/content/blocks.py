"""The one reader of Markdown blocks: which lines are code, raw HTML or front matter, with positions.

Every scanner asks this module what is code: the link and HTML checks (``markup.py``,
``htmlscan.py``), the readable text (``readability/markdown_text.py``), the anonymity guard
(``privacy/guard.py``) and the preview (``wegwijs_mkdocs/preview.py``). So a ``<script>`` shown as
an example is code for all of them, or for none.

Fences follow pymdownx.superfences, which renders our pages: a fence may be indented and may sit in
a block quote, and it closes only with the same character, at least as long as the one that opened
it, so a ``` fence inside a ```` fence is code, not the end of the code. Indented code needs four
spaces more than the open list item or admonition, after a blank line. ``<script>``, ``<style>``,
``<pre>`` and ``<textarea>`` open a raw HTML block up to their closing tag. A fence inside an HTML
comment opens nothing.

Line indices are 0-based in the text given; a carriage return at a line end and a byte order mark
at the start are ignored for reading but keep their place, so every offset still holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

TEXT = "text"
FENCE = "fence"  # a fenced code block, its fence lines included
INDENTED = "indented"  # an indented code block
HTML = "html"  # a raw <script>/<style>/<pre>/<textarea> block, its tag lines included
COMMENT = "comment"  # the inside of an HTML comment over several lines
FRONT_MATTER = "front-matter"  # YAML front matter that was not split off, its '---' lines included
CODE = frozenset({FENCE, INDENTED})

_FENCE = re.compile(r"^[ \t>]*(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_RAW_HTML_OPEN = re.compile(r"<(script|style|pre|textarea)\b", re.I)
_COMMENT = re.compile(r"<!--.*?-->")
#: Block markup that decides where the content of a container starts (shared with the readability
#: text, which needs the same lines for its own blocks).
LIST_ITEM_LINE = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\[[ xX]\][ \t]+)?")
ADMONITION = re.compile(r'^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"]*)")?[ \t]*$')
BLOCKQUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
RULE_OR_UNDERLINE = re.compile(r"^ {0,3}(?:[-*_=][ \t]*){3,}$|^ {0,3}=+[ \t]*$")


@dataclass(frozen=True)
class Block:
    """A run of lines that is not text: ``kind`` from ``start`` up to (not including) ``end``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    """What each line of a text is (``kinds[i]`` for line ``i``) and the non-text blocks."""

    lines: tuple[str, ...]
    kinds: tuple[str, ...]
    blocks: tuple[Block, ...]

    def is_code(self, index: int) -> bool:
        return self.kinds[index] in CODE

    def code_lines(self, first_line: int = 1) -> set[int]:
        """File line numbers of every code line, the text's first line being ``first_line``."""
        return {first_line + i for i, kind in enumerate(self.kinds) if kind in CODE}


def _clean(line: str, index: int) -> str:
    line = line[:-1] if line.endswith("\r") else line
    return line.lstrip("\ufeff") if index == 0 else line


def _fence_opens(line: str) -> str | None:
    match = _FENCE.match(line)
    if match is None or (match["fence"][0] == "`" and "`" in match["info"]):
        return None  # ```code``` on one line is a code span, not a fence
    return match["fence"]


def _fence_closes(line: str, fence: str) -> bool:
    match = _FENCE.match(line)
    return bool(
        match and match["fence"][0] == fence[0] and len(match["fence"]) >= len(fence) and not match["info"].strip()
    )


def _front_matter_end(lines: list[str]) -> int:
    """The index of the first line after a front matter block at the top, or 0 when there is none."""
    if lines and lines[0].rstrip() == "---":
        for end in range(1, len(lines)):
            if lines[end].rstrip() in ("---", "..."):
                return end + 1
    return 0


def _container(line: str, container: int) -> int:
    """Where the content of the list item or admonition that ``line`` opens starts."""
    quote = BLOCKQUOTE.match(line)
    if quote:
        line = " " * quote.end() + line[quote.end():]
    if RULE_OR_UNDERLINE.match(line):
        return container
    if admonition := ADMONITION.match(line):
        return len(admonition.group(1)) + 4
    if item := LIST_ITEM_LINE.match(line):
        return item.end() if item.end() - len(item.group(1)) <= 6 else len(item.group(1)) + 2
    return container


def _comment_stays_open(line: str) -> bool:
    rest = _COMMENT.sub("", _CODE_SPAN.sub("", line))
    return "<!--" in rest


def read(text: str, *, front_matter: bool = False) -> Layout:
    """Read the blocks of ``text``; ``front_matter``: a ``---`` block at the top is YAML, not text."""
    lines = [_clean(line, index) for index, line in enumerate(text.split("\n"))]
    kinds = [TEXT] * len(lines)
    begin = _front_matter_end(lines) if front_matter else 0
    kinds[:begin] = [FRONT_MATTER] * begin
    fence: str | None = None
    raw_tag: str | None = None
    in_comment = False
    container = 0  # indentation at which the content of the open list item / admonition starts
    previous_blank = True
    for index in range(begin, len(lines)):
        line = lines[index]
        if in_comment:
            kinds[index] = COMMENT
            if (end := line.find("-->")) >= 0:
                # The rest of the closing line is text; a closing line with nothing after it is blank.
                in_comment, previous_blank = False, not line[end + 3 :].strip()
            continue
        if raw_tag is not None:
            kinds[index] = HTML
            if f"</{raw_tag}" in line.lower():
                raw_tag = None
            continue
        if fence is not None:
            kinds[index] = FENCE
            if _fence_closes(line, fence):
                fence = None
            continue
        if not line.strip():
            previous_blank = True
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if indent < container and previous_blank:
            container = 0
        if opened := _fence_opens(line):
            kinds[index], fence, previous_blank = FENCE, opened, False
            continue
        if previous_blank and indent >= container + 4:
            kinds[index] = INDENTED
            continue
        previous_blank = False
        raw = _RAW_HTML_OPEN.search(line)
        if raw and f"</{raw.group(1).lower()}" not in line.lower():
            kinds[index], raw_tag = HTML, raw.group(1).lower()
            continue
        in_comment = "<!--" in line and _comment_stays_open(line)
        container = _container(line, container)
    return Layout(tuple(lines), tuple(kinds), tuple(_runs(kinds)))


def _runs(kinds: list[str]) -> Iterator[Block]:
    start = 0
    for index in range(1, len(kinds) + 1):
        if index == len(kinds) or kinds[index] != kinds[start]:
            if kinds[start] != TEXT:
                yield Block(kinds[start], start, index)
            start = index


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def prose(body: str) -> str:
    """``body`` with code (fenced and indented blocks, code spans) replaced by spaces, line for line."""
    layout = read(body)
    raw = body.split("\n")
    out = [_blank(line) if layout.is_code(i) else line for i, line in enumerate(raw)]
    return _CODE_SPAN.sub(lambda m: _blank(m.group()), "\n".join(out))


def paragraphs(text: str, *, front_matter: bool = False) -> Iterator[tuple[int, str]]:
    """(offset in ``text``, text) of every run of non-blank lines; the line breaks stay in the text.

    A run never crosses the edge of a code block, raw HTML block or front matter: the page shows
    them apart, so a reader never reads them as one sentence.
    """
    layout = read(text, front_matter=front_matter)
    owner = [-1] * len(layout.kinds)  # the number of the block each line belongs to; -1 for text
    for number, block in enumerate(layout.blocks):
        owner[block.start : block.end] = [number] * (block.end - block.start)
    offset = 0
    start: int | None = None
    group = -1
    for index, line in enumerate(text.split("\n")):
        here = owner[index]
        if start is not None and (not line.strip() or here != group):
            yield start, text[start : offset - 1]
            start = None
        if line.strip() and start is None:
            start, group = offset, here
        offset += len(line) + 1
    if start is not None:
        yield start, text[start:]


def position(text: str, offset: int, first_line: int) -> tuple[int, int]:
    """Line and column (1-based) of ``offset`` in ``text``, whose first line is ``first_line``."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return first_line + line, offset - start + 1
