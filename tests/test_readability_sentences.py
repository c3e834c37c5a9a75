"""Dutch sentence splitting: abbreviations, numbers, times, ellipses, quotes, short sentences."""

from __future__ import annotations

import pytest

from wegwijs.readability import analyse_markdown
from wegwijs.readability.markdown_text import extract
from wegwijs.readability.sentences import split_sentences


def texts(markdown: str) -> list[str]:
    return [s.text for s in split_sentences(extract(markdown).blocks)]


def test_short_sentences_count() -> None:
    assert texts("Ja. Nee. Misschien wel.") == ["Ja.", "Nee.", "Misschien wel."]


def test_textstat_drops_short_sentences_and_we_do_not() -> None:
    # Regression guard for the reason we do not use textstat: its sentence_count ignores sentences
    # of one or two words, which overstates sentence length on exactly the short texts we want.
    import textstat  # a test dependency (pyproject.toml): missing, the test fails
    text = "Ja. Nee. Misschien wel."
    assert textstat.sentence_count(text) == 1
    assert analyse_markdown(text, path="x.md").metrics["sentences"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Bel dhr. Peeters of mevr. Janssens.",
        "Breng papieren mee, bv. je loonbrief.",
        "Het kost 3.500 euro per jaar.",
        "Kom om 12.30 uur naar het loket.",
        "Dat is o.a. voor de huur, d.w.z. voor je woning.",
        "Bel tel. 03 620 15 60 voor nr. 5.",
        "Wacht... even.",
        "J. Peeters helpt je.",
    ],
)
def test_one_sentence_despite_the_dots(text: str) -> None:
    assert texts(text) == [text]


def test_ellipsis_before_a_capital_ends_a_sentence() -> None:
    assert texts("Je wacht... Dan bel je.") == ["Je wacht...", "Dan bel je."]


def test_enz_can_end_a_sentence() -> None:
    assert texts("Breng foto's mee, enz. Dan ben je klaar.") == ["Breng foto's mee, enz.", "Dan ben je klaar."]


def test_quotes_and_brackets_stay_with_their_sentence() -> None:
    assert texts('Hij zei: "Kom morgen." Dan ging hij. "Wat?" vroeg ze. (Dat is goed.)') == [
        'Hij zei: "Kom morgen."', "Dan ging hij.", '"Wat?" vroeg ze.', "(Dat is goed.)",
    ]


def test_question_and_exclamation_marks() -> None:
    assert texts("Heb je hulp nodig? Bel ons! Wij helpen.") == ["Heb je hulp nodig?", "Bel ons!", "Wij helpen."]


def test_a_sentence_can_run_over_lines_but_not_over_paragraphs() -> None:
    assert texts("Dit loopt door\nover twee regels.\n\nNieuw stuk") == [
        "Dit loopt door over twee regels.", "Nieuw stuk",
    ]


def test_a_line_break_after_an_abbreviation_is_a_space() -> None:
    # In Markdown a line break inside a paragraph is a space: the abbreviation rule must not
    # depend on where the editor pressed Enter.
    assert texts("Bel dhr.\nPeeters of mevr. Janssens.\nZij helpen je.") == [
        "Bel dhr. Peeters of mevr. Janssens.", "Zij helpen je.",
    ]


def test_sentence_positions_across_lines() -> None:
    sentences = split_sentences(extract("Eerste zin.\n  Tweede\nzin loopt door. Derde.", first_line=5).blocks)
    assert [(s.line, s.column, s.last_position()) for s in sentences] == [
        (5, 1, (5, 1 + len("Eerste "))), (6, 3, (7, 11)), (7, 17, (7, 17)),
    ]
    assert [s.text for s in sentences] == ["Eerste zin.", "Tweede zin loopt door.", "Derde."]


def test_words_keep_compounds_and_possessives_whole() -> None:
    (sentence,) = split_sentences(extract("Het OCMW-kantoor heeft foto's van 's avonds.").blocks)
    assert [w.text for w in sentence.words] == ["Het", "OCMW-kantoor", "heeft", "foto's", "van", "avonds"]


def test_letters_beyond_latin1_stay_in_their_words() -> None:
    # Latin-1 text takes a faster word pattern; typographic quotes alone must not push a text off
    # it, and a letter beyond Latin-1 (Ł, ş, ĳ) must take the full pattern and stay in its word.
    (first, second) = split_sentences(extract("Zij zei: „Kom ’s avonds.” Łukasz en Ayşe komen ĳverig.").blocks)
    assert [w.text for w in first.words] == ["Zij", "zei", "Kom", "avonds"]
    assert [w.text for w in second.words] == ["Łukasz", "en", "Ayşe", "komen", "ĳverig"]
    assert [(w.line, w.column) for w in second.words][:2] == [(1, 27), (1, 34)]
