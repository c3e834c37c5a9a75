"""The per-sentence difficulty (LiNT's features, offline): its JSON, its rule and its measurement on
our own graded texts (bench/data/graded_texts.yml, written for Wegwijs, EUPL-1.2)."""

from __future__ import annotations

import sys
from pathlib import Path

from wegwijs.readability import analyse_markdown

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import difficulty as measurement  # noqa: E402  (bench/difficulty.py)

EASY = "Je krijgt geld van het OCMW. Bel ons als je een vraag hebt."
HARD = ("De toekenning van de financiële tegemoetkoming geschiedt overeenkomstig de bepalingen van het "
        "huishoudelijk reglement, voor zover de aanvrager aantoont dat hij zich in een behoeftige toestand bevindt.")


def test_every_sentence_and_the_page_get_a_difficulty_and_a_level() -> None:
    data = analyse_markdown(f"{EASY}\n\n{HARD}", path="x.md").to_dict()
    easy, _, hard = data["sentences"]
    assert 0 <= easy["difficulty"] < hard["difficulty"] <= 100
    assert (easy["level"], hard["level"]) == (1, 4)
    assert 0 < data["metrics"]["difficulty"] <= 100 and data["metrics"]["level"] in (1, 2, 3, 4)


def test_the_hardest_sentence_comes_first_and_gets_ww114() -> None:
    analysis = analyse_markdown(f"{EASY}\n\n{HARD}", path="fiche.md")
    assert analysis.worst_sentences(1)[0].text == HARD
    (finding,) = [f for f in analysis.findings if f.code == "WW114"]
    assert (finding.line, finding.column, finding.end_line) == (3, 1, 3)
    assert finding.end_column == len(HARD)  # underlined up to the last word, before the full stop
    assert "WW114" not in [f.code for f in analyse_markdown(EASY, path="x.md").findings]


def test_a_year_or_a_name_does_not_raise_the_difficulty() -> None:
    plain = analyse_markdown("In dat jaar kwam er een nieuwe wet.", path="x.md").sentences[0].difficulty
    year = analyse_markdown("In 1861 kwam er een nieuwe wet.", path="x.md").sentences[0].difficulty
    assert year <= plain


def test_on_graded_texts_the_difficulty_ranks_at_least_as_well_as_flesch_douma_and_textstat() -> None:
    results = measurement.measure()
    ours = results["wegwijs difficulty"]
    for other in ("Flesch-Douma (wegwijs)", "textstat flesch_reading_ease (nl)"):
        assert ours["sentences"] >= results[other]["sentences"], results
        assert ours["same_length_pairs"] >= results[other]["same_length_pairs"], results
    # with the length of the sentences alike, length alone is no better than a coin
    assert ours["same_length_pairs"] > results["sentence length"]["same_length_pairs"] + 0.3
    assert ours["pairs"] == 1.0
    assert ours["texts_in_order"] == 1.0
    assert measurement.level_agreement() == 1.0  # calibrated on these texts: see difficulty.py
