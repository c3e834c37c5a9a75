"""Readers first (issue 15): glossary words open at reading size, search people can find and
understand, the phone number on top, staff pages out of the way, a kiosk that never strands anyone.
Real builds, real Chromium, real Material search (lunr in its web worker)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from a11y_sites import page_paths, sites  # noqa: F401  (session fixture)
from speech import speaking_page, speech_dispatcher  # noqa: F401  (fixture)
from browser import VIEWPORTS, axe_violations, browser_page, describe, requires_chromium, serve_directory

pytestmark = [pytest.mark.browser, requires_chromium]

QUERIES = Path(__file__).parent / "data" / "zoekvragen.csv"
OUTPUT = Path(__file__).resolve().parents[1] / "test-output"
SHEET = "fiches/het-leefloon/"


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


# -- Glossary words: a disclosure at reading size ---------------------------------------------


def test_only_the_first_occurrence_per_section_is_marked(sites) -> None:  # noqa: F811
    html = html_of(sites.site, SHEET)
    article = html.split('id="inhoud"', 1)[1]
    for section in re.split(r"<h2\b", article):
        words = re.findall(r'data-ww-term>([^<]+)</button>', section)
        assert len(words) == len(set(words)), words
    # The word occurs more often than it is marked: "leefloon" 3 times in one paragraph is noise.
    assert article.count("leefloon") > len(re.findall(r"data-ww-term>leefloon<", article))
    assert "<abbr" not in article


@pytest.mark.parametrize("build", ["site", "kiosk"])
def test_a_term_opens_in_place_at_reading_size_and_closes(sites, build: str) -> None:  # noqa: F811
    size = VIEWPORTS["phone"] if build == "site" else VIEWPORTS["kiosk"]
    with serve_directory(getattr(sites, build)) as base, browser_page(*size, has_touch=True) as (page, _):
        page.goto(base + SHEET)
        word = page.get_by_role("button", name="leefloon").first
        panel = page.locator("#" + word.get_attribute("aria-controls"))
        assert word.get_attribute("aria-expanded") == "false" and not panel.is_visible()
        # The dotted line runs unbroken under "maatschappelijk werker" (no gaps at j, p, g).
        line = page.evaluate("(el) => getComputedStyle(el).textDecorationSkipInk", word.element_handle())
        assert line == "none"
        word.tap()
        assert word.get_attribute("aria-expanded") == "true" and panel.is_visible()
        assert "Geld van het OCMW om van te leven" in panel.inner_text()
        body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#inhoud p')).fontSize)")
        shown = page.evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)", panel.element_handle())
        assert shown >= body >= (22 if build == "kiosk" else 18)
        page.screenshot(path=str(OUTPUT / f"woord-open-{build}.png"))
        word.tap()
        assert word.get_attribute("aria-expanded") == "false" and not panel.is_visible()
        # By keyboard: Enter opens, Escape closes, focus stays on the word.
        word.focus()
        page.keyboard.press("Enter")
        assert panel.is_visible()
        page.keyboard.press("Escape")
        assert not panel.is_visible()
        assert page.evaluate("document.activeElement.hasAttribute('data-ww-term')")


@pytest.mark.parametrize("build", ["site", "kiosk"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_axe_finds_nothing_with_every_term_open(sites, build: str, viewport: str) -> None:  # noqa: F811
    found = {}
    with serve_directory(getattr(sites, build)) as base, browser_page(*VIEWPORTS[viewport]) as (page, _):
        for path in ("", "categorie/hulp-en-geld/", SHEET, "fiches/uitpas-met-kansentarief/"):
            page.goto(base + path)
            for word in page.locator("[data-ww-term]").all():
                word.click()
            assert page.locator("[data-ww-term-uitleg]:visible").count() >= 1, path
            if violations := axe_violations(page):
                found[path] = describe(violations)
    assert found == {}, found


# -- Search: found with everyday words, told in plain Dutch -----------------------------------


def open_search(page) -> None:
    icon = page.locator("label.md-header__button[for=__search]")
    if icon.is_visible():
        icon.click()
    page.locator("input.md-search__input").click()
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('Typ')")


def search(page, query: str) -> list[str]:
    """Type ``query`` into Material's search; the result links, best first, as site paths."""
    field = page.locator("input.md-search__input")
    field.fill(query[:-1])
    field.press(query[-1])  # Material searches on keyup
    page.wait_for_function(
        "(q) => { const m = document.querySelector('.md-search-result__meta').textContent;"
        " return document.querySelector('input.md-search__input').value === q && !m.includes('Typ'); }",
        arg=query,
    )
    page.wait_for_timeout(150)  # the result list follows the count in the same frame or the next
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "els => els.map(e => new URL(e.href).pathname.replace(/^\\//, ''))"
    )


