"""Follow-up on the real site: timelines, drafts, the home page block, the feed and the date rules in a
real `mkdocs build` (site and kiosk) and a real `mkdocs serve`."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import feedparser
import pytest

from browser import axe_violations, browser_page, describe, requires_chromium, serve_directory
from conftest import TODAY_EPOCH, build, make_project
from test_preview import mkdocs_serve

DRAFT_URI = "dialoog/2026-11-19-concept.md"
#: Newer than every example decision: if drafts leaked, it would top the home page and the feed.
DRAFT = """---
title: Dialoogmoment over de wachtzaal
date: 2026-11-19
theme: wachtzaal
draft: true
proposals:
  - proposal: Zet meer stoelen in de wachtzaal.
    status: weerhouden
    decided: 2026-11-30
    motivation: Er staan nu te weinig stoelen.
---

De groep praatte over de wachtzaal.
"""
#: The newest decision of the site, with text that HTML and XML must escape.
ESCAPE_URI = "dialoog/2026-11-10-post.md"
ESCAPE = """---
title: Dialoogmoment over de post
date: 2026-11-10
theme: post
proposals:
  - proposal: Schrijf brieven met <b>vette</b> woorden & korte zinnen.
    status: weerhouden
    decided: 2026-11-25
    motivation: Kort is beter dan <lang> & moeilijk. Dat zegt de groep.
    progress:
      - on: 2026-11-27
        text: De eerste brief met <b>vet</b> & korte zinnen is klaar.
---

De groep praatte over brieven.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("followup"), examples=False, docs={DRAFT_URI: DRAFT, ESCAPE_URI: ESCAPE})
    site = build(project)
    assert site.returncode == 0, site.stderr
    assert not re.search(r"WW[23]\d\d", site.stderr), site.stderr
    kiosk = build(project, config="mkdocs-kiosk.yml")
    assert kiosk.returncode == 0, kiosk.stderr
    return project


def page(project: Path, path: str, site: str = "site") -> str:
    return (project / site / path / "index.html").read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def test_result_page_shows_each_timeline_as_an_ordered_list_with_dutch_dates(project):
    html = page(project, "dialoog/2026-03-12-huisbezoek")
    item = html[html.index('id="voorstel-1"') : html.index('id="voorstel-2"')]
    timeline = re.search(r'<p class="ww-progress__title" id="([^"]+)">Stap voor stap:</p>\s*<ol class="ww-progress" aria-labelledby="\1">(.*?)</ol>', item, re.S)
    assert timeline, item
    steps = re.findall(r'<li class="ww-progress__step"><time datetime="([\d-]+)">([^<]+)</time>: ([^<]+)</li>', timeline.group(2))
    assert steps == [
        ("2026-06-01", "1 juni 2026", "De nieuwe brief voor het huisbezoek is klaar."),
        ("2026-09-15", "15 september 2026", "De groep las de brief na. Het OCMW maakte de zinnen nog korter."),
    ]
    # The timeline comes under the decision; a waiting proposal shows when the answer is due.
    assert item.index("Besluit op") < item.index("Stap voor stap")
    waiting = html[html.index('id="voorstel-4"') :]
    assert "<dt>Antwoord voor</dt><dd>31 januari 2027</dd>" in waiting
    assert "ww-draft" not in html


def test_every_value_of_a_proposal_is_escaped(project):
    html = page(project, "dialoog/2026-11-10-post")
    assert "<b>" not in html[html.index('id="voorstel-1"') :]
    assert "Schrijf brieven met &lt;b&gt;vette&lt;/b&gt; woorden &amp; korte zinnen." in html
    assert "<dd>Kort is beter dan &lt;lang&gt; &amp; moeilijk. Dat zegt de groep.</dd>" in html
    assert ': De eerste brief met &lt;b&gt;vet&lt;/b&gt; &amp; korte zinnen is klaar.</li>' in html


def test_overview_shows_timelines_links_the_feed_and_keeps_ids_unique(project):
    html = page(project, "dialoog")
    assert html.count('class="ww-progress"') == 8  # every proposal with steps, in its status group
    assert '<time datetime="2026-11-20">20 november 2026</time>: Het nieuwe formulier ligt aan het onthaal.' in html
    head = html[: html.index("</head>")]
    assert re.search(r'<link rel="alternate" type="application/atom\+xml" href="feed.xml" title="[^"]+">', head)
    assert 'href="feed.xml" type="application/atom+xml">Volg de nieuwe besluiten' in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_a_draft_never_reaches_the_site_the_kiosk_or_the_feed(project):
    for site in ("site", "site-kiosk"):
        assert not (project / site / "dialoog" / "2026-11-19-concept").exists()
        for path in ("", "dialoog"):
            assert "stoelen" not in page(project, path, site).lower()
        assert "stoelen" not in (project / site / "search" / "search_index.json").read_text(encoding="utf-8").lower()
    assert b"stoelen" not in (project / "site" / "dialoog" / "feed.xml").read_bytes().lower()
    assert (project / "docs" / DRAFT_URI).read_text(encoding="utf-8") == DRAFT  # the source is untouched


