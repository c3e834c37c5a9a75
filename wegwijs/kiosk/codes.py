"""Rules of the kiosk (WW09x). Messages are plain Dutch: staff read them."""

from wegwijs.findings import Rule, Severity

SHORT_WARNING = Rule(
    "WW090",
    "kiosk-te-kort",
    Severity.WARNING,
    "Wie traag leest of slecht ziet, heeft minstens 20 seconden nodig om op de knop te tikken.",
)
