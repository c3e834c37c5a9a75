"""Rules of the content model (WW0xx). Messages are plain Dutch: editors read them."""

from wegwijs.findings import Rule, Severity

EMPTY_FILE = Rule("WW001", "leeg-bestand", Severity.ERROR, "Een lege pagina helpt niemand.")
NO_FRONT_MATTER = Rule(
    "WW002", "geen-voorblad", Severity.ERROR, "Zonder voorblad weet de site niet wat de pagina is."
)
BROKEN_FRONT_MATTER = Rule(
    "WW003", "voorblad-kapot", Severity.ERROR, "De site kan een kapot voorblad niet lezen."
)
UNKNOWN_KEY = Rule("WW004", "onbekend-veld", Severity.ERROR, "Een tikfout mag niet stil voorbijgaan.")
MISSING_KEY = Rule("WW005", "veld-ontbreekt", Severity.ERROR, "Dit veld is nodig.")
WRONG_TYPE = Rule("WW006", "verkeerde-soort", Severity.ERROR, "De waarde past niet bij het veld.")
BAD_DATE = Rule("WW007", "verkeerde-datum", Severity.ERROR, "Een datum schrijf je als 2026-09-15.")
UNKNOWN_VALUE = Rule("WW008", "onbekende-waarde", Severity.ERROR, "Kies een waarde uit de lijst.")
# WW008 used to cover every refused value; each kind now has its own code (issue 19).
INVALID_VALUE = Rule("WW025", "waarde-kan-niet", Severity.ERROR, "Het getal valt buiten wat het veld toelaat.")
THRESHOLDS_CLASH = Rule(
    "WW026", "grenzen-botsen", Severity.ERROR,
    "De grens voor een fout moet minstens zo hoog zijn als de grens voor een waarschuwing.",
)
UNKNOWN_ICON = Rule("WW027", "onbekend-icoon", Severity.WARNING, "Een icoon dat niet bestaat, toont de site niet.")
UNKNOWN_CODE = Rule("WW028", "onbekende-regel", Severity.ERROR, "Een regel die we niet kennen, doet niets.")
PLACEHOLDER = Rule(
    "WW029", "woord-tussen-haakjes", Severity.ERROR,
    "Een vertaling heeft dezelfde woorden tussen { } als de Nederlandse tekst.",
)
TOO_LONG = Rule("WW009", "te-lang", Severity.ERROR, "Een korte titel past op een tegel.")
NOT_UTF8 = Rule("WW010", "geen-utf8", Severity.ERROR, "Bewaar het bestand als UTF-8.")
REVIEW_TOO_OLD = Rule(
    "WW011", "nalezing-te-oud", Severity.WARNING, "Laat de fiche opnieuw nalezen door de groep."
)
VERY_LARGE_FILE = Rule(
    "WW012", "bestand-te-groot", Severity.WARNING, "Een fiche leest men in een paar minuten."
)
DUPLICATE_SLUG = Rule(
    "WW013", "dubbele-naam", Severity.ERROR, "Twee bestanden mogen niet hetzelfde adres krijgen."
)
DUPLICATE_KEY = Rule(
    "WW020", "dubbel-veld", Severity.ERROR, "Staat een veld twee keer in het voorblad, dan telt maar één waarde."
)
REVIEW_IN_FUTURE = Rule(
    "WW021", "nalezing-in-de-toekomst", Severity.ERROR, "Lezers zien de datum: die moet echt voorbij zijn."
)
NO_SUCH_DAY = Rule("WW022", "dag-bestaat-niet", Severity.ERROR, "De datum is goed geschreven, maar die dag bestaat niet.")
ODD_SPACE = Rule(
    "WW024", "vreemde-spatie", Severity.ERROR, "Een harde of onzichtbare spatie breekt het voorblad op een plek die je niet ziet."
)
OUTSIDE_LINK = Rule(
    "WW014", "link-naar-buiten", Severity.ERROR,
    "Een snelkoppeling naar een bestand buiten het project kan geheime gegevens publiceren.",
)
TOO_DEEP = Rule(
    "WW015", "te-diep", Severity.ERROR, "Een lijst of citaat met heel veel lagen kan niemand lezen."
)
