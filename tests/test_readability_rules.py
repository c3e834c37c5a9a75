"""Every readability rule fires on officialese and stays quiet on plain Dutch; silencing; settings."""

from __future__ import annotations

import pytest

from wegwijs.findings import Severity
from wegwijs.readability import RULES, ReadabilitySettings, analyse_markdown


class Glossary:
    def __init__(self, *words: str) -> None:
        self.words = {w.lower() for w in words}

    def covers(self, word: str) -> bool:
        return word in self.words


def codes(markdown: str, **options) -> list[str]:
    return [f.code for f in analyse_markdown(markdown, path="fiche.md", **options).findings]


def findings(markdown: str, code: str, **options):
    return [f for f in analyse_markdown(markdown, path="fiche.md", **options).findings if f.code == code]


OFFICIALESE = (
    "Indien u reeds in het bezit bent van een attest van de mutualiteit, dient u dit teneinde de "
    "aanvraag te vervolledigen middels het aanvraagformulier tijdig aan de dienst over te maken, zodat "
    "de maatschappelijk werker, die uw dossier behandelt, kan nagaan of u in aanmerking komt voor een "
    "tegemoetkoming, hetgeen niet altijd het geval is.\n"
)
PLAIN = (
    "Heb je een brief van het ziekenfonds? Breng hem mee. Dan kunnen we je snel helpen. "
    "We kijken samen of je recht hebt op hulp. Soms is dat niet zo. Dan zeggen we je waarom.\n"
)


def test_officialese_gets_many_findings_and_plain_dutch_none() -> None:
    assert {"WW101", "WW105", "WW106", "WW110"} <= set(codes(OFFICIALESE))
    assert codes(PLAIN) == []


def test_every_rule_has_a_code_a_name_a_severity_and_a_reason() -> None:
    assert len(RULES) >= 12
    for code, rule in RULES.items():
        assert code == rule.code and code.startswith("WW1") and len(code) == 5
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert isinstance(rule.severity, Severity)
        assert rule.why and len(rule.why) < 100


# -- WW101 zin-te-lang ----------------------------------------------------------------------------

def test_long_sentence_warning_and_error_with_the_exact_message() -> None:
    words = " ".join(["woord"] * 41)
    (finding,) = findings(f"Intro.\n\nDit {words}.", "WW101", first_line=12)
    assert finding.format() == "fiche.md:14:1: WW101 Deze zin heeft 42 woorden. Maak er 2 of 3 zinnen van."
    assert finding.severity is Severity.ERROR
    (warning,) = findings("Dit " + " ".join(["woord"] * 21) + ".", "WW101")
    assert warning.severity is Severity.WARNING
    assert warning.message == "Deze zin heeft 22 woorden. Maak er 2 zinnen van."
    assert findings("Dit " + " ".join(["woord"] * 19) + ".", "WW101") == []


def test_a2_is_stricter() -> None:
    sentence = "Dit " + " ".join(["woord"] * 16) + "."
    assert findings(sentence, "WW101", level="B1") == []
    assert len(findings(sentence, "WW101", level="A2")) == 1


# -- WW102 alinea-te-lang -------------------------------------------------------------------------

def test_long_paragraph() -> None:
    paragraph = " ".join(["Je krijgt hulp van ons."] * 22)  # 110 words
    (finding,) = findings(paragraph, "WW102")
    assert finding.message == "Deze alinea heeft 110 woorden. Maak er 2 kortere alinea's van."
    short = "\n\n".join(["Je krijgt hulp van ons. " * 11] * 2)
    assert findings(short, "WW102") == []


# -- WW103 / WW104: page scores -------------------------------------------------------------------

def test_page_average_and_flesch_douma() -> None:
    long = " ".join(["De maatschappelijk werker onderzoekt de aanvraag voor financiële ondersteuning "
                     "van de gerechtigde in samenwerking met de administratieve dienst."] * 5)
    assert {"WW103", "WW104"} <= set(codes(long))
    assert not {"WW103", "WW104"} & set(codes(PLAIN * 5))


def test_page_scores_need_enough_words() -> None:
    assert "WW104" not in codes("Financiële ondersteuning.")


# -- WW105 ambtelijk-woord ------------------------------------------------------------------------