def hit_rate(site: Path, queries: list[dict[str, str]]) -> tuple[float, list[str]]:
    misses = []
    with serve_directory(site) as base, browser_page(1280, 800) as (page, log):
        page.goto(base)
        open_search(page)
        for row in queries:
            results = search(page, row["vraag"])
            if not results or results[0] != f"fiches/{row['fiche']}/":
                misses.append(f"{row['vraag']!r} -> {results[:1]} (verwacht {row['fiche']})")
        assert log.foreign(base) == []
    return 1 - len(misses) / len(queries), misses


def test_everyday_words_find_the_right_sheet_first(sites, tmp_path) -> None:  # noqa: F811
    queries = list(csv.DictReader(QUERIES.open(encoding="utf-8")))
    assert len(queries) >= 40
    assert {f"fiches/{q['fiche']}/" for q in queries} <= set(page_paths(sites.site))
    rate, misses = hit_rate(sites.site, queries)
    # Baseline, measured in the same run: the same site without the everyday words in the index.
    plain = tmp_path / "zonder-woorden"
    shutil.copytree(sites.site, plain)
    index_path = plain / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    index["config"]["fields"].pop("woorden")
    for doc in index["docs"]:
        doc.pop("woorden", None)
    index_path.write_text(json.dumps(index), encoding="utf-8")
    baseline, _ = hit_rate(plain, queries)
    print(f"\nzoekvragen: {len(queries)}; juist als eerste: {rate:.0%} (zonder zoekwoorden: {baseline:.0%})")
    assert rate >= 0.9, "\n".join(misses)
    assert rate > baseline


@pytest.mark.parametrize("build", ["site", "kiosk"])
def test_home_search_field_is_big_and_opens_plain_dutch_results(sites, build: str) -> None:  # noqa: F811
    size = VIEWPORTS["phone"] if build == "site" else VIEWPORTS["kiosk"]
    with serve_directory(getattr(sites, build)) as base, browser_page(*size, has_touch=True) as (page, _):
        page.goto(base)
        field = page.get_by_role("searchbox", name="Wat zoek je?")
        box = field.bounding_box()
        assert box["height"] >= 56 and box["width"] >= 200
        field.tap()
        field.fill("geld tekort")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"\?q="))
        page.locator(".md-search-result__item").first.wait_for()
        meta = page.locator(".md-search-result__meta").inner_text()
        assert re.fullmatch(r"\d+ fiches? gevonden", meta), meta
        first = page.locator(".md-search-result__item > a").first.get_attribute("href")
        assert first.rstrip("/").endswith("fiches/het-leefloon")
        # No struck-through "Ontbreekt" jargon, no English.
        assert not page.locator(".md-search-result__terms:visible").count()
        assert "Ontbreekt" not in page.locator(".md-search-result").inner_text()
        page.screenshot(path=str(OUTPUT / f"zoeken-{build}.png"))
        search(page, "qwxyz")
        assert page.locator(".md-search-result__meta").inner_text().startswith("We vonden niets")


def result_texts_smaller_than(page, pixels: float) -> list:
    """Every visible element in the search results with its own text under ``pixels`` px."""
    return page.evaluate(
        """(pixels) => [...document.querySelectorAll('.md-search-result *')]
             .filter(e => e.offsetParent !== null
               && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
             .map(e => [e.tagName + '.' + e.className, parseFloat(getComputedStyle(e).fontSize)])
             .filter(([, size]) => size < pixels)""",
        pixels,
    )


