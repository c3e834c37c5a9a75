"""Hints consistent by construction (issue 13b): a suggestion passes every rule itself, keeps the word
form, and a word whose better word depends on the sentence gets a tip with an example."""

from __future__ import annotations

import pytest

from wegwijs.readability import analyse_markdown, detect, lexicon

# Nominalisations as officialese writes them; WW109 suggests a verb for each.
NOUNS = ["voorlegging", "ondertekening", "betaling", "toekenning", "indiening", "verstrekking", "beëindiging",
         "uitbetaling", "verlenging", "vaststelling", "wijziging", "evaluatie", "motivatie", "ondersteuning",
         "verzending", "aanvraging", "terugbetaling", "verwittiging", "opschorting", "stopzetting",
         "verhuizing", "bevestiging", "inschrijving", "aanpassing", "controle", "overhandiging", "verificatie"]


def suggestions() -> list[tuple[str, str]]:
    found = [(phrase.original, phrase.suggestion) for phrases in lexicon.officialese().values()
             for phrase in phrases if not phrase.tip]
    found += [(noun, verb) for noun in NOUNS if (verb := detect.nominalisation(noun))]
    return sorted(set(found))


@pytest.mark.parametrize("original, suggestion", suggestions())
def test_every_suggestion_passes_every_rule(original: str, suggestion: str) -> None:
    findings = analyse_markdown(suggestion, path="x.md", level="A2").findings
    assert not findings, f"'{original}' -> '{suggestion}': {[f.format() for f in findings]}"


def test_there_are_many_suggestions_to_check() -> None:
    assert len(suggestions()) > 250


def test_a_nominalisation_of_an_officialese_verb_gets_the_plain_verb() -> None:
    # WW109 once said 'voorleggen' for 'voorlegging', and then WW105 said 'tonen' for 'voorleggen'
    messages = [f.message for f in analyse_markdown("Na voorlegging van je kaart.", path="x.md", level="A2").findings]
    assert "Schrijf liever een werkwoord: 'tonen' in plaats van 'voorlegging'." in messages
    assert detect.nominalisation("ondertekening") == "tekenen"


@pytest.mark.parametrize("text, message", [
    ("De brief wordt ondertekend.", "Schrijf 'getekend' in plaats van 'ondertekend'."),
    ("Je moet het contract ondertekenen.", "Schrijf 'tekenen' in plaats van 'ondertekenen'."),
    ("Hij ondertekent het contract.", "Schrijf 'tekent' in plaats van 'ondertekent'."),
    ("Gelieve uw kaart voor te leggen.", "Schrijf 'te tonen' in plaats van 'voor te leggen'."),
    ("Je moet je kaart voorleggen.", "Schrijf 'tonen' in plaats van 'voorleggen'."),
    ("Je hebt je kaart voorgelegd.", "Schrijf 'getoond' in plaats van 'voorgelegd'."),
    ("Vergeet niet het attest bij te voegen.", "Schrijf 'mee te sturen' in plaats van 'bij te voegen'."),
    ("Je kan het pakket in ontvangst nemen.", "Schrijf 'krijgen' in plaats van 'in ontvangst nemen'."),
    ("De beslissing wordt je ter kennis gebracht.", "Schrijf 'verteld' in plaats van 'ter kennis gebracht'."),
    ("We zullen dit ter kennis brengen van je werkgever.", "Schrijf 'laten weten' in plaats van 'ter kennis brengen'."),
])
def test_a_suggestion_keeps_the_form_of_the_word(text: str, message: str) -> None:
    assert message in [f.message for f in analyse_markdown(text, path="x.md").findings]


@pytest.mark.parametrize("text, example", [
    ("Je krijgt antwoord binnen de termijn.", "'binnen 30 dagen'"),
    ("Je moet in België verblijven.", "'je woont in België'"),
    ("Hij is woonachtig in Gent.", "'je woont in Gent'"),
])
def test_a_word_that_depends_on_the_sentence_gets_a_tip_with_an_example(text: str, example: str) -> None:
    (finding,) = [f for f in analyse_markdown(text, path="x.md").findings if f.code == "WW105"]
    assert example in finding.message and finding.suggestion is None
    assert "in plaats van 'termijn'." not in finding.message  # no order to write one word for another


def test_a_suggestion_list_with_the_wrong_number_of_forms_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="'a/b' has 2 forms but 'c/d/e' has 3"):
        lexicon.paired("a/b", "c/d/e")