def test_home_page_shows_the_latest_decisions_with_reason_and_a_working_link(project):
    for site in ("site", "site-kiosk"):
        html = page(project, "", site)
        block = html[html.index('<section class="ww-decisions"') : html.index("</section>", html.index("ww-decisions"))]
        assert '<h2 id="jullie-zeiden-wij-deden">Jullie zeiden, wij deden</h2>' in block
        items = re.findall(r'<li class="ww-decision">(.*?)</li>', block, re.S)
        assert len(items) == 4
        dates = re.findall(r'<time datetime="([\d-]+)">', block)
        assert dates == sorted(dates, reverse=True) and dates[0] == "2026-11-25"
        # Every value is escaped, and the short reason is the motivation's first sentence.
        assert '<a href="dialoog/2026-11-10-post/#voorstel-1">Schrijf brieven met &lt;b&gt;vette&lt;/b&gt; woorden &amp; korte zinnen.</a>' in items[0]
        assert '<p class="ww-decision__reason">Kort is beter dan &lt;lang&gt; &amp; moeilijk.</p>' in items[0]
        first = text_of(items[1])
        assert first.startswith("Maak een klachtenformulier van 1 bladzijde, in eenvoudige taal.")
        assert "Besluit: Ja, dat doen we ( 22 oktober 2026 )" in first
        assert first.endswith("Het oude formulier was te lang en te moeilijk.")
        for href in re.findall(r'<p class="ww-decision__text"><a href="([^"#]+)#([^"]+)"', block):
            target = page(project, href[0].rstrip("/"), site)
            assert f'id="{href[1]}"' in target
        # The card to the overview: big enough for a finger on the kiosk (the kiosk CSS styles a.ww-card).
        assert re.search(r'<a class="ww-card" href="dialoog/">', block)


def test_the_kiosk_has_no_feed(project):
    assert not (project / "site-kiosk" / "dialoog" / "feed.xml").exists()
    html = page(project, "dialoog", "site-kiosk")
    assert "application/atom+xml" not in html and "feed.xml" not in html


def test_the_built_feed_parses_and_is_reproducible(project, tmp_path):
    data = (project / "site" / "dialoog" / "feed.xml").read_bytes()
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.feed.title == "OCMW Kalmthout – Wegwijs: Jullie zeiden, wij deden"
    assert len(parsed.entries) == 20  # 10 decisions and 10 progress steps
    assert parsed.entries[0].summary.startswith("De eerste brief met <b>vet</b> & korte zinnen is klaar.")
    assert all(e.link.startswith("https://wegwijs.example.org/dialoog/2026-") for e in parsed.entries)
    again = build(project, "-d", str(tmp_path / "again"))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / "dialoog" / "feed.xml").read_bytes() == data


def test_overdue_review_warns_and_a_future_decision_fails_the_build(tmp_path):
    project = make_project(tmp_path / "p", examples=False)
    visit = project / "docs" / "dialoog" / "2026-03-12-huisbezoek.md"
    visit.write_text(visit.read_text(encoding="utf-8").replace("review_by: 2027-01-31", "review_by: 2026-11-01"), encoding="utf-8")
    review_line = visit.read_text(encoding="utf-8").splitlines().index("    review_by: 2026-11-01") + 1
    result = build(project)
    assert result.returncode == 0, result.stderr  # a warning: the site still builds ...
    assert f"docs/dialoog/2026-03-12-huisbezoek.md:{review_line}:5: WW210 Voorstel 4 is nog 'in-behandeling'" in result.stderr
    assert build(project, "--strict").returncode == 1  # ... but not under --strict
    complaints = project / "docs" / "dialoog" / "2026-09-24-klachten.md"
    text = complaints.read_text(encoding="utf-8").replace("decided: 2026-10-22", "decided: 2026-12-24", 1)
    complaints.write_text(text, encoding="utf-8")
    decided_line = text.splitlines().index("    decided: 2026-12-24") + 1
    failed = build(project)
    assert failed.returncode == 1
    assert f"docs/dialoog/2026-09-24-klachten.md:{decided_line}:5: WW206 Voorstel 1: het besluit valt op 24 december 2026" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_serve_shows_the_draft_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", TODAY_EPOCH)
    project = make_project(tmp_path / "p", examples=False, docs={DRAFT_URI: DRAFT})
    with mkdocs_serve(project) as (url, _):
        with urllib.request.urlopen(url + "dialoog/2026-11-19-concept/", timeout=60) as response:
            html = response.read().decode("utf-8")
        with urllib.request.urlopen(url, timeout=60) as response:
            home = response.read().decode("utf-8")
    assert "<strong>Concept.</strong> Alleen jij ziet deze pagina, in de preview." in html
    assert "Zet meer stoelen in de wachtzaal." in html
    assert "Zet meer stoelen in de wachtzaal." in home  # the newest decision, in the preview only
    assert (project / "docs" / DRAFT_URI).read_text(encoding="utf-8") == DRAFT


@requires_chromium
@pytest.mark.parametrize(
    ("site", "path", "size"),
    [("site", "", (1280, 800)), ("site", "dialoog/2026-03-12-huisbezoek/", (375, 740)), ("site-kiosk", "", (1080, 1920))],
)
def test_axe_finds_no_violations_on_the_block_and_the_timeline(project, site, path, size):
    with serve_directory(project / site) as base, browser_page(*size) as (browser, _):
        browser.goto(base + path)
        violations = axe_violations(browser)
        assert violations == [], describe(violations)
        if site == "site-kiosk":
            card = browser.locator(".ww-decisions a.ww-card").bounding_box()
            assert card["width"] >= 44 and card["height"] >= 44