def test_search_results_grow_with_the_biggest_letters(sites) -> None:  # noqa: F811
    """Material writes result titles, tags and "Nog 6 stukken" at .64-.8rem; with "Heel groot"
    every text in the results is at least 24 px (16 px x 1.5) on a phone."""
    with serve_directory(sites.site) as base, browser_page(*VIEWPORTS["phone"]) as (page, _):
        page.goto(base)
        page.get_by_role("button", name="Letters").click()
        page.get_by_role("button", name="Heel groot").click()
        page.goto(base + "?q=geld+tekort")
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_timeout(300)
        assert result_texts_smaller_than(page, 24) == []


def test_kiosk_search_results_fill_the_screen_below_the_field_at_reading_size(sites) -> None:  # noqa: F811
    """Material opens its results as a panel narrower than the portrait screen, with the count
    under the field and 16 px text; in the kiosk they take the width, start below the header, are
    at least 20 px, and a long list (the glossary) shows only its first items."""
    width, height = VIEWPORTS["kiosk"]
    with serve_directory(sites.kiosk) as base, browser_page(width, height, has_touch=True) as (page, _):
        page.goto(base + "?q=geld+tekort")
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_timeout(300)
        form = page.locator(".md-search__form").bounding_box()
        meta = page.locator(".md-search-result__meta").bounding_box()
        panel = page.locator(".md-search__scrollwrap").bounding_box()
        assert meta["y"] >= form["y"] + form["height"] - 1, (meta, form)
        assert panel["x"] <= 1 and panel["width"] >= width - 2, panel
        assert result_texts_smaller_than(page, 20) == []
        assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-search__input')).fontSize)") >= 20
        lists = page.evaluate(
            """() => [...document.querySelectorAll('.md-search-result__article > ul')]
                 .map(l => l.getBoundingClientRect().height / parseFloat(getComputedStyle(l).fontSize))"""
        )
        assert lists and max(lists) <= 9.1, lists
        page.screenshot(path=str(OUTPUT / "zoeken-kiosk-resultaten.png"))
        # Closed again, the panel must not stay over the page and catch its taps.
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.querySelector('[data-md-toggle=search]').checked")
        page.get_by_role("button", name="Heel groot").tap()  # a taller header: the panel must not cover it
        field = page.locator("input.md-search__input").bounding_box()
        points = [[field["x"] + field["width"] / 2, field["y"] + field["height"] / 2],
                  [width / 2, height / 3], [width / 2, height / 2], [width / 4, height * 2 / 3]]
        caught = page.evaluate(
            """(points) => points.map(([x, y]) => document.elementFromPoint(x, y))
                 .filter(e => e && e.closest('.md-search__output')).length""",
            points,
        )
        assert caught == 0


def _contrast(page, selector: str, pseudo: str | None = None) -> float:
    return page.evaluate(
        """([sel, pseudo]) => {
             const el = document.querySelector(sel);
             const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 4).map(Number);
             const fg = rgb(getComputedStyle(el, pseudo).color);
             let node = el, bg = null;
             while (node && node.nodeType === 1) {  // the first opaque background behind the field
               const c = rgb(getComputedStyle(node).backgroundColor);
               if (c.length < 4 || c[3] === 1) { bg = c; break; }
               node = node.parentElement;
             }
             bg = bg || [255, 255, 255];
             const lum = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
               return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
               return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
             const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
             return (a + 0.05) / (b + 0.05); }""",
        [selector, pseudo],
    )


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_search_placeholder_is_readable(sites, viewport: str) -> None:  # noqa: F811
    with serve_directory(sites.site) as base, browser_page(*VIEWPORTS[viewport]) as (page, _):
        page.goto(base)
        if viewport == "phone":
            open_search(page)
        assert page.locator("input.md-search__input").get_attribute("placeholder") == "Wat zoek je?"
        assert _contrast(page, "input.md-search__input", "::placeholder") >= 4.5


# -- Every page: phone number on top, staff pages out of the way, Dutch footer -----------------


@pytest.mark.parametrize("build", ["site", "kiosk"])
def test_every_page_has_the_phone_number_on_top(sites, build: str) -> None:  # noqa: F811
    site = getattr(sites, build)
    for path in page_paths(site):
        html = (site / path / "index.html" if path != "404.html" else site / "404.html").read_text("utf-8")
        top = html.split('class="ww-top__phone"', 1)
        assert len(top) == 2, path
        if build == "site":
            assert '<a href="tel:036201560">03 620 15 60</a>' in top[1][:600], path
        else:
            assert "<strong>03 620 15 60</strong>" in top[1][:600] and 'href="tel:' not in html, path


