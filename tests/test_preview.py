"""Findings in place: a real `mkdocs serve` marks the hard sentences; a real `mkdocs build` never does."""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser import axe_violations, browser_page, describe, free_port, requires_chromium
from conftest import build, make_project
from wegwijs.findings import Rule, Severity
from wegwijs_mkdocs.preview import counts_text, sentence_text

LONG = (  # 27 words: a warning (above 20), not yet an error (above 30), so the build still passes
    "Als je een leefloon wil aanvragen moet je naar de sociale dienst van het OCMW gaan in de gemeente "
    "waar je woont en daar een gesprek hebben."
)
PASSIVE = "Je aanvraag wordt binnen dertig dagen door het comité behandeld."
SHEET = f"""---
title: Proef met moeilijke zinnen
description: Een fiche om de tips te testen.
category: hulp-en-geld
---

## Wat is het?

Dit is een korte zin. {LONG}

{PASSIVE}

Lees ook [de andere fiche](bestaat-niet.md).

## Voor wie?

Voor iedereen.
"""
GOOD_SHEET = """---
title: Een goede fiche
description: Een fiche zonder moeilijke zinnen.
category: hulp-en-geld
---

## Wat is het?

Het OCMW helpt je. Je krijgt uitleg.
"""


@contextlib.contextmanager
def mkdocs_serve(project: Path) -> Iterator[tuple[str, list[str]]]:
    """A real ``mkdocs serve`` on a free port; yields (base URL, log lines so far). Always stopped."""
    port = free_port()
    lines: queue.Queue[str] = queue.Queue()
    log: list[str] = []
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}",
         "-f", str(project / "mkdocs.yml")],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"},
    )

    def read() -> None:
        for line in process.stderr:
            lines.put(line.rstrip())

    threading.Thread(target=read, daemon=True).start()
    try:
        deadline = time.monotonic() + 180
        while not any("Serving on" in line for line in log):
            assert process.poll() is None, "mkdocs serve stopped:\n" + "\n".join(log)
            assert time.monotonic() < deadline, "mkdocs serve did not start:\n" + "\n".join(log)
            with contextlib.suppress(queue.Empty):
                log.append(lines.get(timeout=1))
        url = f"http://127.0.0.1:{port}/"
        urllib.request.urlopen(url, timeout=30).close()
        yield url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(
        tmp_path_factory.mktemp("preview"),
        sheets={"proef.md": SHEET, "goed.md": GOOD_SHEET},
        examples=False,
    )


@pytest.fixture(scope="module")
def served(project: Path) -> Iterator[str]:
    with mkdocs_serve(project) as (url, _):
        yield url


def open_sheet(page, url: str, slug: str = "proef") -> None:
    page.goto(f"{url}fiches/{slug}/")
    page.wait_for_selector(".ww-preview[data-ww-placed]")


@requires_chromium
def test_serve_marks_the_hard_sentences_with_number_and_hint(served: str) -> None:
    with browser_page() as (page, _):
        open_sheet(page, served)

        summary = page.locator(".ww-preview__summary").inner_text()
        sentences = " ".join(" ".join(page.locator("mark.ww-sentence").all_inner_texts()).split())
        marked = " ".join(" ".join(page.locator("mark.ww-mark").all_inner_texts()).split())
        hints = page.locator(".ww-hint").all_inner_texts()
        numbers = page.locator("a.ww-badge").all_inner_texts()

        assert "Niveau" in summary and "waarschuwing" in summary
        assert " ".join(LONG.split()[:6]) in sentences  # the long sentence
        assert "wordt" in marked  # the passive one: its words, not the whole sentence
        assert "Je aanvraag" not in marked
        assert "Dit is een korte zin" not in sentences + marked
        assert any("WW101" in hint for hint in hints)
        assert any("WW107" in hint for hint in hints)
        assert any("WW501" in hint for hint in hints)
        # Not colour alone: every mark is underlined and carries a visible number.
        for selector in ("mark.ww-mark", "mark.ww-sentence--whole"):
            decoration = page.locator(selector).first.evaluate("m => getComputedStyle(m).textDecorationLine")
            assert "underline" in decoration
        assert len(numbers) == len(hints) and all(n.replace("tip", "").strip().isdigit() for n in numbers)
        ours = [v for v in axe_violations(page) if any("ww-" in str(n) for n in v["nodes"])]
        assert ours == [], describe(ours)