def test_officialese_word_and_phrase_with_suggestion_and_position() -> None:
    result = findings("Je krijgt geld.\nIndien je werkt, ben je in het bezit van een loonbrief.", "WW105")
    assert [(f.line, f.column, f.suggestion) for f in result] == [(2, 1, "als"), (2, 25, "hebben")]
    assert result[0].message == "Schrijf 'als' in plaats van 'indien'."
    assert result[1].message == "Schrijf 'hebben' in plaats van 'in het bezit van'."


def test_officialese_phrase_with_inflected_verb() -> None:
    (finding,) = findings("Als je in het bezit bent van een kaart, toon je ze.", "WW105")
    assert finding.suggestion == "hebt"  # the form of 'bent': als je een kaart hebt


def test_dan_wel_as_emphasis_is_plain_dutch() -> None:
    # Found in the example content: 'dan wel' here means 'then indeed', not the officialese 'or'.
    assert findings("Je hebt dan wel een attest van een dokter nodig.", "WW105") == []


def test_officialese_term_in_the_glossary_is_allowed() -> None:
    text = "Je krijgt een tegemoetkoming."
    assert len(findings(text, "WW105")) == 1
    assert findings(text, "WW105", glossary=Glossary("tegemoetkoming")) == []


def test_the_officialese_list_is_our_own_and_big_enough() -> None:
    from wegwijs.readability.lexicon import load_data

    data = load_data("ambtelijk")
    assert len(data) >= 150
    assert data["teneinde"] == "om" and data["indien"] == "als" and data["middels"] == "met"
    assert data["reeds"] == "al"


# -- WW106 moeilijk-woord -------------------------------------------------------------------------

def test_infrequent_word_and_glossary_exemption() -> None:
    text = "Het OCMW doet aan subrogatie. Dat is subrogatie."
    assert [f.message for f in findings(text, "WW106")] == [
        "Veel lezers kennen 'subrogatie' niet. Kies een gewoner woord of zet het in de woordenlijst.",
    ]
    assert findings(text, "WW106", glossary=Glossary("subrogatie")) == []


def test_an_officialese_word_is_reported_once_with_its_alternative() -> None:
    assert codes("Het is subsidiair.") == ["WW105"]


def test_names_numbers_and_known_compounds_are_not_hard_words() -> None:
    text = "Je gaat naar Kalmthout. Het kost 3.500 euro. Betaal de huurprijs en de waterfactuur."
    assert findings(text, "WW106") == []


def test_the_zipf_threshold_comes_from_the_settings() -> None:
    settings, errors = ReadabilitySettings.from_config({"B1": {"zipf_min": 5.5}})
    assert errors == []
    assert findings("Het ziekenfonds betaalt.", "WW106", settings=settings)


# -- WW107 / WW108 passief ------------------------------------------------------------------------

def test_passive_with_worden() -> None:
    (finding,) = findings("Je aanvraag wordt door de werker onderzocht.", "WW107")
    assert (finding.line, finding.column) == (1, 13)
    assert "wordt ... onderzocht" in finding.message
    assert findings("De werker onderzoekt je aanvraag. Je wordt ziek. Het wordt laat.", "WW107") == []
    assert findings("In sommige gevallen wordt het moeilijk.", "WW107") == []


def test_passive_with_zijn_where_we_can_tell() -> None:
    assert findings("Je aanvraag is goedgekeurd.", "WW108")
    assert findings("Je aanvraag is door het OCMW bekeken.", "WW108")
    assert findings("Hij is gisteren gekomen. Ze is verhuisd.", "WW108") == []


def test_zijn_passive_is_a_hint_at_b1_and_a_warning_at_a2() -> None:
    assert findings("Je aanvraag is goedgekeurd.", "WW108", level="B1")[0].severity is Severity.INFO
    assert findings("Je aanvraag is goedgekeurd.", "WW108", level="A2")[0].severity is Severity.WARNING


# -- WW109 naamwoordstijl -------------------------------------------------------------------------

def test_nominalisation() -> None:
    (finding,) = findings("De betaling gebeurt op maandag.", "WW109")
    assert finding.suggestion == "betalen"
    assert findings("De verificatie van je registratie van de huurwoning.", "WW109") == []


# -- WW110 te-veel-bijzinnen ----------------------------------------------------------------------

