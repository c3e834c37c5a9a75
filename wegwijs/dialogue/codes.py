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
DECIDED_IN_FUTURE = Rule(
    "WW206",
    "besluit-in-de-toekomst",
    Severity.ERROR,
    "Een besluit ligt altijd in het verleden. Een datum in de toekomst is een tikfout.",
)
DECIDED_BUT_OPEN = Rule(
    "WW207",
    "datum-zonder-besluit",
    Severity.ERROR,
    "Een voorstel zonder besluit heeft geen datum van een besluit.",
)
STEP_BEFORE_MEETING = Rule(
    "WW208",
    "stap-voor-dialoog",
    Severity.ERROR,
    "Wat er met een voorstel gebeurde, kan niet voor het dialoogmoment vallen.",
)
STEP_IN_FUTURE = Rule(
    "WW209",
    "stap-in-de-toekomst",
    Severity.ERROR,
    "Een stap vertelt wat er al gebeurde. Een datum in de toekomst is een tikfout.",
)
REVIEW_PASSED = Rule(
    "WW210",
    "antwoord-te-laat",
    Severity.WARNING,
    "De groep wacht op een antwoord. Het OCMW beloofde terug te komen voor deze datum.",
)
OPEN_TOO_LONG = Rule(
    "WW211",
    "te-lang-open",
    Severity.WARNING,
    "De groep wacht al lang op een antwoord.",
)
REVIEW_AFTER_DECISION = Rule(
    "WW212",
    "terugkomen-na-besluit",
    Severity.WARNING,
    "Na een besluit hoeft het OCMW niet meer terug te komen. Zet stappen bij 'progress'.",
)
