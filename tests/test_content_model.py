"""The content model in the engine alone: no MkDocs involved."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from wegwijs.content.sheet import load_sheet
from wegwijs.content.source import decode, read_document, split_front_matter
from wegwijs.dates import dutch_date, months_between
from wegwijs.glossary import load_glossary
from wegwijs.settings import load_settings

CATEGORIES = ["hulp-en-geld", "wonen-en-energie"]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_engine_does_not_import_mkdocs():
    code = (
        "import sys, wegwijs.project, wegwijs.content.markup, wegwijs.glossary, wegwijs.settings;"
        "sys.exit(1 if any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_front_matter_split_keeps_body_line():
    yaml_text, body, body_line = split_front_matter("---\ntitle: A\nb: c\n---\n\nTekst.\n")
    assert yaml_text == "title: A\nb: c\n"
    assert body == "\nTekst.\n"
    assert body_line == 5


def test_decode_reports_position_of_bad_byte():
    text, findings = decode(b"---\ntitle: ok\n---\nCaf\xe9 hier\n", "x.md")
    assert "Caf\ufffd hier" in text
    assert [(f.code, f.line, f.column) for f in findings] == [("WW010", 4, 4)]


def test_decode_accepts_bom_and_crlf():
    text, findings = decode("\ufeff---\r\ntitle: A\r\n---\r\nB\r\n".encode(), "x.md")
    assert text == "---\ntitle: A\n---\nB\n" and findings == []


def test_review_key_on_is_not_a_boolean(tmp_path):
    # YAML 1.1 reads a bare 'on' as True; the content model's 'reviewed: on:' must still work.
    path = write(
        tmp_path,
        "s.md",
        "---\ntitle: T\ndescription: D\ncategory: hulp-en-geld\nreviewed:\n  by: participatiegroep\n"
        "  on: 2026-09-15\n---\nTekst.\n",
    )
    sheet, document = load_sheet(path, "s.md", CATEGORIES, today=dt.date(2026, 11, 1))
    assert document.findings == []
    assert sheet.reviewed.on == dt.date(2026, 9, 15)
    assert sheet.review_text == "Nagelezen door de participatiegroep op 15 september 2026"


def test_review_age_limit(tmp_path):
    path = write(
        tmp_path, "s.md",
        "---\ntitle: T\ndescription: D\ncategory: hulp-en-geld\nreviewed:\n  by: x\n  on: 2025-09-15\n---\n",
    )
    _, document = load_sheet(path, "s.md", CATEGORIES, today=dt.date(2026, 9, 14), review_max_age_months=12)
    assert document.findings == []
    _, document = load_sheet(path, "s.md", CATEGORIES, today=dt.date(2026, 9, 15), review_max_age_months=12)
    assert [(f.code, f.line) for f in document.findings] == [("WW011", 7)]


def test_wrong_types_and_values(tmp_path):
    path = write(
        tmp_path, "s.md",
        "---\ntitle: T\ndescription: D\ncategory: wonen\norder: eerste\nbrochure: misschien\n"
        "level: C1\ntags: intake\n---\n",
    )
    sheet, document = load_sheet(path, "s.md", CATEGORIES)
    codes = sorted((f.code, f.line) for f in document.findings)
    assert codes == [("WW006", 5), ("WW006", 6), ("WW008", 4), ("WW008", 7)]
    assert sheet is None  # no valid category: it cannot be placed on the site


def test_single_tag_becomes_a_list(tmp_path):
    path = write(tmp_path, "s.md", "---\ntitle: T\ndescription: D\ncategory: hulp-en-geld\ntags: intake\n---\n")
    sheet, document = load_sheet(path, "s.md", CATEGORIES)
    assert sheet.tags == ["intake"] and document.findings == []


def test_unquoted_phone_number_stays_text(tmp_path):
    path = write(
        tmp_path, "s.md",
        "---\ntitle: T\ndescription: D\ncategory: hulp-en-geld\ncontact:\n  phone: 036201560\n---\n",
    )
    sheet, _ = load_sheet(path, "s.md", CATEGORIES)
    assert sheet.contact.phone == "036201560"


def test_glossary_errors_have_lines(tmp_path):
    path = write(tmp_path, "w.yml", "- term: OCMW\n  explanation: Het sociaal huis.\n- term: leefloon\n  explanaton: Geld.\n")
    glossary, findings = load_glossary(path, "w.yml")
    assert [t.term for t in glossary.terms] == ["OCMW"]
    assert sorted((f.code, f.line) for f in findings) == [("WW004", 4), ("WW005", 3)]
    assert "Bedoel je 'explanation'?" in next(f.message for f in findings if f.code == "WW004")


def test_glossary_covers_words_of_terms_and_forms(tmp_path):
    path = write(tmp_path, "w.yml", "- term: sociaal onderzoek\n  explanation: Een gesprek.\n  forms: [Leeflonen]\n")
    glossary, _ = load_glossary(path, "w.yml")
    assert glossary.covers("onderzoek") and glossary.covers("leeflonen") and not glossary.covers("huur")
    assert [t.term for t in glossary.used_in("Het sociaal onderzoek duurt kort.")] == ["sociaal onderzoek"]
    assert glossary.used_in("Het sociaalonderzoek.") == []


def test_settings_from_inherited_file_name_their_file(tmp_path):
    write(
        tmp_path, "base.yml",
        "site_name: X\nextra:\n  wegwijs:\n    organisation:\n      name: OCMW\n"
        "    categories:\n      - id: a\n        label: A\n",
    )
    write(tmp_path, "kiosk.yml", "INHERIT: base.yml\nextra:\n  wegwijs:\n    kiosk_build: true\n    kiosk:\n      idle_secs: 3\n")
    settings, findings = load_settings(tmp_path / "kiosk.yml")
    assert settings.kiosk_build is True and settings.categories[0].id == "a"
    assert [(f.path, f.line, f.code) for f in findings] == [("kiosk.yml", 6, "WW004")]


def test_empty_and_missing_front_matter(tmp_path):
    assert [f.code for f in read_document(write(tmp_path, "e.md", "\n \n"), "e.md").findings] == ["WW001"]
    assert [f.code for f in read_document(write(tmp_path, "n.md", "Tekst\n"), "n.md").findings] == ["WW002"]
    document = read_document(write(tmp_path, "p.md", "Tekst\n"), "p.md", require_front_matter=False)
    assert document.findings == [] and document.body == "Tekst\n"


def test_dutch_dates():
    assert dutch_date(dt.date(2026, 9, 15)) == "15 september 2026"
    assert months_between(dt.date(2025, 9, 15), dt.date(2026, 9, 14)) == 11
    assert months_between(dt.date(2025, 9, 15), dt.date(2026, 9, 15)) == 12
