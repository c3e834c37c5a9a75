"""Raw HTML and attr_list attributes in a Markdown body, read as a browser reads them.

Tags may span lines, attribute values are entity-decoded (``javascript&#58;`` is ``javascript:``)
and attr_list blocks (``{: onclick="..." }``) count as attributes too. Every item has the line and
column of its tag in the source, so a finding points at what the editor wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from wegwijs.content.blocks import position, prose

#: Python-Markdown's attr_list: "{: #id .class key=value }" or "{ ... }" after a block or inline.
_ATTR_LIST = re.compile(r"\{:?[ \t]*(?P<attrs>[^{}\n]+?)[ \t]*\}")
_ATTR = re.compile(r"""[#.][\w-]+|(?P<name>[a-zA-Z_:][-\w:.]*)(?:=(?P<value>"[^"]*"|'[^']*'|[^\s"'}]*))?""")
_SPACE = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Tag:
    name: str
    attrs: tuple[tuple[str, str], ...]
    line: int
    column: int

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.attrs if k == name), None)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]], tuple[int, int]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs, self.getpos()))

    handle_startendtag = handle_starttag


def _attr_lists(text: str, first_line: int) -> Iterator[Tag]:
    import html

    for match in _ATTR_LIST.finditer(text):
        attrs = []
        items, pos, source = [], 0, match["attrs"]
        while pos < len(source):
            item = _ATTR.match(source, pos)
            if item is None or item.end() == pos:
                break
            items.append(item)
            pos = item.end()
            gap = _SPACE.match(source, pos)
            if gap is None and pos < len(source):
                break
            pos = gap.end() if gap else pos
        if pos < len(source):
            continue  # not attr_list syntax (CSS, a brace in a sentence)
        for item in items:
            if item["name"] is None:
                continue
            value = item["value"] or ""
            if value[:1] in "\"'" and len(value) >= 2:
                value = value[1:-1]
            attrs.append((item["name"].lower(), html.unescape(value)))
        if attrs:
            line, column = position(text, match.start(), first_line)
            yield Tag("{attr_list}", tuple(attrs), line, column)


def scan(body: str, first_line: int = 1) -> list[Tag]:
    """Every HTML start tag and attr_list block outside code, in source order."""
    text = prose(body)
    collector = _Collector()
    try:
        collector.feed(text)
        collector.close()
    except (AssertionError, ValueError):  # html.parser gives up on a few broken inputs
        pass
    tags = [
        Tag(name, tuple((k, v or "") for k, v in attrs), first_line + line - 1, column + 1)
        for name, attrs, (line, column) in collector.tags
    ]
    tags += _attr_lists(text, first_line)
    return sorted(tags, key=lambda t: (t.line, t.column))
