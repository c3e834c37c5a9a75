"""Page and sentence metrics: the formulas, the JSON contract, and the frequency table cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijs.readability import analyse_markdown, frequency
from wegwijs.readability.sentences import brouwer, flesch_douma


def test_formulas() -> None:
    # 10 words, 15 syllables, 1 sentence: 206.84 - 0.77*150 - 0.93*10 = 82.04; 195 - 20 - 0.67*150 = 74.5
    assert flesch_douma(10, 15, 1) == 82.0
    assert brouwer(10, 15, 1) == 74.5


def test_page_metrics_and_shape() -> None:
    analysis = analyse_markdown("# Hulp\n\nWe helpen je graag. Je aanvraag wordt onderzocht.\n", path="p.md")
    m = analysis.metrics
    assert (m["sentences"], m["words"]) == (3, 9)
    assert m["syllables"] == 1 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 3  # hulp we hel-pen je graag je aan-vraag wordt on-der-zocht
    assert m["words_per_sentence"] == 3.0
    assert m["flesch_douma"] == flesch_douma(9, m["syllables"], 3)
    assert m["passive_sentences"] == 1 and m["paragraphs"] == 2
    data = analysis.to_dict()
    assert list(data) == ["path", "level", "metrics", "sentences", "findings"]
    assert list(data["sentences"][0]) == ["line", "column", "text", "flesch_douma", "difficulty", "level", "words"]
    assert list(data["sentences"][0]["words"][0]) == ["text", "syllables", "zipf", "line", "column", "end_column"]
    assert data["sentences"][0]["words"][0]["column"] == 3 and data["sentences"][0]["words"][0]["end_column"] == 7
    assert list(data["findings"][0]) == ["code", "line", "column", "severity", "message", "suggestion", "end_line", "end_column"]


def test_an_empty_page_has_no_score() -> None:
    metrics = analyse_markdown("```\ncode\n```\n", path="leeg.md").metrics
    assert metrics["words"] == 0 and metrics["flesch_douma"] is None


def test_the_frequency_table_is_cached_and_gives_the_same_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(frequency, "_table", None)
    monkeypatch.setattr(frequency, "_cache", {})
    first = frequency.zipf("leefloon")
    assert list((tmp_path / "wegwijs").glob("wordfreq-nl-*.marshal"))
    monkeypatch.setattr(frequency, "_table", None)
    monkeypatch.setattr(frequency, "_cache", {})
    assert frequency.zipf("leefloon") == first == 2.56
