"""Dialogue results on the real site: a real `mkdocs build`, the HTML read back, Chromium without JS."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from browser import axe_violations, browser_page, describe, requires_chromium, serve_directory
from conftest import REPO, build, make_project

LABELS = ["Ja, dat doen we", "Voor een deel", "Nee, dat doen we niet", "We werken eraan", "Nog geen besluit"]
#: A fourth meeting on the same day as an example one, with every proposal adopted.
EXTRA = """---
title: Dialoogmoment over automatische rechten
date: 2026-09-24
theme: rechten
participants: 1
proposals:
  - proposal: Geef rechten zonder dat mensen erom moeten vragen.
    status: weerhouden
    decided: 2026-10-30
    motivation: Zo krijgt iedereen waar hij recht op heeft.
---

De groep praatte over rechten die je automatisch krijgt.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("dialogue"), examples=False, docs={"dialoog/2026-09-24-rechten.md": EXTRA})
    for path in (REPO / "docs" / "dialoog").glob("*.md"):
        shutil.copy2(path, project / "docs" / "dialoog" / path.name)
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert not re.search(r"WW[23]\d\d", result.stderr), result.stderr
    return project


def html(site: Path, page: str) -> str:
    return (site / "site" / page / "index.html").read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def test_overview_chart_counts_every_status_in_text(site):
    page = html(site, "dialoog")
    assert "<h1>Wat deden we met jullie voorstellen?</h1>" in page
    rows = re.findall(r'data-status="([a-z-]+)" data-count="(\d+)">\s*<text[^>]*>([^<]+)</text>.*?<text[^>]*>([^<]+)</text>', page, re.S)
    assert [(status, int(count), label, shown) for status, count, label, shown in rows] == [
        ("weerhouden", 5, LABELS[0], "5 voorstellen"),
        ("deels-weerhouden", 2, LABELS[1], "2 voorstellen"),
        ("niet-weerhouden", 2, LABELS[2], "2 voorstellen"),
        ("in-behandeling", 2, LABELS[3], "2 voorstellen"),
        ("open", 2, LABELS[4], "2 voorstellen"),
    ]
    # Each bar has its own pattern, so the chart reads in black and white.
    assert len(set(re.findall(r'fill="url\(#(ww-pattern-[a-z]+)\)"', page))) == 5
    table = text_of(page[page.index("<table") : page.index("</table>")])
    assert "Ja, dat doen we 5" in table and "Nog geen besluit 2" in table
    assert "In totaal 13 voorstellen." in text_of(page)


def test_overview_groups_by_status_newest_meeting_first(site):
    page = html(site, "dialoog")
    headings = [text_of(h) for h in re.findall(r'<h2 id="besluit-[^"]+".*?</h2>', page, re.S)]
    assert headings == [
        "Ja, dat doen we (5 voorstellen)",
        "Voor een deel (2 voorstellen)",
        "Nee, dat doen we niet (2 voorstellen)",
        "We werken eraan (2 voorstellen)",
        "Nog geen besluit (2 voorstellen)",
    ]
    adopted = page[page.index('id="besluit-weerhouden"') : page.index('id="besluit-deels-weerhouden"')]
    meetings = re.findall(r'<dt>Dialoogmoment</dt>\s*<dd><a href="([^"]+)"', adopted)
    # Newest meeting first; two meetings on the same day sort by file name.
    assert meetings == [
        "2026-09-24-klachten/",
        "2026-09-24-klachten/",
        "2026-09-24-rechten/",
        "2026-05-20-eerste-contact/",
        "2026-03-12-huisbezoek/",
    ]
    assert "Thema: klachten." in text_of(adopted)
    listing = page[page.index('id="alle-dialoogmomenten"') :]
    assert re.findall(r'<li><a href="([^"]+)"', listing) == [
        "2026-09-24-klachten/",
        "2026-09-24-rechten/",
        "2026-05-20-eerste-contact/",
        "2026-03-12-huisbezoek/",
    ]
    assert "participatiegroep" in text_of(listing)


