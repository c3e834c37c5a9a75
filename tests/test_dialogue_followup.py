"""Follow-up of dialogue results: progress, review dates, date rules, drafts, the feed and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from conftest import REPO, TODAY_EPOCH
from wegwijs.cli import main
from wegwijs.content.source import read_document
from wegwijs.dates import today
from wegwijs.dialogue import check_dialogue_document, load_dialogue
from wegwijs.dialogue.decisions import events, latest_decisions, short_reason
from wegwijs.dialogue.feed import ATOM, FeedInfo, atom_feed
from wegwijs.dialogue.published import is_draft, load_results, published
from wegwijs.settings import load_settings

TODAY = dt.date(2026, 12, 1)
GOOD = """---
title: Dialoogmoment over het huisbezoek
date: 2026-03-12
theme: huisbezoek
proposals:
  - proposal: Laat mensen zelf een uur kiezen.
    status: weerhouden
    decided: 2026-04-23
    motivation: Je kan kiezen tussen voormiddag en namiddag. Avonden lukken nog niet.
    progress:
      - on: 2026-09-15
        text: De groep las de brief na.
      - on: 2026-06-01
        text: De nieuwe brief is klaar.
  - proposal: Open geen kasten.
    status: in-behandeling
    review_by: 2027-01-31
---

