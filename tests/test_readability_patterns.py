"""Patterns of officialese the rules used to miss (issue 13b), each from a real kind of OCMW letter."""

from __future__ import annotations

import pytest

from wegwijs.readability import analyse_markdown


def found(text: str, code: str) -> list[tuple[int, int, int | None, str]]:
    return [(f.line, f.column, f.end_column, f.message)
            for f in analyse_markdown(text, path="brief.md").findings if f.code == code]


def test_a_split_dienen_te_is_moeten() -> None:
    assert found("Je dient het formulier voor 1 maart in te dienen.", "WW117") == [
        (1, 4, 42, "Schrijf 'moet' in plaats van 'dient ... te': 'Je moet het formulier indienen.'")]
    passive = "Het formulier dient door de aanvrager te worden ingediend."
    assert [f[1] for f in found(passive, "WW117")] == [15]
    assert found(passive, "WW107")  # and the passive is reported too
    assert not found("Je dient het formulier in.", "WW117")  # 'indienen' itself is a plain verb


def test_welke_as_a_relative_pronoun_but_not_as_a_question_word() -> None:
    assert [f[3] for f in found("Breng de papieren welke je nodig hebt.", "WW115")] == [
        "Schrijf 'die' of 'dat' in plaats van 'welke'."]
    assert found("Het attest, welke je bij je bank krijgt, is nodig.", "WW115")
    assert not found("Welke papieren heb je nodig?", "WW115")
    assert not found("Zeg ons welke papieren je hebt.", "WW115")


def test_u_and_uw_where_the_house_style_is_je() -> None:
    assert [(f[1], f[3]) for f in found("Kan u uw kaart tonen?", "WW116")] == [
        (5, "Schrijf 'je' in plaats van 'u'."), (7, "Schrijf 'je' in plaats van 'uw'.")]
    assert not found("Kan je je kaart tonen?", "WW116")


def test_a_relative_clause_without_a_comma_counts_for_ww110() -> None:
    text = "Het formulier dat je invult moet je tekenen omdat we het nodig hebben."
    assert [f[3] for f in found(text, "WW110")] == [
        "Deze zin heeft 2 bijzinnen (dat, omdat). Maak er kortere zinnen van."]
    assert not found("Je krijgt dat geld omdat je het nodig hebt.", "WW110")  # 'dat geld': no clause


def test_a_heading_that_skips_a_level() -> None:
    text = "# Het leefloon\n\nTekst.\n\n### Voor wie?\n\nTekst.\n\n## Wat moet je doen?\n\n### Papieren\n"
    assert found(text, "WW118") == [
        (5, 1, None, "Deze kop is niveau 3, maar de kop ervoor is niveau 1. Maak er een kop van niveau 2 van (met ##).")]
    assert not found("## Voor wie?\n\nTekst.\n\n### Papieren\n", "WW118")


@pytest.mark.parametrize("text, message", [
    ("Gelieve uw identiteitskaart voor te leggen.", "Schrijf 'te tonen' in plaats van 'voor te leggen'."),
    ("U kan het pakket in ontvangst nemen aan het loket.", "Schrijf 'krijgen' in plaats van 'in ontvangst nemen'."),
    ("De beslissing wordt u ter kennis gebracht.", "Schrijf 'verteld' in plaats van 'ter kennis gebracht'."),
])
def test_officialese_phrases_from_real_letters(text: str, message: str) -> None:
    assert message in [f[3] for f in found(text, "WW105")]
