"""The anonymity guard: each detector with true positives and near misses, masks and the allowlist."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import build, make_project
from wegwijs.privacy import Allowlist, scan_text
from wegwijs.privacy.detectors import iban_valid, national_number_valid
from wegwijs.privacy.mask import mask_email, mask_keep


def found(text: str, allowlist: Allowlist | None = None) -> list[tuple[str, str]]:
    """(code, masked value) for every finding in ``text``."""
    findings = scan_text(text, "x.md", allowlist=allowlist)
    return [(f.code, f.message.split("(", 1)[1].rsplit(")", 1)[0]) for f in findings]


def codes(text: str, allowlist: Allowlist | None = None) -> list[str]:
    return [code for code, _ in found(text, allowlist)]


@pytest.mark.parametrize(
    "text",
    [
        "Mail naar jan.peeters@example.org voor meer.",
        "<a.b+c@sub.example.be>",
        "e-mail: Fatma_01@gmail.com",
    ],
)
def test_email_addresses(text):
    assert codes(text) == ["WW301"]


@pytest.mark.parametrize("text", ["een @-teken", "mail@ is geen adres", "info@localhost", "naam @ example.org"])
def test_email_near_misses(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bel 03 620 15 60.",  # landline, two-digit zone
        "Bel 09/123.45.67 of later.",  # slash and dots
        "Bel 050 12 34 56.",  # landline, three-digit zone
        "gsm 0470 12 34 56",  # mobile
        "gsm 0499/12.34.56",
        "gsm 0470123456",
        "Bel +32 470 12 34 56.",
        "Bel +32 (0)3 620 15 60.",
        "Bel 0032 9 123 45 67.",
        "Bel +3247012345 6",
    ],
)
def test_belgian_phone_numbers(text):
    assert codes(text) == ["WW302"]


@pytest.mark.parametrize(
    "text",
    [
        "Op 12.03.2026 kwam de groep samen.",  # a date that looks like a number
        "Op 01.02.2026 2 voorstellen.",  # a date followed by a number: still a date
        "Op 04/12/2026 10 uur.",
        "Van 09.00-12.00 uur.",
        "Het kost 3.500 euro, of 12 345 678 in totaal.",
        "Bel gratis 0800 12 345.",  # a service number, never a person's
        "Het nummer 0470 12 34 is te kort.",
        "2026-03-12",
        "Het dossier 0123 456 789 012.",  # too long for a phone number
    ],
)
def test_phone_near_misses(text):
    assert codes(text) == []


def test_national_register_number_check_digits():
    assert national_number_valid("85073003328")  # born 1985
    assert not national_number_valid("85073003329")
    # Born in 2000 or later: the check digits are computed with a '2' before the 9 digits.
    assert national_number_valid("01020312345")
    assert not national_number_valid("01020312346")


@pytest.mark.parametrize(
    "text",
    ["RR 85.07.30-033.28 staat op de kaart.", "nr. 850730 033 28", "85073003328", "Kind: 01.02.03-123.45"],
)
def test_national_register_numbers(text):
    assert codes(text) == ["WW303"]


@pytest.mark.parametrize("text", ["RR 85.07.30-033.29", "01.02.03-123.46", "Code 12345678901"])
def test_national_register_near_misses_with_a_wrong_check_digit(text):
    assert codes(text) == []


def test_iban_checksum():
    assert iban_valid("BE68539007547034")
    assert not iban_valid("BE68539007547035")
    assert iban_valid("NL91ABNA0417164300")


@pytest.mark.parametrize(
    "text",
    [
        "Stort op BE68 5390 0754 7034 voor 1 mei.",
        "Stort op BE68539007547034.",
        "Stort op be68 5390 0754 7034.",
        "Rekening NL91 ABNA 0417 1643 00 in Nederland.",
        "Konto DE89 3704 0044 0532 0130 00.",
        "Compte FR14 2004 1010 0505 0001 3M02 606.",
    ],
)
def test_ibans(text):
    assert codes(text) == ["WW304"]


@pytest.mark.parametrize(
    "text", ["Stort op BE68 5390 0754 7035.", "BE68 5390 0754", "Code AB12 3456 7890 1234 5678 XY."]
)
def test_iban_near_misses(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ze woont in de Kerkstraat 12.",
        "Op de Grote Markt 3b is het druk.",
        "Adres: Antwerpsesteenweg 120 bus 3.",
        "Bredabaan 5, Kalmthout",
        "in de Heidedreef 7",
        "Jan Van Rijswijcklaan 200",
    ],
)
def test_street_addresses(text):
    assert codes(text) == ["WW305"]


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat over de straat 12 keer per dag.",  # no capital: not a street name
        "De Kerstmarkt 2026 was fijn.",  # a year is not a house number
        "We gingen 3 keer naar de Markt.",
        "Op de Markt 3 keer per week.",  # a unit after the number
        "Stap 2: vul het formulier in.",
        "Vergadering 2 ging over huur.",
    ],
)
def test_street_near_misses(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Ik sprak met Marie Peeters over huur.", "M*** P***"),
        ("Bart De Smet kwam ook.", "B*** D*** S***"),
        ("Daarna vertelde mevrouw Janssens haar verhaal.", "m*** J***"),
        ("Volgens dhr. Claes is het te duur.", "d*** C***"),
        ("Daarna vertelde Fatima over haar huur.", "F***"),
    ],
)
def test_likely_names_are_warnings(text, masked):
    findings = scan_text(text, "x.md")
    assert [(f.code, f.severity.value) for f in findings] == [("WW306", "warning")]
    assert f"({masked})" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Jan kwam niet.",  # a first name alone at the start of a sentence is too doubtful
        "De groep sprak met het OCMW Kalmthout.",
        "Meneer, mevrouw: iedereen is welkom.",
        "Op maandag 12 januari praatte de groep.",
        "- proposal: Laat mensen zelf kiezen.",
    ],
)
def test_name_near_misses(text):
    assert codes(text) == []


def test_positions_are_line_and_column():
    findings = scan_text("Eerste regel.\nBel 0470 12 34 56 nu.\n", "docs/dialoog/a.md", first_line=10)
    assert [(f.path, f.line, f.column) for f in findings] == [("docs/dialoog/a.md", 11, 5)]


@pytest.mark.parametrize(
    ("text", "masked", "full"),
    [
        ("gsm 0470 12 34 56", "04** ** ** 56", "0470 12 34 56"),
        ("mail jan.peeters@example.org", "j***@e***.org", "jan.peeters@example.org"),
        ("RR 85.07.30-033.28", "**.**.**-***.28", "85.07.30-033.28"),
        ("IBAN BE68 5390 0754 7034", "BE** **** **** **34", "BE68 5390 0754 7034"),
        ("in de Kerkstraat 12", "K***straat **", "Kerkstraat 12"),
    ],
)
def test_messages_mask_the_data(text, masked, full):
    finding = scan_text(text, "x.md")[0]
    assert f"({masked})" in finding.message
    assert full not in finding.format()
    assert full not in (finding.suggestion or "")


def test_masks_keep_separators_and_ends():
    assert mask_keep("0470 12 34 56", 2, 2) == "04** ** ** 56"
    assert mask_email("j@e.org") == "j***@e***.org"


def test_office_contact_details_on_the_allowlist_pass():
    allowlist = Allowlist.from_entries(["03 620 15 60", "info@ocmw.example.org", "Kerkstraat 1, 2920 Kalmthout"])
    text = "Bel 03/620.15.60 of +32 3 620 15 60, mail INFO@ocmw.example.org, kom naar de Kerkstraat 1."
    assert codes(text, allowlist) == []
    # Only those: another number and another house number in the same street are still reported.
    assert codes("Bel 03 620 15 61 of ga naar de Kerkstraat 12.", allowlist) == ["WW302", "WW305"]


def test_allowlist_silences_a_false_name_warning():
    text = "We spraken over de Sint-Jan Berchmans school en over Jan Breydel."
    assert "WW306" in codes(text)
    assert codes(text, Allowlist.from_entries(["Jan Berchmans", "Jan Breydel"])) == []


BAD_RESULT = """---
title: Dialoogmoment over huur
date: 2026-04-02
theme: huur
proposals:
  - proposal: Bel mij op 0470 12 34 56 voor een afspraak.
    status: open