De groep praatte over het huisbezoek.
"""
NAME = "2026-03-12-huisbezoek.md"


def load(tmp_path: Path, text: str, *, day: dt.date = TODAY, months: int = 6, name: str = NAME):
    path = tmp_path / "docs" / "dialoog" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    document = read_document(path, f"docs/dialoog/{name}", require_front_matter=False)
    result, findings = load_dialogue(document, f"dialoog/{name}", today=day, max_open_months=months)
    return result, document.findings + findings


def at(findings) -> list[str]:
    return sorted(f"{f.line}:{f.column}:{f.code}" for f in findings)


def test_progress_and_review_are_kept_with_positions(tmp_path):
    result, findings = load(tmp_path, GOOD)
    assert findings == []
    first, second = result.proposals
    # Oldest first, whatever the order in the file; each step knows where its text is.
    assert [(s.on, s.text, s.line) for s in first.progress] == [
        (dt.date(2026, 6, 1), "De nieuwe brief is klaar.", 14),
        (dt.date(2026, 9, 15), "De groep las de brief na.", 12),
    ]
    assert first.progress[0].column == len("        text: ") + 1
    assert first.last_step.text == "De groep las de brief na."
    assert (second.review_by, second.number, result.draft) == (dt.date(2027, 1, 31), 2, False)
    assert result.positions[("proposals", 0, "motivation")] == (9, 5)


@pytest.mark.parametrize(
    ("change", "expected", "words"),
    [
        # A decision in the future is a typo.
        (("decided: 2026-04-23", "decided: 2026-12-02"), ["8:5:WW206"], "2 december 2026"),
        # A decision date on a proposal that has no decision, open or in behandeling.
        # (Without review_by, 8 months after the meeting, it also waits too long.)
        (("    review_by: 2027-01-31\n", "    decided: 2026-05-01\n"), ["16:5:WW211", "17:5:WW207"], "'in-behandeling'"),
        (("status: in-behandeling\n    review_by: 2027-01-31", "status: open\n    decided: 2026-05-01\n    review_by: 2027-01-31"), ["17:5:WW207"], "Voorstel 2 is 'open'"),
        # A progress step before the meeting, or in the future.
        (("on: 2026-06-01", "on: 2026-03-11"), ["13:9:WW208"], "11 maart 2026"),
        (("on: 2026-09-15", "on: 2027-09-15"), ["11:9:WW209"], "15 september 2027"),
        # The promised review date has passed: a warning, the group is waiting.
        (("review_by: 2027-01-31", "review_by: 2026-11-30"), ["17:5:WW210"], "30 november 2026"),
        # Without review_by: open longer than max_open_months (6) since the meeting.
        (("    review_by: 2027-01-31\n", ""), ["16:5:WW211"], "al 8 maanden 'in-behandeling'"),
        # review_by belongs to an open proposal only.
        (("    motivation:", "    review_by: 2026-05-01\n    motivation:"), ["9:5:WW212"], "haal 'review_by' weg"),
        # A decided status without its date (existing rule, still there).
        (("    decided: 2026-04-23\n", ""), ["7:5:WW202"], "'decided' ontbreekt"),
        # Steps are checked like every field: a bad date and a missing text name their line.
        (("on: 2026-06-01", "on: 1 juni"), ["13:13:WW007"], "2026-09-15"),
        (("        text: De nieuwe brief is klaar.\n", ""), ["13:9:WW005"], "Het veld 'text' ontbreekt"),
    ],
)
def test_every_date_rule_names_the_line(tmp_path, change, expected, words):
    text = GOOD.replace(*change)
    assert text != GOOD
    _, findings = load(tmp_path, text)
    assert at(findings) == expected
    assert words in " ".join(f.message for f in findings)
    for finding in findings:  # only a late answer warns; a date that cannot be is an error
        assert finding.severity.value == ("warning" if finding.code in ("WW210", "WW211", "WW212") else "error")


def test_review_date_today_and_open_just_under_the_limit_do_not_warn(tmp_path):
    _, findings = load(tmp_path, GOOD.replace("review_by: 2027-01-31", f"review_by: {TODAY.isoformat()}"))
    assert findings == []
    # 2026-03-12 to 2026-09-11 is 5 whole months; on 2026-09-12 it is 6.
    no_review = GOOD.replace("    review_by: 2027-01-31\n", "").replace("on: 2026-09-15", "on: 2026-06-02")
    assert load(tmp_path, no_review, day=dt.date(2026, 9, 11))[1] == []
    assert [f.code for f in load(tmp_path, no_review, day=dt.date(2026, 9, 12))[1]] == ["WW211"]
    assert load(tmp_path, no_review, day=dt.date(2026, 9, 12), months=7)[1] == []


def test_max_open_months_comes_from_mkdocs_yml(tmp_path):
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        config.replace("    review_max_age_months: 12\n", "    review_max_age_months: 12\n    dialogue:\n      max_open_months: 12\n"),
        encoding="utf-8",
    )
    settings, findings = load_settings(tmp_path / "mkdocs.yml")
    assert findings == [] and settings.dialogue["max_open_months"] == 12
    path = tmp_path / "docs" / "dialoog" / NAME
    path.parent.mkdir(parents=True)
    path.write_text(GOOD.replace("    review_by: 2027-01-31\n", ""), encoding="utf-8")
    document = read_document(path, f"docs/dialoog/{NAME}", require_front_matter=False)
    assert check_dialogue_document(document, settings) == []  # 8 months < 12
    # A limit below 1 is an error at its own line in mkdocs.yml.
    (tmp_path / "mkdocs.yml").write_text(
        config.replace("    review_max_age_months: 12\n", "    review_max_age_months: 12\n    dialogue:\n      max_open_months: 0\n"),
        encoding="utf-8",
    )
    _, findings = load_settings(tmp_path / "mkdocs.yml")
    line = config.splitlines().index("    review_max_age_months: 12") + 3
    assert [(f.code, f.path, f.line) for f in findings] == [("WW025", "mkdocs.yml", line)]
    assert "Kies 1 of meer" in findings[0].message


def test_today_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    assert today() == TODAY
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "geen getal")
    assert today() == dt.date.today()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert today() == dt.date.today()


def test_drafts_are_found_and_left_out(tmp_path):
    draft_text = GOOD.replace("theme: huisbezoek\n", "theme: huisbezoek\ndraft: true\n")
    result, findings = load(tmp_path, draft_text)
    assert findings == [] and result.draft is True
    document = read_document(tmp_path / "docs" / "dialoog" / NAME, NAME, require_front_matter=False)
    assert is_draft(document)
    other, _ = load(tmp_path, GOOD, name="2026-03-12-ander.md")
    assert published([result, other]) == [other]
    # 'draft' must be true or false, with its line.
    _, findings = load(tmp_path, GOOD.replace("theme: huisbezoek\n", "theme: huisbezoek\ndraft: misschien\n"))
    assert at(findings) == ["5:8:WW006"]


def test_events_are_newest_first_and_the_home_page_gets_the_latest_decisions(tmp_path):
    results, findings = load_results(REPO / "docs", REPO, today=TODAY)
    assert findings == []
    found = events(results)
    days = [e.day for e in found]
    assert days == sorted(days, reverse=True)
    decisions = [p for r in results for p in r.proposals if p.decided]
    steps = [s for r in results for p in r.proposals for s in p.progress]
    assert len(found) == len(decisions) + len(steps)
    latest = latest_decisions(results)
    assert len(latest) == 4 and all(e.kind == "besluit" for e in latest)
    assert [e.day for e in latest] == sorted((p.decided for p in decisions), reverse=True)[:4]
    assert short_reason("Het oude formulier was te lang. Nu is het kort.") == "Het oude formulier was te lang."
    assert short_reason("Een zin zonder punt") == "Een zin zonder punt"
    assert short_reason(None) is None


# --- Atom feed ------------------------------------------------------------------------------------

INFO = FeedInfo(
    title="OCMW Kalmthout: Jullie zeiden, wij deden",
    author="OCMW Kalmthout",
    site_url="https://wegwijs.example.org/",
    overview_path="dialoog/",
)


def example_results():
    results, _ = load_results(REPO / "docs", REPO, today=TODAY)
    urls = {r.src_uri: f"dialoog/{Path(r.src_uri).stem}/" for r in results}
    return results, urls


def test_feed_is_valid_atom_newest_first_and_reproducible():
    results, urls = example_results()
    data = atom_feed(results, urls, INFO)
    assert data == atom_feed(list(reversed(results)), urls, INFO)  # same bytes, whatever the input order
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    feed = parsed.feed
    assert feed.title == INFO.title and feed.author == "OCMW Kalmthout" and feed.language == "nl"
    assert feed.id.startswith("urn:uuid:")
    links = {link.rel: link.href for link in feed.links}
    assert links == {"self": "https://wegwijs.example.org/dialoog/feed.xml", "alternate": "https://wegwijs.example.org/dialoog/"}
    expected = events(results)
    assert len(parsed.entries) == len(expected)
    assert feed.updated == f"{expected[0].day.isoformat()}T00:00:00Z"
    updated = [entry.updated for entry in parsed.entries]
    assert updated == sorted(updated, reverse=True)
    assert len({entry.id for entry in parsed.entries}) == len(parsed.entries)
    first = parsed.entries[0]
    assert first.title == "Nieuwe stap: Maak een klachtenformulier van 1 bladzijde, in eenvoudige taal."
    assert first.link == "https://wegwijs.example.org/dialoog/2026-09-24-klachten/#voorstel-1"
    assert first.summary.startswith("Het nieuwe formulier ligt aan het onthaal.")
    decision = next(e for e in parsed.entries if e.title.startswith("Nee, dat doen we niet: Laat de participatiegroep"))
    assert "moet geheim blijven" in decision.summary and decision.tags[0].term == "niet-weerhouden"


def test_feed_has_every_required_atom_element_in_a_strict_parse():
    results, urls = example_results()
    root = ET.fromstring(atom_feed(results, urls, INFO))
    ns = {"a": ATOM}
    assert root.tag == f"{{{ATOM}}}feed"
    for name in ("id", "title", "updated", "author/a:name"):
        assert root.find(f"a:{name}", ns) is not None and root.find(f"a:{name}", ns).text
    entries = root.findall("a:entry", ns)
    assert entries
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.find(f"a:{name}", ns).text
        assert entry.find("a:link[@rel='alternate']", ns).get("href").startswith("https://")


def test_feed_without_site_url_links_relative_to_itself_and_escapes_text():
    results, urls = example_results()
    tricky = results[0].proposals[0]
    object.__setattr__(tricky, "motivation", "Kleiner <dan> & groter")  # text that must be escaped
    info = FeedInfo(title="Proef", author="OCMW", site_url=None, overview_path="dialoog/", empty_updated=TODAY)
    parsed = feedparser.parse(atom_feed(results, urls, info))
    assert parsed.bozo == 0
    assert {link.rel: link.href for link in parsed.feed.links}["alternate"] == "../dialoog/"
    assert any(e.summary.startswith("Kleiner <dan> & groter") for e in parsed.entries)
    empty = feedparser.parse(atom_feed([], {}, info))
    assert empty.bozo == 0 and empty.entries == [] and empty.feed.updated == "2026-12-01T00:00:00Z"


# --- CSV export -----------------------------------------------------------------------------------

HEADER = ["dialoogmoment", "datum", "thema", "voorstel", "status", "besluit op", "waarom", "laatste stap"]


@pytest.fixture()
def site_dir(tmp_path, monkeypatch):
    for name in ("mkdocs.yml", "woordenlijst.yml"):
        shutil.copy2(REPO / name, tmp_path / name)
    shutil.copytree(REPO / "docs" / "dialoog", tmp_path / "docs" / "dialoog")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    return tmp_path


def export(*args: str):
    return CliRunner().invoke(main, ["dialoog", "export", *args])


def test_export_writes_every_published_proposal_and_parses_back(site_dir):
    result = export()
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == HEADER
    body = [dict(zip(HEADER, row)) for row in rows[1:]]
    assert len(body) == 12
    assert [r["datum"] for r in body] == sorted((r["datum"] for r in body), reverse=True)
    first = body[0]
    assert (first["dialoogmoment"], first["thema"], first["status"], first["besluit op"]) == (
        "Dialoogmoment over klachten", "klachten", "weerhouden", "2026-10-22",
    )
    assert first["laatste stap"] == "2026-11-20: Het nieuwe formulier ligt aan het onthaal."
    waiting = next(r for r in body if r["voorstel"].startswith("Stuur de dag voor een afspraak"))
    assert (waiting["status"], waiting["besluit op"], waiting["waarom"]) == ("in-behandeling", "", "")
    # A folded motivation is one line in its cell.
    assert any("Die moet geheim blijven. De groep krijgt" in r["waarom"] for r in body)


def test_export_to_a_file_leaves_drafts_out(site_dir):
    source = site_dir / "docs" / "dialoog" / "2026-09-24-klachten.md"
    draft = site_dir / "docs" / "dialoog" / "2026-11-19-concept.md"
    draft.write_text(
        source.read_text(encoding="utf-8").replace("date: 2026-09-24", "date: 2026-11-19").replace("theme: klachten", "theme: concept\ndraft: true"),
        encoding="utf-8",
    )
    before = {p.name: p.read_bytes() for p in (site_dir / "docs" / "dialoog").iterdir()}
    result = export("-o", "voorstellen.csv")
    assert result.exit_code == 0, result.output
    assert "12 voorstellen staan in voorstellen.csv." in result.stderr
    data = (site_dir / "voorstellen.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark a spreadsheet needs for accents
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 13 and not any(row[2] == "concept" for row in rows)
    assert {p.name: p.read_bytes() for p in (site_dir / "docs" / "dialoog").iterdir()} == before


def test_export_stops_on_personal_data_with_file_and_line_or_hides_the_cell(site_dir):
    path = site_dir / "docs" / "dialoog" / "2026-09-24-klachten.md"
    text = path.read_text(encoding="utf-8")
    line = text.splitlines().index("    motivation: Het oude formulier was te lang en te moeilijk.") + 1
    path.write_text(text.replace("te lang en te moeilijk.", "te lang. Bel Jan op 0470 12 34 56."), encoding="utf-8")
    stopped = export()
    assert stopped.exit_code == 1
    assert stopped.stdout == ""  # nothing written
    assert f"docs/dialoog/2026-09-24-klachten.md:{line}:" in stopped.stderr and "WW302" in stopped.stderr
    assert "0470 12 34 56" not in stopped.stderr  # the guard masks what it found
    assert "Fout: De export stopt: in 1 vakje(s)" in stopped.stderr and "--verberg" in stopped.stderr
    hidden = export("--verberg")
    assert hidden.exit_code == 0
    rows = list(csv.reader(io.StringIO(hidden.stdout)))
    assert "[weggelaten: persoonsgegevens]" in [cell for row in rows for cell in row]
    assert "0470" not in hidden.stdout


def test_export_without_settings_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = export()
    assert result.exit_code == 1 and "Wegwijs vindt mkdocs.yml niet" in result.stderr


def test_the_brochure_leaves_drafts_out(tmp_path, monkeypatch):
    from wegwijs.brochure.decisions import latest_decisions as brochure_decisions
    from wegwijs.brochure.decisions import load_results as brochure_results

    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    folder = tmp_path / "docs" / "dialoog"
    shutil.copytree(REPO / "docs" / "dialoog", folder)
    newest = GOOD.replace("date: 2026-03-12", "date: 2026-11-19").replace("decided: 2026-04-23", "decided: 2026-11-30")
    newest = newest.replace("on: 2026-09-15", "on: 2026-11-20").replace("on: 2026-06-01", "on: 2026-11-21")
    (folder / "2026-11-19-huisbezoek.md").write_text(newest.replace("theme: huisbezoek\n", "theme: huisbezoek\ndraft: true\n"), encoding="utf-8")
    results = brochure_results(tmp_path / "docs")
    assert len(results) == 3 and not any(r.draft for r in results)
    assert brochure_decisions(results, 1)[0].date == "22 oktober 2026"
    # Without the draft flag, the same file is the brochure's newest decision.
    (folder / "2026-11-19-huisbezoek.md").write_text(newest, encoding="utf-8")
    assert brochure_decisions(brochure_results(tmp_path / "docs"), 1)[0].date == "30 november 2026"
