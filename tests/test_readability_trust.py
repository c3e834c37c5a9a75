"""Readability you can trust (issue 13b): false positives as regression tests, invisible characters,
loanwords and numbers, and findings that point at the word."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wegwijs.readability import analyse_markdown
from wegwijs.readability.syllables import syllables

DATA = Path(__file__).parent / "data" / "lettergrepen.csv"


def findings(text: str, level: str = "B1") -> list[tuple[str, int, int, int | None, str]]:
    analysis = analyse_markdown(text, path="fiche.md", level=level)
    return [(f.code, f.line, f.column, f.end_column, f.message) for f in analysis.findings]


def codes(text: str, level: str = "B1") -> list[str]:
    return [finding[0] for finding in findings(text, level)]


def test_an_active_sentence_with_zijn_in_a_later_clause_is_not_passive() -> None:
    # 'beslist' is a participle of 'beslissen', but here the main verb; the 'is' belongs to 'nadat'.
    assert "WW108" not in codes("Het OCMW beslist binnen 30 dagen nadat je dossier volledig is.", "A2")
    assert "WW108" in codes("Je aanvraag is door het OCMW beslist.", "A2")  # the rule still works


def test_a_year_does_not_make_a_sentence_hard() -> None:
    analysis = analyse_markdown("In 1861 kwam er een nieuwe wet.", path="x.md")
    (sentence,) = analysis.sentences
    assert syllables("1861") == 6  # achttien-eenenzestig, as it is said
    assert sentence.words[1].syllables == 2  # in the formulas: a number is taken in at a glance
    assert sentence.flesch_douma >= 80  # easy, as the sentence is
    assert "WW104" not in codes("In 1861 kwam er een nieuwe wet. " * 8)


@pytest.mark.parametrize("char, name", [
    ("\u00ad", "U+00AD"), ("\u200b", "U+200B"), ("\u200d", "U+200D"), ("\u2060", "U+2060"), ("\ufeff", "U+FEFF"),
])
def test_an_invisible_character_gets_its_own_finding_and_never_splits_a_word(char: str, name: str) -> None:
    text = f"Je krijgt een tegemoet{char}koming.\n\nBel ons."
    found = findings(text)
    assert [f[:4] for f in found if f[0] == "WW112"] == [("WW112", 1, 23, 24)]
    assert name in [f[4] for f in found if f[0] == "WW112"][0]
    assert "WW106" not in codes(text)  # never "Veel lezers kennen 'koming' niet"
    (word,) = [w for w in analyse_markdown(text, path="x.md").sentences[0].words if w.text.startswith("tegemoet")]
    assert (word.text, word.column, word.end_column) == ("tegemoetkoming", 15, 30)


def test_a_no_break_space_is_a_tip_of_its_own() -> None:
    found = findings("Het kost 10\u00a0euro per maand.")
    assert [f[:4] for f in found] == [("WW113", 1, 12, 13)]


def test_a_finding_points_at_its_words() -> None:
    text = "Breng je kaart mee.\nWij helpen je indien je dat wil, ten behoeve van je gezin."
    found = [f[1:4] for f in findings(text) if f[0] == "WW105"]
    assert found == [(2, 15, 21), (2, 34, 49)]  # 'indien', then the whole phrase 'ten behoeve van'
    passive = [f for f in findings("Je aanvraag wordt binnen 30 dagen behandeld.") if f[0] == "WW107"]
    assert passive[0][2:4] == (13, 44)  # from 'wordt' through 'behandeld'


def test_the_json_of_a_finding_has_its_end() -> None:
    analysis = analyse_markdown("Indien je komt, bel ons.", path="x.md")
    data = analysis.to_dict()["findings"][0]
    assert (data["code"], data["line"], data["column"], data["end_line"], data["end_column"]) == ("WW105", 1, 1, 1, 7)


def test_loanwords_of_welfare_texts_count_as_a_flemish_reader_says_them() -> None:
    lines = [line for line in DATA.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    loans = [(row["word"], int(row["syllables"])) for row in csv.DictReader(lines) if row["group"] == "loan"]
    assert {"dossier", "budget", "interim", "online", "computer", "e-mail", "team", "jobstudent", "cafetaria"} <= {
        word for word, _ in loans
    }
    assert [(word, syllables(word)) for word, _ in loans] == loans
