"""Rules of dialogue results (WW2xx): they carry the participation charter's promises."""

from wegwijs.findings import Rule, Severity

NO_MOTIVATION = Rule(
    "WW201",
    "besluit-zonder-uitleg",
    Severity.ERROR,
    "Het OCMW beloofde de groep te zeggen waarom het iets wel of niet doet.",
)
NO_DECISION_DATE = Rule(
    "WW202",
    "besluit-zonder-datum",
    Severity.ERROR,
    "De groep wil weten wanneer het OCMW besliste.",
)
DECIDED_TOO_EARLY = Rule(
    "WW203",
    "besluit-voor-dialoog",
    Severity.ERROR,
    "Een besluit over een voorstel kan niet voor het dialoogmoment vallen.",
)
FILE_NAME_DATE = Rule(
    "WW204",
    "bestandsnaam-datum",
    Severity.WARNING,
    "De naam van het bestand begint met de datum van het dialoogmoment, zo staan ze op volgorde.",
)
NO_PARTICIPANTS = Rule(
    "WW205",
    "aantal-deelnemers",
    Severity.ERROR,
    "Het aantal deelnemers is een getal groter dan 0.",
)
