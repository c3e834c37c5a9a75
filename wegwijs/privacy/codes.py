"""Rules of the anonymity guard (WW3xx). The messages never repeat the personal data in full."""

from wegwijs.findings import Rule, Severity

_WHY = "Een dialoogmoment is anoniem. Dat beloofde het OCMW aan de groep."

EMAIL = Rule("WW301", "e-mailadres", Severity.ERROR, _WHY)
PHONE = Rule("WW302", "telefoonnummer", Severity.ERROR, _WHY)
NATIONAL_NUMBER = Rule("WW303", "rijksregisternummer", Severity.ERROR, _WHY)
IBAN = Rule("WW304", "rekeningnummer", Severity.ERROR, _WHY)
ADDRESS = Rule("WW305", "adres", Severity.ERROR, _WHY)
NAME = Rule("WW306", "naam", Severity.WARNING, _WHY + " Is het geen naam? Zet het woord dan in de allowlist.")
