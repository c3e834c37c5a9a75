"""Dialogue results: every validation rule, the overview's counts and order, and the scaffold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, TODAY_EPOCH
from wegwijs.commands.new import new
from wegwijs.content.source import read_document
from wegwijs.dialogue import build_overview, check_dialogue_document, is_dialogue_result, load_dialogue
from wegwijs.scaffold import create_dialogue, dialogue_text, ScaffoldError
from wegwijs.settings import load_settings

GOOD = """---
title: Dialoogmoment over het huisbezoek
date: 2026-03-12
theme: huisbezoek
participants: 14
ladder: meedenken
proposals:
  - proposal: Laat mensen zelf een uur kiezen.
    status: deels-weerhouden
    decided: 2026-05-02
    motivation: Je kan kiezen tussen voormiddag en namiddag.
    follow_up: De nieuwe brief is klaar.
  - proposal: Zeg waarom iemand komt.
    status: open
---

De groep praatte over het huisbezoek.
"""


@pytest.fixture(scope="module")
def settings():
    loaded, findings = load_settings(REPO / "mkdocs.yml")
    assert loaded is not None, findings
    return loaded


def load(tmp_path: Path, text: str, name: str = "2026-03-12-huisbezoek.md"):
    path = tmp_path / "docs" / "dialoog" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    document = read_document(path, f"docs/dialoog/{name}", require_front_matter=False)
    # A fixed "today", so the date rules (open too long, decisions in the future) never drift.
    result, findings = load_dialogue(document, f"dialoog/{name}", today=dt.date(2026, 7, 1))
    return result, document.findings + findings


def codes_at(findings) -> list[str]:
    return [f"{f.line}:{f.code}" for f in findings]


def test_good_result_has_no_findings_and_keeps_every_field(tmp_path):
    result, findings = load(tmp_path, GOOD)
    assert findings == []
    assert (result.title, result.date, result.theme, result.participants) == (
        "Dialoogmoment over het huisbezoek",
        dt.date(2026, 3, 12),
        "huisbezoek",
        14,
    )
    assert result.ladder_text == "De groep dacht mee met het OCMW."
    first, second = result.proposals
    assert (first.status.id, first.decided, first.line) == ("deels-weerhouden", dt.date(2026, 5, 2), 8)
    assert first.follow_up == "De nieuwe brief is klaar."
    assert (second.status.id, second.decided, second.motivation, second.line) == ("open", None, None, 13)


@pytest.mark.parametrize(
    ("change", "expected", "words"),
    [
        # A decided proposal without the why the charter promises.
        ("    motivation: Je kan kiezen tussen voormiddag en namiddag.\n", ["9:WW201"], "'motivation' ontbreekt"),
        # ... or without the date of the decision.
        ("    decided: 2026-05-02\n", ["9:WW202"], "'decided' ontbreekt"),
        # A decision before the meeting.
        (("decided: 2026-05-02", "decided: 2026-03-01"), ["10:WW203"], "1 maart 2026"),
        # Unknown status, with a did-you-mean.
        (("status: open", "status: weerhoude"), ["14:WW008"], "Bedoel je 'weerhouden'?"),
        # Unknown key, with a did-you-mean.
        (("follow_up:", "folow_up:"), ["12:WW004"], "Bedoel je 'follow_up'?"),
        # Ladder values come from a list.
        (("ladder: meedenken", "ladder: meedenke"), ["6:WW008"], "Bedoel je 'meedenken'?"),
        # Dates are ISO dates.
        (("date: 2026-03-12", "date: 12/03/2026"), ["3:WW007"], "2026-09-15"),
        (("decided: 2026-05-02", "decided: 2 mei"), ["10:WW007"], "2026-09-15"),  # not also WW202
        # Participants: a number, never names.
        (("participants: 14", "participants: [An, Bart]"), ["5:WW006"], "een getal"),
        (("participants: 14", "participants: 0"), ["5:WW205"], "hoeveel mensen"),
        # Required keys.
        ("theme: huisbezoek\n", ["2:WW005"], "Het veld 'theme' ontbreekt"),
        (("  - proposal: Zeg waarom iemand komt.\n", "  - "), ["13:WW005"], "Het veld 'proposal' ontbreekt"),
    ],
)
def test_every_rule_names_the_line(tmp_path, change, expected, words):
    text = GOOD.replace(change, "") if isinstance(change, str) else GOOD.replace(*change)
    assert text != GOOD
    _, findings = load(tmp_path, text)
    assert sorted(codes_at(findings)) == sorted(expected)
    assert words in " ".join(f.message for f in findings)
    assert all(f.path == "docs/dialoog/2026-03-12-huisbezoek.md" for f in findings)


def test_no_proposals_is_an_error(tmp_path):
    text = GOOD.split("proposals:")[0] + "proposals: []\n---\n\nTekst.\n"
    _, findings = load(tmp_path, text)
    assert [f.code for f in findings] == ["WW005"]


def test_open_and_pending_proposals_need_no_decision(tmp_path):
    text = GOOD.replace("status: open", "status: in-behandeling")
    _, findings = load(tmp_path, text)
    assert findings == []


def test_file_name_date_must_match_the_meeting(tmp_path):
    # My choice: a warning (the page still builds; --strict makes it fail), because 'date' is what
    # the site shows and sorts on; the file name only keeps the folder in order.
    _, findings = load(tmp_path, GOOD, name="2026-03-13-huisbezoek.md")
    assert [(f.code, f.severity.value) for f in findings] == [("WW204", "warning")]
    assert "2026-03-12-huisbezoek.md" in findings[0].message
    _, findings = load(tmp_path, GOOD, name="huisbezoek.md")
    assert [f.code for f in findings] == ["WW204"]


def test_only_files_in_the_dialogue_folder_are_results():
    assert is_dialogue_result("dialoog/2026-03-12-huisbezoek.md")
    assert not is_dialogue_result("dialoog/index.md")
    assert not is_dialogue_result("dialoog/foto/a.md")
    assert not is_dialogue_result("index.md")


def test_example_results_validate_and_pass_the_guard(settings, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    paths = sorted((REPO / "docs" / "dialoog").glob("*-*.md"))
    assert len(paths) >= 3
    statuses = set()
    for path in paths:
        document = read_document(path, path.relative_to(REPO).as_posix(), require_front_matter=False)
        assert document.findings + check_dialogue_document(document, settings) == []
        result, _ = load_dialogue(document)
        statuses |= {p.status.id for p in result.proposals}
    assert statuses == {"open", "in-behandeling", "weerhouden", "deels-weerhouden", "niet-weerhouden"}


def meeting(tmp_path, day: str, theme: str, statuses: list[str]):
    items = "".join(
        f"  - proposal: Voorstel {theme} {i}.\n    status: {s}\n"
        + ("    decided: 2026-06-30\n    motivation: Omdat het kan.\n" if s.endswith("weerhouden") else "")
        for i, s in enumerate(statuses, start=1)
    )
    text = f"---\ntitle: Over {theme}\ndate: {day}\ntheme: {theme}\nproposals:\n{items}---\n\nTekst.\n"
    result, findings = load(tmp_path, text, name=f"{day}-{theme}.md")
    assert findings == []
    return result


def test_overview_groups_by_status_newest_first_with_counts(tmp_path):
    old = meeting(tmp_path, "2026-01-10", "oud", ["weerhouden", "open", "weerhouden"])
    new_ = meeting(tmp_path, "2026-06-10", "nieuw", ["weerhouden", "niet-weerhouden"])
    middle = meeting(tmp_path, "2026-03-10", "midden", ["open"])
    overview = build_overview([old, new_, middle])
    assert overview.counts == {
        "weerhouden": 3,
        "deels-weerhouden": 0,
        "niet-weerhouden": 1,
        "in-behandeling": 0,
        "open": 2,
    }
    assert overview.total == 6
    assert [m.theme for m in overview.meetings] == ["nieuw", "midden", "oud"]
    adopted = overview.groups[0]
    assert [(i.meeting.theme, i.proposal.text) for i in adopted.items] == [
        ("nieuw", "Voorstel nieuw 1."),
        ("oud", "Voorstel oud 1."),
        ("oud", "Voorstel oud 3."),
    ]
    assert [i.meeting.theme for i in overview.groups[-1].items] == ["midden", "oud"]


# --- scaffold -------------------------------------------------------------------------------------


def test_scaffold_is_valid_and_passes_the_guard(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    path = create_dialogue(tmp_path / "docs" / "dialoog", "Eerste contact", dt.date(2026, 10, 1))
    assert path.name == "2026-10-01-eerste-contact.md"
    document = read_document(path, "docs/dialoog/" + path.name, require_front_matter=False)
    result, findings = load_dialogue(document)
    assert findings + check_dialogue_document(document, settings) == []
    assert (result.title, result.theme) == ("Dialoogmoment over eerste contact", "eerste contact")
    assert [p.status.id for p in result.proposals] == ["open"]


def test_scaffold_never_overwrites(tmp_path):
    folder = tmp_path / "dialoog"
    path = create_dialogue(folder, "Klachten", dt.date(2026, 9, 24))
    path.write_text("eigen tekst", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="bestaat al"):
        create_dialogue(folder, "klachten", dt.date(2026, 9, 24))
    assert path.read_text(encoding="utf-8") == "eigen tekst"


def test_scaffold_quotes_a_theme_that_yaml_would_misread(tmp_path):
    text = dialogue_text("Huur: te duur?", dt.date(2026, 3, 1))
    path = tmp_path / "2026-03-01-huur-te-duur.md"
    path.write_text(text, encoding="utf-8")
    result, findings = load(tmp_path, text, name=path.name)
    assert findings == []
    assert result.theme == "huur: te duur?"


@pytest.fixture()
def site_dir(tmp_path, monkeypatch):
    for name in ("mkdocs.yml", "woordenlijst.yml"):
        (tmp_path / name).write_bytes((REPO / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_dialoog_command_writes_a_dated_file_and_says_where(site_dir):
    runner = CliRunner()
    result = runner.invoke(new, ["dialoog", "Automatische rechten", "--date", "2026-11-05"])
    assert result.exit_code == 0, result.output
    path = site_dir / "docs" / "dialoog" / "2026-11-05-automatische-rechten.md"
    assert path.is_file()
    assert "docs/dialoog/2026-11-05-automatische-rechten.md" in result.output
    again = runner.invoke(new, ["dialoog", "Automatische rechten", "--date", "2026-11-05"])
    assert again.exit_code == 1
    assert "bestaat al" in again.output and "overschrijft het niet" in again.output


def test_new_dialoog_command_defaults_to_today_and_rejects_a_bad_date(site_dir):
    runner = CliRunner()
    result = runner.invoke(new, ["dialoog", "Wonen"])
    assert result.exit_code == 0, result.output
    assert (site_dir / "docs" / "dialoog" / f"{dt.date.today().isoformat()}-wonen.md").is_file()
    bad = runner.invoke(new, ["dialoog", "Wonen", "--date", "2026-13-01"])
    assert bad.exit_code == 1
    assert "geen goede datum" in bad.output
    empty = runner.invoke(new, ["dialoog", "  ", "--date", "2026-01-01"])
    assert empty.exit_code == 1 and "thema" in empty.output