def test_too_many_subordinate_clauses() -> None:
    (finding,) = findings("Als je werkt, omdat je geld nodig hebt, krijg je minder.", "WW110")
    assert finding.message.startswith("Deze zin heeft 2 bijzinnen (Als, omdat).")
    assert findings("Als je werkt, krijg je minder. Dat boek is van de man die hier woont.", "WW110") == []


# -- WW111 afkorting-zonder-uitleg ----------------------------------------------------------------

def test_abbreviation_not_explained_once_per_page() -> None:
    result = findings("Ga naar het CAW. Het CAW helpt. LET OP: het OCMW-kantoor is dicht.", "WW111")
    assert [f.message for f in result] == [
        "Leg 'CAW' uit: schrijf het voluit of zet het in de woordenlijst.",
        "Leg 'OCMW' uit: schrijf het voluit of zet het in de woordenlijst.",
    ]


def test_abbreviation_explained_in_the_glossary_or_on_the_page() -> None:
    assert findings("Ga naar het CAW.", "WW111", glossary=Glossary("caw")) == []
    assert findings("Ga naar het CAW.\n\n*[CAW]: Centrum Algemeen Welzijnswerk\n", "WW111") == []


# -- silencing ------------------------------------------------------------------------------------

def test_front_matter_ignore_list() -> None:
    assert "WW105" not in codes(OFFICIALESE, ignore=["WW105"])
    assert "WW101" in codes(OFFICIALESE, ignore=["ww105"])


def test_inline_comment_silences_the_next_sentence_only() -> None:
    text = "<!-- wegwijs: negeer WW105 -->\nIndien je werkt, bel ons.\nIndien je ziek bent, bel ons.\n"
    assert [f.line for f in findings(text, "WW105")] == [3]


def test_inline_comment_on_the_same_line_and_inside_a_sentence() -> None:
    after = "Indien je werkt, bel ons. <!-- wegwijs: negeer WW105 -->\nIndien je ziek bent, bel ons.\n"
    assert [f.line for f in findings(after, "WW105")] == [2]
    inside = "Indien je werkt <!-- wegwijs: negeer WW105 --> bel ons. Indien je ziek bent, bel ons."
    assert [f.column for f in findings(inside, "WW105")] == [57]


def test_inline_comment_with_several_codes_and_an_unknown_code() -> None:
    text = "<!-- wegwijs: negeer WW105, WW106 WW199 -->\nIndien je subsidiair bent, bel ons.\n"
    result = analyse_markdown(text, path="fiche.md").findings
    assert [(f.code, f.line, f.column) for f in result] == [("WW100", 1, 1)]
    assert "WW199" in result[0].message


# -- settings ---------------------------------------------------------------------------------------

def test_settings_override_thresholds_and_severities() -> None:
    settings, errors = ReadabilitySettings.from_config(
        {"level": "A2", "B1": {"sentence_words_warning": 5}, "rules": {"WW109": "off", "WW105": "error"}}
    )
    assert errors == []
    assert settings.level == "A2"
    text = "De betaling gebeurt op maandag en dinsdag. Indien je kan, kom dan."
    result = analyse_markdown(text, path="x.md", level="B1", settings=settings).findings
    assert "WW109" not in {f.code for f in result}
    assert {f.code: f.severity for f in result}["WW105"] is Severity.ERROR
    assert "WW101" in {f.code for f in result}


def test_settings_errors_are_plain_dutch_with_a_hint() -> None:
    _, errors = ReadabilitySettings.from_config(
        {"level": "C1", "B1": {"sentence_word_warning": 5, "zipf_min": "veel"}, "rules": {"WW999": "off"},
         "levle": "B1"}
    )
    assert any("'C1' is geen goede waarde voor 'level'" in e for e in errors)
    assert any("Bedoel je 'sentence_words_warning'?" in e for e in errors)
    assert any("'zipf_min' moet een getal zijn" in e for e in errors)
    assert any("'WW999' kennen we niet" in e for e in errors)
    assert any("Bedoel je 'level'?" in e for e in errors)


@pytest.mark.parametrize("code", sorted(set(RULES) - {"WW100"}))
def test_each_rule_can_be_switched_off(code: str) -> None:
    settings, _ = ReadabilitySettings.from_config({"rules": {code: "off"}})
    assert code not in codes(OFFICIALESE + "\nDe betaling is goedgekeurd. Ga naar het CAW.\n" + OFFICIALESE * 3,
                             settings=settings)
