"""Rules of the brochure (WW4xx). Messages are plain Dutch: editors read them."""

from wegwijs.findings import Rule, Severity

NO_SITE_URL = Rule(
    "WW401", "geen-site-url", Severity.WARNING,
    "Zonder adres van de website kan de brochure geen QR-code naar een fiche maken.",
)
IMAGE_MISSING = Rule("WW402", "brochure-afbeelding-ontbreekt", Severity.WARNING, "Een afbeelding moet bestaan.")
IMAGE_NO_ALT = Rule(
    "WW403", "afbeelding-zonder-uitleg", Severity.WARNING,
    "Wie niet goed ziet, hoort de uitleg bij een afbeelding via een voorleesprogramma.",
)
UNKNOWN_SHEET = Rule("WW404", "onbekende-fiche", Severity.WARNING, "De brochure kan alleen bestaande fiches tonen.")
NO_FONT = Rule(
    "WW405", "geen-lettertype", Severity.WARNING,
    "De brochure gebruikt een vrij lettertype dat in het PDF-bestand zit, zodat elke printer het goed toont.",
)
NO_SHEETS = Rule("WW406", "geen-fiches", Severity.WARNING, "Een brochure zonder fiches heeft geen zin.")
LOGO_MISSING = Rule("WW407", "logo-ontbreekt", Severity.WARNING, "Het logo moet bestaan.")
RENDER_FAILED = Rule("WW408", "brochure-mislukt", Severity.ERROR, "De brochure kon niet gemaakt worden.")
OUTSIDE_FILE = Rule(
    "WW409", "bestand-buiten-project", Severity.ERROR,
    "De brochure is openbaar: ze toont alleen bestanden uit de map van het project.",
)
ATTACHMENT = Rule(
    "WW410", "bijlage-geweigerd", Severity.ERROR,
    "Een openbare brochure krijgt geen verborgen bijlagen.",
)
