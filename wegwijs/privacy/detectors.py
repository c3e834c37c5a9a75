"""One small function per kind of personal data. Each takes one line of text and yields hits.

A hit knows its span in the line, a normalised form (to compare with the allowlist) and a masked form
(the only form that may reach a log). Detectors prefer missing a doubtful case over crying wolf:
numbers are checked with their check digits, and a date is never a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wegwijs.findings import Rule
from wegwijs.privacy import codes
from wegwijs.privacy.mask import mask_address, mask_email, mask_keep, mask_name
from wegwijs.privacy.words import first_names, iban_lengths, street_words, units


@dataclass(frozen=True)
class Hit:
    rule: Rule
    start: int
    end: int
    normalized: str
    masked: str
    #: What the reader is told this is, e.g. 'een telefoonnummer'.
    what: str


Detector = Callable[[str], Iterator[Hit]]

# --- e-mail --------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")


def emails(line: str) -> Iterator[Hit]:
    for match in _EMAIL.finditer(line):
        value = match.group(0)
        yield Hit(codes.EMAIL, match.start(), match.end(), value.lower(), mask_email(value), "een e-mailadres")


# --- national register number (rijksregisternummer) ------------------------------------------------
_NATIONAL = re.compile(r"(?<![\w.+/-])\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[-. ]?\d{2}(?![\w]|[.,/-]\d)")


def national_number_valid(digits: str) -> bool:
    """Check digits: 97 - (first 9 digits mod 97); born in 2000 or later: put '2' before the 9 digits."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    base, check = digits[:9], int(digits[9:])
    return check in (97 - int(base) % 97, 97 - int("2" + base) % 97)


def national_numbers(line: str) -> Iterator[Hit]:
    for match in _NATIONAL.finditer(line):
        digits = re.sub(r"\D", "", match.group(0))
        if national_number_valid(digits):
            yield Hit(
                codes.NATIONAL_NUMBER,
                match.start(),
                match.end(),
                digits,
                mask_keep(match.group(0), 0, 2),
                "een rijksregisternummer",
            )


# --- IBAN ----------------------------------------------------------------------------------------
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")
_IBAN_SEPARATORS = " -\u00a0"


