"""One block reader for every scanner (issue 19): the link and HTML checks, the readable text, the
anonymity guard and the preview agree on what is code, with the same positions, on tricky Markdown.

The truth is the real renderer: Python-Markdown with the site's extensions (``mkdocs.yml``) shows
every line that ``content.blocks`` calls code inside ``<code>``, and the live ``<script>`` outside.
"""

from __future__ import annotations

import re

import markdown
import pytest

from wegwijs.content import blocks
from wegwijs.content.markup import check_html, check_links
from wegwijs.findings import Rule, Severity
from wegwijs.privacy import scan_text
from wegwijs.readability.markdown_text import extract
from wegwijs_mkdocs.preview import sentence_text

DOC = """# Titel

Gewone tekst met een [link](nergens.md). Bel 0470 12 34 56.

````markdown
```html
<script>vier()</script>
[codelink](nergens.md)
```
Bel 0471 22 33 44
````

~~~
<script>tilde()</script> 0472 55 66 77
~~~

    <script>ingesprongen()</script>

- Een punt met code:

    ```
    <script>inlijst()</script>
    ```

> ```
> <script>citaat()</script>
> ```

<div markdown>
Tekst in HTML.
</div>

Echt: <script>echt()</script>
"""
#: The lines (1-based) that are code: fence lines and content, the indented block.
CODE = {5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 17, 21, 22, 23, 25, 26, 27}
LIVE_SCRIPT = (33, 7)  # 'Echt: <script>' is real HTML on a page: WW503
PROSE_LINK = (3, 22)
PROSE_PHONE = (3, 46)
CODE_PHONES = {(10, 5), (14, 26)}
FRONT = "---\ntitle: Proef\n---\n"
RULE = Rule("WW101", "zin-te-lang", Severity.WARNING, "Een zin is kort.")


def variants() -> list[tuple[str, str, str, int]]:
    """(name, whole file text, body, file line of the body's first line)."""
    return [
        ("lf", DOC, DOC, 1),
        ("crlf", DOC.replace("\n", "\r\n"), DOC.replace("\n", "\r\n"), 1),
        ("front matter", FRONT + DOC, DOC, 4),
    ]


def file_lines(lines: set[int], first_line: int) -> set[int]:
    return {line + first_line - 1 for line in lines}


def test_the_real_renderer_shows_these_lines_as_code() -> None:
    html = markdown.markdown(DOC, extensions=["abbr", "admonition", "attr_list", "md_in_html", "tables", "pymdownx.superfences"])
    code = "".join(re.findall(r"<code>(.*?)</code>", html, re.S))
    for name in ("vier", "tilde", "ingesprongen", "inlijst", "citaat"):
        assert f"&lt;script&gt;{name}()" in re.sub(r"<[^>]+>", "", code), name
    assert "<script>echt()</script>" in html and "echt" not in code
    assert blocks.read(DOC).code_lines() == CODE


@pytest.mark.parametrize(("name", "text", "body", "first"), variants())
def test_the_reader_finds_the_same_code_in_every_variant(name, text, body, first) -> None:
    assert blocks.read(text, front_matter=True).code_lines() == file_lines(CODE, first)
    assert blocks.read(body).code_lines(first) == file_lines(CODE, first)


def test_a_byte_order_mark_changes_nothing() -> None:
    assert blocks.read("\ufeff" + DOC).code_lines() == CODE
    assert blocks.read("\ufeff```\n<script>x()</script>\n```\n").code_lines() == {1, 2, 3}


@pytest.mark.parametrize(("name", "text", "body", "first"), variants())
def test_links_and_html_check_read_no_code(name, text, body, first) -> None:
    findings = check_html(body, first, "p.md") + check_links(body, first, "p.md", "p.md", lambda uri: False)
    at = {(f.code, f.line, f.column) for f in findings}
    line, column = LIVE_SCRIPT
    assert at == {("WW503", line + first - 1, column), ("WW501", PROSE_LINK[0] + first - 1, PROSE_LINK[1])}


@pytest.mark.parametrize(("name", "text", "body", "first"), variants())
def test_readable_text_has_no_code(name, text, body, first) -> None:
    pieces = [piece for block in extract(body, first).blocks for piece in block.pieces if piece.text.strip()]
    assert not {piece.line for piece in pieces} & file_lines(CODE, first)
    words = " ".join(piece.text for piece in pieces)
    assert "Gewone tekst" in words and "Tekst in HTML." in words and "vier" not in words


@pytest.mark.parametrize(("name", "text", "body", "first"), variants())
def test_the_guard_still_reads_code_blocks(name, text, body, first) -> None:
    """A client's phone number in a code example is published all the same, so the guard reads code."""
    findings = scan_text(text, "p.md")
    found = {(f.line, f.column) for f in findings if f.code == "WW302"}
    expected = {PROSE_PHONE, *CODE_PHONES}
    assert found == {(line + first - 1, column) for line, column in expected}


@pytest.mark.parametrize(("name", "text", "body", "first"), variants())
def test_the_preview_marks_no_sentence_in_code(name, text, body, first) -> None:
    lines = text.split("\n")
    for line in file_lines(CODE, first):
        assert sentence_text(RULE.finding("m", "p.md", line, 1), lines, first) is None, line
    marked = sentence_text(RULE.finding("m", "p.md", PROSE_LINK[0] + first - 1, PROSE_LINK[1]), lines, first)
    assert marked == "Gewone tekst met een link."


def test_a_paragraph_never_runs_into_a_code_block() -> None:
    text = "Bel ons op\n```\n0470\n```\nna de middag."
    assert [part for _, part in blocks.paragraphs(text)] == ["Bel ons op", "```\n0470\n```", "na de middag."]
