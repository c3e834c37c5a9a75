"""Reader-facing YAML values map back to their own line and column, whatever the YAML style."""

from __future__ import annotations

import yaml

from wegwijs.readability import ReadabilitySettings
from wegwijs.readability.fields import PAGE_TEXTS, check_texts, source_text

SETTINGS = ReadabilitySettings()


def places(text: str, spec=PAGE_TEXTS) -> list[tuple[int, int, str]]:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    findings = check_texts(node, text.split("\n"), spec, "x.md", SETTINGS, None)
    return [(f.line, f.column, f.code) for f in findings]


def test_plain_single_and_quoted_values() -> None:
    assert places("title: Hulp teneinde je te helpen\n") == [(1, 13, "WW142")]
    assert places("title: 'Hulp teneinde je te helpen'\n") == [(1, 14, "WW142")]
    assert places('title: "Hulp teneinde je te helpen"\n') == [(1, 14, "WW142")]


def test_folded_literal_and_plain_multi_line_values() -> None:
    folded = "description: >-\n  Wij helpen je.\n  Je krijgt hulp teneinde je huur te betalen.\n"
    assert places(folded) == [(3, 18, "WW142")]
    literal = "description: |\n    Wij helpen je.\n    Je krijgt hulp middels een premie.\n"
    assert places(literal) == [(3, 20, "WW142")]
    plain = "description: Wij helpen je.\n  Je krijgt hulp middels een premie.\n"
    assert places(plain) == [(2, 18, "WW142")]


def test_source_text_keeps_each_line_and_offset() -> None:
    text = "a:\n  b: >-\n    Eerste regel\n      tweede regel\n"
    node = yaml.compose(text, Loader=yaml.SafeLoader).value[0][1].value[0][1]
    assert source_text(node, text.split("\n")) == ("Eerste regel\ntweede regel", [(3, 4), (4, 6)])


def test_title_and_description_thresholds() -> None:
    long_title = "title: " + " ".join(["woord"] * 9) + "\n"
    assert ("WW140" in {code for _, _, code in places(long_title)})
    description = "description: " + " ".join(["woord"] * 16) + ".\n"
    codes = [code for _, _, code in places(description)]
    assert "WW143" in codes and "WW101" not in codes
    assert places("description: Wij helpen je met geld en met raad.\n") == []