def iban_valid(compact: str) -> bool:
    """ISO 13616 checksum: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    if not (15 <= len(compact) <= 34) or not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged.upper())) % 97 == 1


def ibans(line: str) -> Iterator[Hit]:
    lengths = iban_lengths()
    for match in _IBAN_START.finditer(line):
        country = match.group(1).upper()
        known = country in lengths
        if not known and not match.group(1).isupper():
            continue  # 'op12 ...' in lower case is a typo, not a foreign account
        candidates = _iban_prefixes(line, match.start())
        wanted = [lengths[country]] if known else range(34, 14, -1)
        for length in wanted:
            if length in candidates and iban_valid(candidates[length][0]):
                compact, end = candidates[length]
                yield Hit(
                    codes.IBAN,
                    match.start(),
                    end,
                    compact.upper(),
                    mask_keep(line[match.start() : end], 0, 2, skip_letters=2),
                    "een rekeningnummer (IBAN)",
                )
                break


def _iban_prefixes(line: str, start: int) -> dict[int, tuple[str, int]]:
    """Every compact prefix that ends at a word boundary: length -> (compact text, end in line)."""
    found: dict[int, tuple[str, int]] = {}
    compact = ""
    index = start
    while index < len(line) and len(compact) < 34:
        char = line[index]
        if char.isascii() and char.isalnum():
            compact += char
            index += 1
            after = line[index] if index < len(line) else " "
            if not (after.isascii() and after.isalnum()):
                found[len(compact)] = (compact, index)
        elif char in _IBAN_SEPARATORS and index + 1 < len(line) and line[index + 1].isalnum():
            index += 1
        else:
            break
    return found


# --- phone numbers -------------------------------------------------------------------------------
# Belgian numbers: 0 + 8 digits (landline, '03 620 15 60', '09/123.45.67'), 04xx + 6 digits (mobile),
# or the same after +32 / 0032 (with an optional '(0)'). One separator between digits at most.
_SEP = r"[ ./\-\u00a0]?"
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[./-])"
    r"(?:(?:\+|00)32" + _SEP + r"(?:\(0\)" + _SEP + r")?|0)"
    r"\d(?:" + _SEP + r"\d){7,8}"
    r"(?!\d|[.,/-]\d)"
)
_DATE_LIKE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
#: Service numbers (free, paid, national): public numbers of organisations, never of a person.
_SERVICE_PREFIXES = ("0800", "070", "078", "090")


def normalize_phone(text: str) -> str:
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.lstrip().startswith("+"):
        digits = "00" + digits
    if digits.startswith("0032"):
        digits = "0" + digits[4:]
    return digits


def phone_number_kind(digits: str) -> str | None:
    """'landline', 'mobile' or None, for a normalised Belgian number."""
    if digits.startswith(_SERVICE_PREFIXES) or not digits.startswith("0") or digits[1:2] == "0":
        return None
    if len(digits) == 9:
        return "landline"
    if len(digits) == 10 and digits[:3] in ("045", "046", "047", "048", "049"):
        return "mobile"
    return None


def phones(line: str) -> Iterator[Hit]:
    for match in _PHONE.finditer(line):
        text = match.group(0)
        if _DATE_LIKE.match(text):
            continue  # 01.02.2026 1 ... is a date followed by a number
        digits = normalize_phone(text)
        if phone_number_kind(digits) is None:
            continue
        yield Hit(codes.PHONE, match.start(), match.end(), digits, mask_keep(text, 2, 2), "een telefoonnummer")


# --- street addresses ----------------------------------------------------------------------------
_STREET = re.compile(r"(?<![\w-])([A-ZÀ-Þ][\w'’-]*)[ \u00a0]+(\d{1,3}[a-zA-Z]?)(?![\w,.]\d|\w)")
_AFTER_NUMBER = re.compile(r"[ \u00a0]*([\w%]+)")


def _street_word(word: str) -> str | None:
    lower = word.lower()
    return next((w for w in street_words() if lower.endswith(w)), None)


def addresses(line: str) -> Iterator[Hit]:
    for match in _STREET.finditer(line):
        street, number = match.group(1), match.group(2)
        kind = _street_word(street)
        if kind is None:
            continue
        following = _AFTER_NUMBER.match(line, match.end())
        if following and following.group(1).lower() in units():
            continue  # 'Markt 3 keer' counts, it does not point at a house
        start = match.start()
        # 'Grote Markt 3': take the capitalised word before a bare street word along.
        if street.lower() == kind:
            before = re.search(r"([A-ZÀ-Þ][\w'’-]*)[ \u00a0]+$", line[:start])
            if before:
                start = before.start(1)
        yield Hit(
            codes.ADDRESS,
            start,
            match.end(),
            " ".join(line[start : match.end()].lower().split()),
            mask_address(line[start : match.start(2)], kind),
            "een adres",
        )


# --- personal names (warning) --------------------------------------------------------------------
_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
_SURNAME = re.compile(r"[ \u00a0]+((?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Vv]ander|[Ll]e|[Ee]l)[ \u00a0]+)*[A-ZÀ-Þ][\w'’-]+)")
_TITLE = re.compile(
    r"(?<![\w])(?:mevrouw|meneer|mijnheer|mevr\.|dhr\.|mr\.|mw\.)[ \u00a0]+"
    r"((?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er)[ \u00a0]+)*[A-ZÀ-Þ][\w'’-]+)",
    re.IGNORECASE,
)
#: Text before a word that makes it the start of a sentence (or of a value, list item, heading).
_SENTENCE_START = re.compile(r"(^|[.!?:;>#*\-–—\"'“‘(]|^\s*\d+[.)])\s*$")


def at_sentence_start(line: str, index: int) -> bool:
    return bool(_SENTENCE_START.search(line[:index]))


def names(line: str) -> Iterator[Hit]:
    known = first_names()
    taken: list[tuple[int, int]] = []
    for match in _TITLE.finditer(line):
        taken.append((match.start(), match.end()))
        yield _name_hit(line, match.start(), match.end(), "een naam na 'mevrouw' of 'meneer'")
    for match in _WORD.finditer(line):
        if match.group(0) not in known or any(s <= match.start() < e for s, e in taken):
            continue
        surname = _SURNAME.match(line, match.end())
        if surname:
            yield _name_hit(line, match.start(), surname.end(), "een voornaam en een achternaam")
        elif not at_sentence_start(line, match.start()):
            yield _name_hit(line, match.start(), match.end(), "een voornaam")


def _name_hit(line: str, start: int, end: int, what: str) -> Hit:
    text = line[start:end]
    return Hit(codes.NAME, start, end, " ".join(text.lower().split()), mask_name(text), what)


#: In order of trust: a hit from an earlier detector wins over an overlapping later one.
DETECTORS: tuple[Detector, ...] = (emails, ibans, national_numbers, phones, addresses, names)