def test_staff_pages_are_out_of_the_clients_way(sites) -> None:  # noqa: F811
    for build in ("site", "kiosk"):
        site = getattr(sites, build)
        for path in page_paths(site):
            html = (site / path / "index.html" if path != "404.html" else site / "404.html").read_text("utf-8")
            nav = html.split('class="md-nav md-nav--primary"', 1)[-1].split("</nav>", 1)[0]
            assert "Handleiding" not in nav and "handleiding/" not in nav, (build, path)
            assert "Material for MkDocs" not in html and "Gemaakt met" not in html, (build, path)
            if build == "kiosk":
                assert "Voor medewerkers" not in html and "Vorige pagina" not in html, path
    home = html_of(sites.site, "")
    assert re.search(r'<a href="handleiding/">Voor medewerkers</a>', home)
    index = json.loads((sites.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("handleiding/")]


def test_contact_block_never_breaks_a_word_at_the_biggest_letters(sites) -> None:  # noqa: F811
    broken_words = """(selector) => {
      const out = [];
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          for (const m of node.textContent.matchAll(/[^\\s-]+-?/g)) {  // a break after a hyphen is fine
            const range = document.createRange();
            range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) out.push(m[0]);
          }
        }
      }
      return out; }"""
    lines = "(s) => [...document.querySelectorAll(s)].map(e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)))"
    with serve_directory(sites.site) as base, browser_page(*VIEWPORTS["phone"]) as (page, _):
        page.goto(base)
        page.get_by_role("button", name="Letters").click()
        page.get_by_role("button", name="Heel groot").click()
        page.goto(base + "fiches/uitpas-met-kansentarief/")
        page.screenshot(path=str(OUTPUT / "contact-heel-groot.png"), full_page=True)
        assert page.evaluate(broken_words, ".ww-contact dd, .ww-footer__list li") == []
        assert max(page.evaluate(lines, ".ww-email")) <= 3
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        # Header and top strip leave most of the first screen to the text.
        top = page.evaluate("document.querySelector('.ww-top').getBoundingClientRect().bottom")
        assert top <= 0.25 * VIEWPORTS["phone"][1]
        title = page.locator(".md-header__title .md-ellipsis").first
        assert page.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1", title.element_handle())


def test_category_cards_keep_their_grid(sites) -> None:  # noqa: F811
    with serve_directory(sites.site) as base, browser_page(*VIEWPORTS["laptop"]) as (page, _):
        page.goto(base + "categorie/hulp-en-geld/")
        style = page.evaluate(
            "(() => { const u = document.querySelector('.ww-cards'); const s = getComputedStyle(u);"
            " const li = getComputedStyle(u.children[0]);"
            " return [s.display, parseFloat(s.rowGap), parseFloat(li.marginLeft), parseFloat(s.paddingLeft)]; })()"
        )
        assert style == ["grid", pytest.approx(style[1]), 0, 0] and style[1] >= 16
        boxes = [c.bounding_box() for c in page.locator("a.ww-card").all()]
        assert all(b["y"] + b["height"] < n["y"] for b, n in zip(boxes, boxes[1:]))


# -- Kiosk: tiles that fill the screen, a way back at the end, QR codes after the paragraph ----


def test_kiosk_home_tiles_fill_the_portrait_screen(sites) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, browser_page(*VIEWPORTS["kiosk"], has_touch=True) as (page, _):
        page.goto(base)
        page.screenshot(path=str(OUTPUT / "kiosk-start-tegels.png"))
        tiles = [t.bounding_box() for t in page.locator("a.ww-tile").all()]
        assert len({round(t["x"]) for t in tiles}) == 2  # two columns
        assert all(t["width"] >= 400 and t["height"] >= 300 for t in tiles)
        assert max(t["y"] + t["height"] for t in tiles) >= 0.85 * VIEWPORTS["kiosk"][1]
        assert page.get_by_role("searchbox", name="Wat zoek je?").is_visible()


def test_kiosk_sheet_ends_with_back_and_start_and_no_wandering_links(sites) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, browser_page(*VIEWPORTS["kiosk"], has_touch=True) as (page, _):
        page.goto(base + SHEET)
        end = page.get_by_role("navigation", name="Terug, onderaan de pagina")
        end.scroll_into_view_if_needed()
        assert end.get_by_role("link", name="Terug naar Hulp en geld").is_visible()
        assert page.locator(".md-footer__link").count() == 0
        end.get_by_role("link", name="Naar het begin").tap()
        page.wait_for_url(base)


def test_kiosk_qr_code_is_a_block_after_its_paragraph(sites) -> None:  # noqa: F811
    html = html_of(sites.kiosk, "meer-hulp")
    paragraph = re.search(r"<p>Lees meer over de (.*?)</p>(\s*)<div class=\"ww-qr\">", html, re.S)
    assert paragraph, "the QR block follows the paragraph"
    assert "ww-qr__box" not in paragraph.group(1) and "de site van UiTPAS" in paragraph.group(1)


# -- Read aloud: the sentence being read is marked; pause, stop, slower ------------------------


def test_read_aloud_marks_the_sentence_and_can_pause_stop_and_go_slower(sites, speech_dispatcher) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, speaking_page(speech_dispatcher, VIEWPORTS["kiosk"]) as page:
        page.goto(base + "fiches/het-leefloon/")
        page.locator("[data-ww-readaloud]").wait_for(state="visible", timeout=15_000)
        page.get_by_role("button", name="Lees voor").tap()
        spoken = page.evaluate("window.__spoken.map(s => s.text)")
        # One utterance per sentence: "Het leefloon is een inkomen van het OCMW." alone.
        assert "Het leefloon is een inkomen van het OCMW." in spoken
        assert not any("Geld van het OCMW om van te leven" in s for s in spoken)  # closed explanation
        marked = page.evaluate(
            "(() => { const h = CSS.highlights.get('ww-voorlezen'); const r = [...h][0];"
            " const el = document.querySelector('.ww-reading');"
            " return [r.toString().trim(), el.tagName, el.getBoundingClientRect().top < innerHeight]; })()"
        )
        assert marked == [spoken[0], "H1", True]
        pause = page.get_by_role("button", name="Pauze")
        pause.tap()
        assert page.get_by_role("button", name="Lees verder").is_visible()
        page.get_by_role("button", name="Lees verder").tap()
        before = len(spoken)
        page.get_by_role("button", name="Trager").tap()
        assert page.get_by_role("button", name="Trager").get_attribute("aria-pressed") == "true"
        assert page.locator("[data-ww-readaloud]").get_attribute("data-rate") == "0.65"
        again = page.evaluate("window.__spoken.map(s => s.text)")[before:]
        assert again and again[0] in spoken  # goes on from the sentence it was reading
        page.get_by_role("button", name="Stop met voorlezen").tap()
        assert page.get_by_role("button", name="Lees voor").is_visible()
        assert page.evaluate("CSS.highlights.has('ww-voorlezen')") is False
        assert page.locator(".ww-reading").count() == 0


# -- The staff report --------------------------------------------------------------------------


def test_staff_report_shows_sentences_lines_and_sheets_to_review(sites) -> None:  # noqa: F811
    report = html_of(sites.site, "leesbaarheid")
    sentences = re.findall(r'<ol class="ww-report-sentences">(.*?)</ol>', report, re.S)
    assert sentences
    items = re.findall(r"<li>(.*?)</li>", "".join(sentences), re.S)
    assert all(len(re.sub(r"<[^>]+>|\(.*?\)", "", i).split()) >= 3 for i in items)
    assert not re.search(r"WW\d{3} \(score", report)
    assert not re.search(r"<code>\d+:\d+</code>", report)
    assert re.search(r"\(regel \d+, leesscore -?\d+\)", report)
    reviews = re.search(r'<ul class="ww-report-reviews">(.*?)</ul>', report, re.S).group(1)
    # The example sheets without a review line by the group are listed, with a plain reason.
    assert "UiTPAS met kansentarief</a>: Nooit nagelezen door de participatiegroep" in reviews
    assert "Het leefloon<" not in reviews