def test_result_page_shows_summary_then_each_proposal_with_status_text_and_icon(site):
    page = html(site, "dialoog/2026-03-12-huisbezoek")
    body = text_of(page)
    summary = body.index("Veel mensen zijn bang")
    proposals = body.index("Wat stelde de groep voor?")
    assert summary < proposals
    items = re.findall(r'<li class="ww-proposal ww-proposal--([a-z-]+)"[^>]*>(.*?)</li>', page, re.S)
    assert [status for status, _ in items] == ["deels-weerhouden", "weerhouden", "niet-weerhouden", "in-behandeling"]
    for _, item in items:
        assert '<span class="ww-status__icon" aria-hidden="true"><svg' in item  # icon, next to the text
    first = text_of(items[0][1])
    assert "Besluit: Voor een deel" in first
    assert "Besluit op 23 april 2026" in first
    assert "Waarom? Je kan nu kiezen tussen de voormiddag en de namiddag." in first
    assert "Wat gebeurde er? De nieuwe brief voor het huisbezoek is klaar" in first
    assert "Besluit op" not in text_of(items[3][1])
    assert "14 mensen praatten mee op 12 maart 2026. De groep dacht mee met het OCMW. Dank je wel!" in body
    assert '<title>Dialoogmoment over het huisbezoek' in page


def test_credit_line_for_a_single_participant(site):
    assert "1 persoon praatte mee op 24 september 2026." in text_of(html(site, "dialoog/2026-09-24-rechten"))


def test_overview_is_in_the_navigation(site):
    assert re.search(r'href="dialoog/"[^>]*>\s*(<span[^>]*>)?\s*Wat deden we met jullie voorstellen\?', html(site, "."))


def test_editor_intro_and_rule_errors_on_a_real_build(tmp_path):
    bad = EXTRA.replace("    motivation: Zo krijgt iedereen waar hij recht op heeft.\n", "").replace(
        "decided: 2026-10-30", "decided: 2026-09-01"
    )
    project = make_project(
        tmp_path,
        examples=False,
        docs={
            "dialoog/index.md": "---\ntitle: Wat deden we met jullie voorstellen?\nstaf: true\n---\n\nEigen inleiding.\n",
            "dialoog/2026-09-24-rechten.md": bad,
        },
    )
    result = build(project)
    assert result.returncode == 1
    assert "docs/dialoog/2026-09-24-rechten.md:8:5: WW201" in result.stderr
    assert "docs/dialoog/2026-09-24-rechten.md:9:5: WW203" in result.stderr
    assert "docs/dialoog/index.md:3:1: WW004" in result.stderr and "Bedoel je 'staff'?" in result.stderr
    assert "Traceback" not in result.stderr
    page = (project / "site" / "dialoog" / "index.html").read_text(encoding="utf-8")
    assert "Eigen inleiding." in page and 'data-status="weerhouden"' in page


@requires_chromium
def test_overview_without_javascript_still_shows_the_chart(site):
    with serve_directory(site / "site") as base, browser_page(375, 740, java_script_enabled=False) as (page, log):
        page.goto(base + "dialoog/")
        labels = page.locator("svg.ww-chart__svg text.ww-chart__label")
        counts = page.locator("svg.ww-chart__svg text.ww-chart__count")
        assert labels.all_text_contents() == LABELS
        assert counts.all_text_contents() == ["5 voorstellen", "2 voorstellen", "2 voorstellen", "2 voorstellen", "2 voorstellen"]
        for index in range(5):
            assert labels.nth(index).is_visible() and counts.nth(index).is_visible()
            box = labels.nth(index).bounding_box()
            assert box["width"] > 40 and box["x"] + box["width"] <= 375  # readable and inside a phone screen
        assert page.locator("h2#besluit-open").is_visible()
        assert log.foreign(base) == []


@requires_chromium
@pytest.mark.parametrize("path", ["dialoog/", "dialoog/2026-03-12-huisbezoek/"])
def test_axe_finds_no_violations(site, path):
    with serve_directory(site / "site") as base, browser_page(1280, 800) as (page, _):
        page.goto(base + path)
        violations = axe_violations(page)
        assert violations == [], describe(violations)