@requires_chromium
def test_glossary_buttons_and_preview_marks_work_together(served: str) -> None:
    """"leefloon" in the long sentence is a glossary button: the sentence is still found and marked,
    its explanation is not read as part of it, the button still opens, no number sits inside it."""
    with browser_page() as (page, _):
        open_sheet(page, served)
        term = page.locator("mark.ww-sentence").locator("xpath=ancestor::p").locator("button[data-ww-term]").first
        assert term.inner_text() == "leefloon"
        assert term.locator("mark.ww-sentence").count() == 1  # the sentence's background runs through it
        assert page.locator("button a.ww-badge, [data-ww-term-uitleg] mark, [data-ww-term-uitleg] .ww-badge").count() == 0
        numbers = [int(n.replace("tip", "").strip()) for n in page.locator("a.ww-badge").all_inner_texts()]
        assert numbers == sorted(numbers) and len(numbers) >= 3  # reading order, also past the button

        term.click()

        explanation = page.locator(f"#{term.get_attribute('aria-controls')}")
        assert term.get_attribute("aria-expanded") == "true" and explanation.is_visible()
        assert "leefloon" in explanation.inner_text().lower()
        size = "e => parseFloat(getComputedStyle(e).fontSize)"
        assert explanation.evaluate(size) >= term.locator("xpath=ancestor::p").evaluate(size)  # reading size
        ours = [v for v in axe_violations(page) if any("ww-" in str(n) for n in v["nodes"])]
        assert ours == [], describe(ours)

        term.click()

        assert term.get_attribute("aria-expanded") == "false" and not explanation.is_visible()


@requires_chromium
def test_the_button_hides_and_shows_the_marks(served: str) -> None:
    with browser_page() as (page, _):
        open_sheet(page, served)
        button = page.get_by_role("button", name="Verberg de tips")
        hint = page.locator(".ww-hint").first
        mark = page.locator("mark.ww-mark").first
        assert button.get_attribute("aria-pressed") == "false" and hint.is_visible()

        button.click()

        toggle = page.locator(".ww-preview__toggle")
        assert toggle.get_attribute("aria-pressed") == "true"
        assert toggle.inner_text() == "Toon de tips"
        assert not hint.is_visible()
        assert not page.locator("a.ww-badge").first.is_visible()
        assert mark.evaluate("m => getComputedStyle(m).textDecorationLine") == "none"

        page.reload()  # a livereload after saving keeps the choice
        page.wait_for_selector(".ww-preview[data-ww-placed]")
        assert page.locator(".ww-preview__toggle").get_attribute("aria-pressed") == "true"

        page.get_by_role("button", name="Toon de tips").click()

        assert page.locator(".ww-preview__toggle").get_attribute("aria-pressed") == "false"
        assert page.locator(".ww-hint").first.is_visible()


@requires_chromium
def test_a_good_page_says_so(served: str) -> None:
    with browser_page() as (page, _):
        open_sheet(page, served, "goed")

        assert page.locator("mark.ww-mark").count() == 0
        assert "geen tips" in page.locator(".ww-preview__summary").inner_text()


