"""Readable text out of Markdown, with exact line and column positions in the original file."""

from __future__ import annotations

import time

from wegwijs.readability import analyse_markdown
from wegwijs.readability.markdown_text import HEADING, LIST_ITEM, PARAGRAPH, TABLE_CELL, TITLE, extract
from wegwijs.readability.sentences import split_sentences


def sentences(markdown: str, first_line: int = 1):
    return split_sentences(extract(markdown, first_line).blocks)


def texts(markdown: str) -> list[str]:
    return [s.text for s in sentences(markdown)]


def test_markup_is_not_text() -> None:
    markdown = """---
title: Niet dit
---
# Het leefloon {#leefloon}

Lees [de uitleg](https://example.org/a "titel") en `code` hier. <span class="x">Echt</span> waar.

```python
print("geen tekst")
```

![Een foto](foto.png){ .center }
*[CAW]: Centrum Algemeen Welzijnswerk
<!-- een opmerking -->
Mail info@example.org of kijk op www.kalmthout.be :material-phone: &nbsp; nu.
"""
    assert texts(markdown) == [
        "Het leefloon",
        "Lees de uitleg en hier.",
        "Echt waar.",
        "Mail of kijk op nu.",
    ]


def test_headings_list_items_table_cells_and_titles_are_sentences_of_their_own() -> None:
    markdown = """## Wat moet je doen

- Bel ons
- Kom langs
  met je kaart

| Wat | Hoeveel |
|-----|---------|
| Huur | 3.500 euro |

!!! tip "Goed om te weten"
    Breng je kaart mee
"""
    extracted = extract(markdown)
    assert [b.kind for b in extracted.blocks] == [
        HEADING, LIST_ITEM, LIST_ITEM, TABLE_CELL, TABLE_CELL, TABLE_CELL, TABLE_CELL, TITLE, PARAGRAPH,
    ]
    assert texts(markdown) == [
        "Wat moet je doen", "Bel ons", "Kom langs met je kaart", "Wat", "Hoeveel", "Huur", "3.500 euro",
        "Goed om te weten", "Breng je kaart mee",
    ]


def test_positions_point_into_the_original_file() -> None:
    body = "# Titel\n\nEen zin. Nog een **zin** hier.\n\n- Punt [met link](x.md) erin\n"
    found = sentences(body, first_line=6)
    assert [(s.line, s.column) for s in found] == [(6, 3), (8, 1), (8, 10), (10, 3)]
    last = found[-1]
    assert [(w.text, w.line, w.column) for w in last.words] == [
        ("Punt", 10, 3), ("met", 10, 9), ("link", 10, 13), ("erin", 10, 25),
    ]


def test_indented_code_is_not_text_but_admonition_content_is() -> None:
    markdown = "Tekst.\n\n    code(hier)\n\n!!! note\n    Inhoud van de noot.\n"
    assert texts(markdown) == ["Tekst.", "Inhoud van de noot."]


def test_a_4_mb_page_is_read_in_linear_time() -> None:
    # Pathological input for backtracking regexes: long runs without spaces and unclosed markup.
    lines = ["Dit is een gewone zin met een [link](x.md) en `code`. " * 8] * 2000
    lines += ["a.b" * 20000, "[" * 50000, "<" * 50000, "`" * 50000, "x@" * 30000, "!![" * 20000]
    page = "\n".join(lines)
    assert len(page) > 1_000_000
    page = page * (4_000_000 // len(page) + 1)
    start = time.process_time()
    analysis = analyse_markdown(page, path="groot.md")
    assert analysis.metrics["words"] > 300_000
    # Not a timing test of speed: a generous bound that only a quadratic blow-up would cross.
    assert time.process_time() - start < 120