---

Mail naar jan.peeters@example.org of stort op BE68 5390 0754 7034.
Zijn rijksregisternummer is 85.07.30-033.28 en hij woont in de Kerkstraat 12.
Het OCMW is bereikbaar op 03 620 15 60.
"""
FULL_VALUES = ("0470 12 34 56", "jan.peeters@example.org", "BE68 5390 0754 7034", "85.07.30-033.28", "Kerkstraat 12")


def test_build_fails_with_file_and_line_and_never_logs_the_data(tmp_path):
    project = make_project(tmp_path, docs={"dialoog/2026-04-02-huur.md": BAD_RESULT}, examples=False)
    source = (project / "docs/dialoog/2026-04-02-huur.md").read_bytes()
    result = build(project)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    for location in (
        "docs/dialoog/2026-04-02-huur.md:6:26: WW302",
        "docs/dialoog/2026-04-02-huur.md:10:11: WW301",
        "docs/dialoog/2026-04-02-huur.md:10:47: WW304",
        "docs/dialoog/2026-04-02-huur.md:11:29: WW303",
        "docs/dialoog/2026-04-02-huur.md:11:64: WW305",
    ):
        assert location in log
    for value in FULL_VALUES:
        assert value not in log
    # The office's own number (from extra.wegwijs.organisation in mkdocs.yml) is allowed.
    assert "huur.md:12:" not in log
    assert "Traceback" not in log
    assert (project / "docs/dialoog/2026-04-02-huur.md").read_bytes() == source


def test_wegwijs_check_runs_the_same_guard_and_rules(tmp_path):
    bad_rule = BAD_RESULT.replace("status: open", "status: weerhouden")  # decided without motivation/date
    project = make_project(tmp_path, docs={"dialoog/2026-04-02-huur.md": bad_rule}, examples=False)
    result = subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", "check", "docs/dialoog"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    for location in ("huur.md:7:5: WW201", "huur.md:7:5: WW202", "huur.md:6:26: WW302", "huur.md:11:64: WW305"):
        assert location in output
    for value in FULL_VALUES:
        assert value not in output
    assert "huur.md:12:" not in output  # the office's own number