def test_build_output_has_no_preview(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = build(project, "-d", str(site))

    assert result.returncode == 0, result.stderr
    html = (site / "fiches" / "proef" / "index.html").read_text(encoding="utf-8")
    assert "wil aanvragen moet je naar de sociale dienst" in html
    for marker in ("ww-preview", "ww-mark", "ww-hint", "preview.js", "preview.css"):
        assert marker not in html
    assert not (site / "assets" / "wegwijs" / "preview.js").exists()
    assert not (site / "assets" / "wegwijs" / "preview.css").exists()
    assert not any("ww-preview" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


RULE = Rule("WW999", "proef", Severity.WARNING)
SOURCE = """---
title: x
---

## Wat is het?

Een korte zin. Lees ook [de andere fiche](elders.md) voor **meer** uitleg
over alles. Nog een zin.

- Een punt. Nog een punt.
""".split("\n")


@pytest.mark.parametrize(
    ("line", "column", "expected"),
    [
        (5, 1, "Wat is het?"),
        (7, 1, "Een korte zin."),
        (7, 30, "Lees ook de andere fiche voor meer uitleg over alles."),
        (8, 3, "Lees ook de andere fiche voor meer uitleg over alles."),
        (8, 14, "Nog een zin."),
        (10, 1, "Een punt."),
        (10, 14, "Nog een punt."),
        (1, 1, None),
    ],
)
def test_sentence_text_is_the_rendered_text_of_the_finding_sentence(line, column, expected) -> None:
    assert sentence_text(RULE.finding("m", "p", line, column), SOURCE, body_line=4) == expected


def test_counts_are_plain_dutch() -> None:
    findings = [RULE.finding("m", "p"), RULE.finding("m", "p", 2), RULE.finding("m", "p", severity=Severity.ERROR)]
    assert counts_text(findings) == "2 waarschuwingen · 1 fout"
    assert counts_text([]) == "geen tips"


BROKEN_SHEET = GOOD_SHEET.replace("category: hulp-en-geld", "catgory: hulp-en-geld")


@requires_chromium
def test_a_broken_sheet_shows_a_dutch_error_page_that_heals_itself(tmp_path: Path) -> None:
    project = make_project(tmp_path / "heal", sheets={"heel.md": GOOD_SHEET}, examples=False)
    sheet = project / "theme_sheets" / "heel.md"
    with mkdocs_serve(project) as (url, _), browser_page() as (page, _):
        page.goto(f"{url}fiches/heel/")
        page.wait_for_selector(".ww-preview[data-ww-placed]")

        sheet.write_text(BROKEN_SHEET, encoding="utf-8")
        page.wait_for_selector(".ww-error", timeout=120_000)  # livereload, no page.reload()

        assert page.url == f"{url}fiches/heel/"
        text = page.locator(".ww-error").inner_text()
        assert "Deze fiche heeft 2 fouten" in text
        assert "Regel 4, kolom 1: WW004" in text
        assert "Het veld 'catgory' kennen we niet. Bedoel je 'category'?" in text
        here = page.locator(".ww-error__line--here").all_inner_texts()
        assert any("catgory: hulp-en-geld" in line and "hier" in line for line in here)
        assert page.locator("html").get_attribute("lang") == "nl"
        assert axe_violations(page) == [], describe(axe_violations(page))

        sheet.write_text(GOOD_SHEET, encoding="utf-8")
        page.wait_for_selector(".ww-preview[data-ww-placed]", timeout=120_000)

        assert page.url == f"{url}fiches/heel/"
        assert page.locator(".ww-error").count() == 0
        assert "Het OCMW helpt je." in page.locator("article").inner_text()


@requires_chromium
def test_a_missing_page_is_a_dutch_404_that_shows_the_page_once_it_exists(tmp_path: Path) -> None:
    project = make_project(tmp_path / "new", sheets={"heel.md": GOOD_SHEET}, examples=False)
    with mkdocs_serve(project) as (url, _), browser_page() as (page, _):
        response = page.goto(f"{url}fiches/nieuw/")

        assert response.status == 404
        assert page.get_by_role("heading", level=1).inner_text() == "Deze pagina bestaat niet"
        assert "Not found" not in page.content()

        (project / "theme_sheets" / "nieuw.md").write_text(GOOD_SHEET, encoding="utf-8")
        page.wait_for_selector(".ww-preview[data-ww-placed]", timeout=120_000)

        assert page.url == f"{url}fiches/nieuw/"


def test_build_stays_strict_and_makes_no_error_page(tmp_path: Path) -> None:
    project = make_project(tmp_path / "strict", sheets={"kapot.md": BROKEN_SHEET}, examples=False)
    site = tmp_path / "site"
    result = build(project, "-d", str(site))

    assert result.returncode == 1
    assert "theme_sheets/kapot.md:4:1: WW004" in result.stderr
    assert not (site / "fiches" / "kapot").exists()
    assert not any("ww-error" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


MANY = (  # six officialese words in one long sentence: seven findings on one line
    "Indien je geld nodig hebt, kan je thans reeds een aanvraag doen teneinde tijdig hulp te krijgen van "
    "het OCMW en derhalve minder zorgen te hebben over je huur en je rekeningen en je eten."
)
MANY_SHEET = f"""---
title: Proef met veel tips
description: Een fiche met veel tips in een zin.
category: hulp-en-geld
---

## Wat is het?

{MANY}

Je aanvraag wordt door het comité behandeld.
"""


@requires_chromium
def test_numbers_follow_the_words_in_reading_order(tmp_path: Path) -> None:
    project = make_project(tmp_path / "order", sheets={"veel.md": MANY_SHEET}, examples=False)
    with mkdocs_serve(project) as (url, log), browser_page() as (page, _):
        page.goto(f"{url}fiches/veel/")
        page.wait_for_selector(".ww-preview[data-ww-placed]")

        # Each officialese word is underlined on its own, with its number right after it.
        pairs = page.evaluate(
            """() => Array.from(document.querySelectorAll('mark.ww-mark')).map(m => {
                 let next = m.nextElementSibling;
                 return [m.textContent, next && next.classList.contains('ww-badge') ? next.textContent : null];
               })"""
        )
        words = [word for word, _ in pairs]
        assert words[:6] == ["Indien", "thans", "reeds", "teneinde", "tijdig", "derhalve"]
        numbers = [int(n.replace("tip", "")) for n in page.locator("a.ww-badge").all_inner_texts()]
        assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))
        assert [int(b.replace("tip", "")) for _, b in pairs[:6]] == numbers[:6]
        # The long sentence (WW101) has its number after the sentence, after its words' numbers.
        sentence_badge = page.locator("mark.ww-sentence--whole").last.evaluate(
            "m => { let n = m.nextElementSibling; while (n && !n.classList.contains('ww-badge')) n = n.nextElementSibling; return n && n.textContent; }"
        )
        assert int(sentence_badge.replace("tip", "")) == numbers[6]
        # On screen too the numbers read left to right, line by line.
        boxes = page.evaluate(
            "() => Array.from(document.querySelectorAll('a.ww-badge')).map(b => b.getBoundingClientRect()).map(r => [Math.round(r.bottom), r.left])"
        )
        assert boxes == sorted(boxes)

        # The list is closed and counts the tips; every tip links to its place in the page.
        details = page.locator(".ww-preview details")
        assert details.evaluate("d => d.open") is False
        count = page.locator(".ww-preview__data").evaluate("s => JSON.parse(s.textContent).findings.length")
        assert f"Alle tips op een rij ({count})" in details.locator("summary").inner_text()
        targets = details.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert len(targets) == count
        for target in targets:
            assert page.locator(target).count() == 1, target

        # A finding about the whole page (WW103) sits under the title, and the terminal names the title line.
        under_title = page.locator("h1 + .ww-hints--page").inner_text()
        assert "WW103" in under_title
        assert any("theme_sheets/veel.md:2:1: WW103" in line for line in log)
        ours = [v for v in axe_violations(page) if any("ww-" in str(n) for n in v["nodes"])]
        assert ours == [], describe(ours)


@requires_chromium
def test_a_rebuild_shows_the_edit_and_keeps_the_other_pages(tmp_path: Path) -> None:
    """During serve only changed pages are rendered again; the edit shows, pages drawn from it follow."""
    project = make_project(tmp_path / "edit", sheets={"proef.md": SHEET, "goed.md": GOOD_SHEET}, examples=False)
    with mkdocs_serve(project) as (url, _), browser_page() as (page, _):
        page.goto(f"{url}fiches/proef/")
        page.wait_for_selector(".ww-preview[data-ww-placed]")
        before = page.locator(".ww-preview__data").inner_text()

        good = project / "theme_sheets" / "goed.md"
        good.write_text(GOOD_SHEET.replace("Een goede fiche", "Een betere fiche"), encoding="utf-8")
        page.goto(f"{url}categorie/hulp-en-geld/")
        # The page may be between two documents (livereload reloads it): no body for a moment.
        page.wait_for_function("() => document.body?.innerText.includes('Een betere fiche')", timeout=120_000)

        page.goto(f"{url}fiches/goed/")
        assert page.get_by_role("heading", level=1).inner_text() == "Een betere fiche"
        page.goto(f"{url}fiches/proef/")
        page.wait_for_selector(".ww-preview[data-ww-placed]")
        assert page.locator(".ww-preview__data").inner_text() == before  # every finding still there
        assert page.locator("mark.ww-sentence").count() > 0
