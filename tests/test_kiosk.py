"""The kiosk build in a real Chromium at the kiosk's size, used by taps: walk, links, targets, idle
reset and read-aloud. Screenshots for a person to look at go to test-output/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from a11y_sites import page_paths, sites  # noqa: F401  (session fixture)
from browser import browser_page, requires_chromium, serve_directory, wait_until
from conftest import REPO, build, make_project

from speech import speaking_page, speech_dispatcher  # noqa: F401  (fixture)
from wegwijs.kiosk.voices import dutch_voice_problem

pytestmark = [pytest.mark.browser, requires_chromium]

KIOSK = (1080, 1920)
OUTPUT = REPO / "test-output"

#: Everything a finger can activate.
INTERACTIVE = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, label[for], "
    "[role=button], [tabindex]:not([tabindex='-1'])"
)
TARGETS_TOO_SMALL = """(selector) => [...document.querySelectorAll(selector)].filter(el => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!el.getClientRects().length || style.visibility === 'hidden' || box.width === 0 || box.height === 0) return false;
    // Faded out and not touchable (Material's search buttons while the search is closed).
    if (style.opacity === '0' || style.pointerEvents === 'none') return false;
    return box.width < 44 || box.height < 44;
  }).map(el => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`)"""


def all_html(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


# -- What the kiosk build leaves out ------------------------------------------------------------


def test_kiosk_leaves_out_staff_pages_downloads_and_outside_links(sites) -> None:  # noqa: F811
    kiosk = sites.kiosk
    assert (sites.site / "intern" / "index.html").is_file()  # the website keeps them
    assert (sites.site / "handleiding" / "index.html").is_file()
    assert not (kiosk / "intern").exists()
    assert not (kiosk / "handleiding").exists()
    assert not list(kiosk.rglob("*.pdf"))
    search_index = (kiosk / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Interne nota" not in search_index and "handleiding/" not in search_index
    for name, html in all_html(kiosk).items():
        hrefs = re.findall(r'<a\b[^>]*\bhref="([^"]*)"', html)
        leaving = [h for h in hrefs if re.match(r"^(https?:|//|tel:|mailto:|javascript:)", h) or h.endswith(".pdf")]
        assert leaving == [], name
        assert "handleiding/" not in " ".join(hrefs) and "intern/" not in " ".join(hrefs), name
        assert " download" not in html and "window.print" not in html, name
        assert "Material for MkDocs" not in html and "edit" not in " ".join(hrefs), name
    nav = all_html(kiosk)["index.html"]
    assert "Handleiding" not in nav and "Interne nota" not in nav


def test_outside_link_becomes_text_with_qr_code(sites) -> None:  # noqa: F811
    html = (sites.kiosk / "meer-hulp" / "index.html").read_text(encoding="utf-8")
    assert "Scan met je gsm" in html
    assert 'aria-label="QR-code met het adres www.uitpas.be"' in html
    assert re.search(r'<svg[^>]*class="ww-qr__svg"', html)
    text = re.sub(r"<[^>]+>", "", html)
    assert "Bel ons op 03 620 15 60 of mail naar de sociale dienst." in text
    assert "Vul het formulier in." in text  # a download named in the text stays as words
    website = (sites.site / "meer-hulp" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://www.uitpas.be/"' in website and "Scan met je gsm" not in website


def test_qr_code_holds_the_address(sites) -> None:  # noqa: F811
    """The code's modules are those of the full address (not of the link text), black on white."""
    import segno

    html = (sites.kiosk / "meer-hulp" / "index.html").read_text(encoding="utf-8")
    svg = re.search(r'<svg[^>]*class="ww-qr__svg".*?</svg>', html, re.S).group(0)
    modules = re.findall(r'd="([^"]+)"', svg)[-1]
    expected = segno.make("https://www.uitpas.be/", error="m", micro=False).svg_inline(scale=4, border=2)
    assert modules == re.findall(r'd="([^"]+)"', expected)[-1]
    assert 'fill="#fff"' in svg


def test_website_build_has_no_kiosk_parts(sites) -> None:  # noqa: F811
    html = (sites.site / "fiches" / "het-leefloon" / "index.html").read_text(encoding="utf-8")
    for part in ("kiosk.js", "kiosk.css", "data-ww-idle", "data-ww-readaloud", "ww-kiosk-bar"):
        assert part not in html


# -- In the browser ---------------------------------------------------------------------------


def test_walk_by_taps_home_category_sheet_and_back(sites) -> None:  # noqa: F811
    OUTPUT.mkdir(exist_ok=True)
    with serve_directory(sites.kiosk) as base, browser_page(*KIOSK, has_touch=True) as (page, log):
        page.goto(base)
        page.screenshot(path=str(OUTPUT / "kiosk-start.png"))
        page.locator("a.ww-tile", has_text="Hulp en geld").tap()
        page.wait_for_url(base + "categorie/hulp-en-geld/")
        page.locator("a.ww-card", has_text="Het leefloon").tap()
        page.wait_for_url(base + "fiches/het-leefloon/")
        assert page.locator("h1").inner_text() == "Het leefloon"
        page.screenshot(path=str(OUTPUT / "kiosk-fiche.png"))
        page.screenshot(path=str(OUTPUT / "kiosk-fiche-volledig.png"), full_page=True)
        page.get_by_role("link", name="Terug naar Hulp en geld").first.tap()  # top; the end has the same
        page.wait_for_url(base + "categorie/hulp-en-geld/")
        page.get_by_role("link", name="Naar het begin").first.tap()
        page.wait_for_url(base)
        page.goto(base + "meer-hulp/")
        page.screenshot(path=str(OUTPUT / "kiosk-qr-code.png"))
        assert log.foreign(base) == []


def test_outside_link_cannot_be_followed(sites) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, browser_page(*KIOSK, has_touch=True) as (page, log):
        page.goto(base + "meer-hulp/")
        qr = page.locator(".ww-qr").first
        assert qr.locator("a").count() == 0
        qr.tap()
        page.locator(".ww-qr__text").first.tap()
        page.wait_for_timeout(300)  # give a (wrong) navigation the chance to start
        assert page.url == base + "meer-hulp/"
        assert page.get_by_role("img", name="QR-code met het adres www.uitpas.be").is_visible()
        assert log.foreign(base) == []


#: Sizes must not hang on the fonts a machine happens to have (the skip link was 43 px high with one).
FORCE_FONT = """(family) => document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = `*, *::before, *::after { font-family: "${family}", sans-serif !important; }`;
    document.head.append(style);
  })"""


@pytest.mark.parametrize("font", [None, "DejaVu Sans", "Liberation Sans"])
def test_every_control_is_at_least_44_by_44(sites, font: str | None) -> None:  # noqa: F811
    too_small: dict[str, list[str]] = {}
    with serve_directory(sites.kiosk) as base, browser_page(*KIOSK, has_touch=True, bypass_csp=True) as (page, _):
        if font:
            page.add_init_script(f"({FORCE_FONT})({font!r})")
        for path in page_paths(sites.kiosk):
            page.goto(base + path)
            if found := page.evaluate(TARGETS_TOO_SMALL, INTERACTIVE):
                too_small[path] = found
        page.goto(base + "fiches/het-leefloon/")
        page.locator("input.md-search__input").tap()
        wait_until(page, "document.querySelector('.md-search-result__meta').textContent.includes('Typ')")
        page.locator("input.md-search__input").press_sequentially("huur")
        page.locator(".md-search-result__item").first.wait_for()
        if found := page.evaluate(TARGETS_TOO_SMALL, INTERACTIVE):
            too_small["(zoeken open)"] = found
    assert too_small == {}


def test_no_control_appears_only_on_hover(sites) -> None:  # noqa: F811
    """Every control that is there after hovering was there before: nothing waits for a mouse."""
    count = "(s) => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden').length"
    with serve_directory(sites.kiosk) as base, browser_page(*KIOSK) as (page, _):
        for path in ("", "fiches/het-leefloon/"):
            page.goto(base + path)
            before = page.evaluate(count, INTERACTIVE)
            for box in page.locator("#inhoud p, #inhoud h2, .md-header, .ww-tile").all()[:12]:
                box.hover()
                assert page.evaluate(count, INTERACTIVE) <= before, path


@pytest.fixture(scope="module")
def quick_kiosk(tmp_path_factory) -> Path:
    """A kiosk that warns after 3 idle seconds and resets 2 seconds later (production: 120 and 30)."""
    project = make_project(tmp_path_factory.mktemp("quick-kiosk"))
    config = yaml.safe_load((project / "mkdocs-kiosk.yml").read_text(encoding="utf-8"))
    config["extra"]["wegwijs"]["kiosk"].update(idle_seconds=3, warning_seconds=2)
    (project / "mkdocs-kiosk.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = build(project, config="mkdocs-kiosk.yml")
    assert result.returncode == 0, result.stderr
    assert "WW090" in result.stderr  # a warning shorter than 20 seconds is reported
    return project / "site-kiosk"


def test_idle_warning_can_be_dismissed(quick_kiosk: Path) -> None:
    with serve_directory(quick_kiosk) as base, browser_page(*KIOSK, has_touch=True) as (page, _):
        page.goto(base + "fiches/het-leefloon/")
        dialog = page.get_by_role("alertdialog", name="Ben je er nog?")
        dialog.wait_for(state="visible", timeout=10_000)
        stay = dialog.get_by_role("button", name="Ik ben er nog")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Ik ben er nog"
        box = stay.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        stay.tap()
        assert not dialog.is_visible()
        assert page.url == base + "fiches/het-leefloon/"


def test_idle_reset_clears_storage_and_search_and_returns_home(quick_kiosk: Path) -> None:
    with serve_directory(quick_kiosk) as base, browser_page(*KIOSK, has_touch=True) as (page, _):
        page.goto(base + "fiches/het-leefloon/")
        page.get_by_role("button", name="Heel groot").tap()
        page.evaluate("sessionStorage.setItem('bezoeker', 'iemand'); localStorage.setItem('bezoeker', 'iemand')")
        page.locator("input.md-search__input").tap()
        page.locator("input.md-search__input").press_sequentially("leefloon")
        page.get_by_role("alertdialog").wait_for(state="visible", timeout=10_000)
        page.wait_for_url(base, timeout=10_000)
        page.wait_for_load_state()
        assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
        assert page.evaluate("document.documentElement.dataset.wwSize") is None
        assert page.locator("input.md-search__input").input_value() == ""
        assert not page.locator("#__search").is_checked()


# -- Read aloud ---------------------------------------------------------------------------------


def test_read_aloud_uses_a_dutch_voice(sites, speech_dispatcher: dict[str, str]) -> None:  # noqa: F811
    # Without a Dutch voice the box below never shows; say why at once instead of timing out.
    problem = dutch_voice_problem()
    assert problem is None, f"{problem} (scripts/setup.sh installs it)"
    with serve_directory(sites.kiosk) as base, speaking_page(speech_dispatcher, KIOSK) as page:
        page.goto(base + "fiches/het-leefloon/")
        box = page.locator("[data-ww-readaloud]")
        # Shown once speech-dispatcher lists its voices: espeak-ng has some 13,000 (every language times
        # every variant), which takes many seconds on a busy machine.
        box.wait_for(state="visible", timeout=90_000)
        voices = page.evaluate("speechSynthesis.getVoices().map(v => v.lang.toLowerCase())")
        assert "nl" in voices or any(lang.startswith("nl-") for lang in voices)
        chosen = box.get_attribute("data-voice")
        assert chosen.endswith("(nl)") or "(nl-" in chosen
        assert "+" not in chosen  # espeak's plain Dutch voice, not one of its variants
        page.get_by_role("button", name="Lees voor").tap()
        spoken = page.evaluate("window.__spoken")
        assert len(spoken) > 10
        assert {s["voice"] for s in spoken} == {chosen}
        assert all(s["lang"].lower().startswith("nl") for s in spoken)
        assert spoken[0]["text"] == "Het leefloon"
        assert any("bankrekening" in s["text"] for s in spoken)
        assert not any("Lees voor" in s["text"] or "Naar het begin" in s["text"] for s in spoken)
        stop = page.get_by_role("button", name="Stop met voorlezen")
        assert stop.is_visible()
        assert page.evaluate("document.activeElement.textContent.trim()") == "Stop met voorlezen"
        stop.tap()
        assert page.get_by_role("button", name="Lees voor").is_visible()


def test_read_aloud_is_hidden_without_a_dutch_voice(sites) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, browser_page(*KIOSK) as (page, _):
        page.add_init_script("SpeechSynthesis.prototype.getVoices = () => []")
        page.goto(base + "fiches/het-leefloon/")
        assert page.locator("[data-ww-readaloud]").is_hidden()
