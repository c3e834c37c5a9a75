"""`wegwijs new fiche`: a new sheet from the content model; never overwrites; clear Dutch errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import make_project
from wegwijs.commands.new import new
from wegwijs.content.sheet import load_sheet
from wegwijs.findings import Severity
from wegwijs.readability import analyse_markdown
from wegwijs.scaffold import SHEET_SECTIONS, slugify
from wegwijs.settings import load_settings

SECTIONS = [
    "Wat is het?",
    "Voor wie?",
    "Wat moet je doen?",
    "Wat moet je meebrengen?",
    "Wat mag je verwachten?",
    "Wie helpt je?",
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "site", examples=False)


def run(project: Path, *args: str):
    return CliRunner().invoke(new, ["fiche", *args, "-f", str(project / "mkdocs.yml")], catch_exceptions=False)


def test_new_sheet_has_front_matter_and_the_six_sections(project: Path) -> None:
    result = run(project, "Hulp bij je huur", "--category", "wonen-en-energie")

    assert result.exit_code == 0, result.output
    path = project / "theme_sheets" / "hulp-bij-je-huur.md"
    assert path.is_file()
    assert "hulp-bij-je-huur.md" in result.output
    assert "mkdocs serve --livereload" in result.output
    text = path.read_text(encoding="utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == SECTIONS == [heading for heading, _ in SHEET_SECTIONS]

    settings, _ = load_settings(project / "mkdocs.yml")
    sheet, document = load_sheet(path, "theme_sheets/hulp-bij-je-huur.md", settings.category_ids)
    assert sheet is not None, [f.format() for f in document.findings]
    assert document.findings == []
    assert (sheet.title, sheet.category) == ("Hulp bij je huur", "wonen-en-energie")
    assert sheet.description


def test_new_sheet_hints_pass_the_readability_rules(project: Path) -> None:
    run(project, "Hulp bij je huur", "--category", "wonen-en-energie")
    settings, _ = load_settings(project / "mkdocs.yml")
    path = project / "theme_sheets" / "hulp-bij-je-huur.md"
    sheet, document = load_sheet(path, "theme_sheets/hulp-bij-je-huur.md", settings.category_ids)

    analysis = analyse_markdown(document.body, path=document.rel_path, first_line=document.body_line)

    assert [f.format() for f in analysis.findings if f.severity is not Severity.INFO] == []


def test_existing_file_is_left_untouched(project: Path) -> None:
    path = project / "theme_sheets" / "hulp-bij-je-huur.md"
    original = "---\ntitle: Mijn eigen tekst\r\n---\n\nNiet overschrijven. \xe9".encode("utf-8") + b"\xff"
    path.write_bytes(original)

    result = run(project, "Hulp bij je huur", "--category", "wonen-en-energie")

    assert result.exit_code == 1
    assert "bestaat al" in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == original


def test_unknown_category_lists_the_valid_ones(project: Path) -> None:
    result = run(project, "Hulp bij je huur", "--category", "wonen")

    assert result.exit_code == 1
    assert "'wonen' bestaat niet" in result.output
    for category in ("hulp-en-geld", "wonen-en-energie", "gezondheid", "eten-en-vrije-tijd", "werk-en-leren"):
        assert category in result.output
    assert list((project / "theme_sheets").iterdir()) == []


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Wat is een 'sociaal' onderzoek?!", "wat-is-een-sociaal-onderzoek"),
        ("Één café — en meer", "een-cafe-en-meer"),
        ("Huur: wat als je niet kan betalen?", "huur-wat-als-je-niet-kan-betalen"),
        ("  Eten & drinken  ", "eten-en-drinken"),
        ("Auto's en fietsen", "autos-en-fietsen"),
        ("Straße, Ærø, Łódź", "strasse-aero-lodz"),
        ("Hulp   bij\tje huur", "hulp-bij-je-huur"),
    ],
)
def test_odd_titles_get_a_clean_file_name_and_keep_their_title(project: Path, title: str, slug: str) -> None:
    assert slugify(title) == slug

    result = run(project, title, "--category", "hulp-en-geld")

    assert result.exit_code == 0, result.output
    text = (project / "theme_sheets" / f"{slug}.md").read_text(encoding="utf-8")
    front_matter = yaml.safe_load(text.split("---\n")[1])
    assert front_matter["title"] == " ".join(title.split())
    assert front_matter["category"] == "hulp-en-geld"


def test_title_without_letters_or_too_long_is_refused(project: Path) -> None:
    no_letters = run(project, "?!", "--category", "hulp-en-geld")
    too_long = run(project, "Een heel lange titel " * 4, "--category", "hulp-en-geld")

    assert no_letters.exit_code == too_long.exit_code == 1
    assert "geen letters of cijfers" in no_letters.output
    assert "hoogstens 60 tekens" in too_long.output
    assert list((project / "theme_sheets").iterdir()) == []


def test_missing_config_file_is_a_clear_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        new, ["fiche", "Titel", "--category", "x", "-f", str(tmp_path / "mkdocs.yml")], catch_exceptions=False
    )

    assert result.exit_code == 1
    assert "vindt" in result.output and "mkdocs.yml" in result.output


def test_new_dialogue_never_overwrites(project: Path) -> None:
    """Every scaffold command goes through one refusal path: the second run leaves the file as it is."""
    args = ["dialoog", "Huisbezoek", "--date", "2026-09-24", "-f", str(project / "mkdocs.yml")]
    first = CliRunner().invoke(new, args, catch_exceptions=False)
    assert first.exit_code == 0, first.output
    path = next((project / "docs" / "dialoog").glob("2026-09-24-*.md"))
    path.write_bytes(path.read_bytes() + b"Eigen tekst.\n")
    before = path.read_bytes()
    second = CliRunner().invoke(new, args, catch_exceptions=False)
    assert second.exit_code == 1 and "bestaat al" in second.output and "Traceback" not in second.output
    assert path.read_bytes() == before
