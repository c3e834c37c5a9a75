"""Rules for translations of theme sheets (WW7xx). Messages are plain Dutch: editors read them."""

from wegwijs.findings import Rule, Severity

UNKNOWN_LANGUAGE = Rule(
    "WW700", "onbekende-taal", Severity.ERROR, "De site moet weten in welke taal een vertaling is."
)
NO_DUTCH_SHEET = Rule(
    "WW701", "geen-nederlandse-fiche", Severity.ERROR, "Een vertaling hoort altijd bij een Nederlandse fiche."
)
STALE = Rule(
    "WW702", "vertaling-verouderd", Severity.WARNING, "De vertaling moet zeggen wat de Nederlandse fiche zegt."
)
TOO_LONG = Rule(
    "WW703", "vertaling-te-lang", Severity.WARNING, "Een vertaling die veel langer is, zegt vaak meer dan de bron."
)
OTHER_CATEGORY = Rule(
    "WW704", "andere-categorie", Severity.ERROR, "Een vertaling staat in dezelfde categorie als haar bron."
)
BAD_STRINGS = Rule(
    "WW705", "teksten-kapot", Severity.ERROR, "De teksten van de site in een taal moeten kloppen."
)
NEW_DATA = Rule(
    "WW706", "nieuw-persoonsgegeven", Severity.ERROR,
    "Een vertaling mag geen telefoon, adres of e-mail toevoegen die niet in de Nederlandse fiche staat.",
)

RULES = (UNKNOWN_LANGUAGE, NO_DUTCH_SHEET, STALE, TOO_LONG, OTHER_CATEGORY, BAD_STRINGS, NEW_DATA)
