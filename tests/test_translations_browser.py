"""Translated sheets in a real Chromium: the switch, right-to-left layout at 375 px, digits kept
left to right, axe-core on translated pages, and the kiosk's language choice, idle reset and voice."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from a11y_sites import sites  # noqa: F401  (session fixture)
from browser import axe_violations, browser_page, describe, requires_chromium, serve_directory
from conftest import build, make_project
from speech import speaking_page, speech_dispatcher  # noqa: F401  (fixture)
from test_kiosk import INTERACTIVE, KIOSK, TARGETS_TOO_SMALL

pytestmark = [pytest.mark.browser, requires_chromium]

TRANSLATED = [
    "fr/fiches/sociale-kruidenier/", "ar/fiches/sociale-kruidenier/", "ar/fiches/nederlands-leren/",
    "fr/", "ar/", "fr/categorie/eten-en-vrije-tijd/", "ar/categorie/werk-en-leren/",
    "fiches/sociale-kruidenier/",
]
#: Horizontal overflow: the page is wider than the screen (a reader would have to scroll sideways).
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("viewport", [(375, 740), (1280, 800)], ids=["phone", "laptop"])
def test_axe_finds_nothing_on_translated_pages(sites, viewport) -> None:  # noqa: F811
    found = {}
    with serve_directory(sites.site) as base, browser_page(*viewport) as (page, log):
        for path in TRANSLATED:
            page.goto(base + path)
            if violations := axe_violations(page):
                found[path] = describe(violations)
        assert log.foreign(base) == []
    assert found == {}, "\n".join(f"{p}:\n{t}" for p, t in found.items())


def test_right_to_left_pages_fit_a_phone_and_are_mirrored(sites) -> None:  # noqa: F811
    with serve_directory(sites.site) as base, browser_page(375, 740) as (page, _):
        for path in ("ar/fiches/sociale-kruidenier/", "ar/fiches/nederlands-leren/", "ar/", "ar/categorie/werk-en-leren/"):
            page.goto(base + path)
            assert page.evaluate(OVERFLOW) <= 0, path
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
            assert page.evaluate("document.documentElement.dir") == "rtl"
        page.goto(base + "ar/fiches/sociale-kruidenier/")
        # Mirrored: the heading starts at the right edge of the article, the list bullets are at the right.
        right_gap, left_gap = page.evaluate("""() => {
            const article = document.getElementById('inhoud').getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(document.querySelector('#inhoud h1'));
            const text = range.getBoundingClientRect();
            return [article.right - text.right, text.left - article.left];
        }""")
        assert right_gap < left_gap
        # The phone number reads 03 620 15 60 from left to right inside the Arabic text.
        order = page.evaluate("""() => {
            const bdi = [...document.querySelectorAll('#inhoud p bdi')].find(b => b.textContent === '03 620 15 60');
            const text = bdi.firstChild, range = document.createRange();
            const x = (i) => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().x; };
            return [getComputedStyle(bdi).direction, x(0) < x(text.length - 1)];
        }""")
        assert order == ["ltr", True]


def test_language_switch_goes_between_the_languages(sites) -> None:  # noqa: F811
    with serve_directory(sites.site) as base, browser_page(375, 740, has_touch=True) as (page, _):
        page.goto(base + "fiches/sociale-kruidenier/")
        switch = page.get_by_role("navigation", name="Deze fiche in een andere taal")
        assert switch.get_by_text("Nederlands").get_attribute("aria-current") == "page"
        for link in switch.get_by_role("link").all():
            box = link.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44
        switch.get_by_role("link", name="Français").tap()
        page.wait_for_url(base + "fr/fiches/sociale-kruidenier/")
        assert page.evaluate("[document.documentElement.lang, document.body.dir]") == ["fr", "ltr"]
        assert page.locator("h1").inner_text() == "L'épicerie sociale"
        page.get_by_role("navigation", name="Cette fiche dans une autre langue").get_by_role("link", name="العربية").tap()
        page.wait_for_url(base + "ar/fiches/sociale-kruidenier/")
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
        page.get_by_role("navigation", name="هذه الورقة بلغة أخرى").get_by_role("link", name="Nederlands").tap()
        page.wait_for_url(base + "fiches/sociale-kruidenier/")
        assert page.evaluate("document.documentElement.lang") == "nl"


@pytest.fixture(scope="module")
def quick_kiosk(tmp_path_factory) -> Path:
    """A kiosk that warns after 3 idle seconds and resets 2 seconds later (production: 120 and 30)."""
    project = make_project(tmp_path_factory.mktemp("quick-kiosk-talen"))
    config = yaml.safe_load((project / "mkdocs-kiosk.yml").read_text(encoding="utf-8"))
    config["extra"]["wegwijs"]["kiosk"].update(idle_seconds=3, warning_seconds=2)
    (project / "mkdocs-kiosk.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = build(project, config="mkdocs-kiosk.yml")
    assert result.returncode == 0, result.stderr
    return project / "site-kiosk"


def test_kiosk_language_choice_and_reset_to_dutch(quick_kiosk: Path) -> None:
    with serve_directory(quick_kiosk) as base, browser_page(*KIOSK, has_touch=True) as (page, _):
        page.goto(base)
        choice = page.get_by_role("navigation", name="Kies je taal")
        buttons = choice.get_by_role("link").all()
        assert [b.inner_text() for b in buttons] == ["Nederlands", "العربية", "Français"]
        for button in buttons:
            box = button.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44
        assert page.evaluate(TARGETS_TOO_SMALL, INTERACTIVE) == []
        choice.get_by_role("link", name="Français").tap()
        page.wait_for_url(base + "fr/")
        page.get_by_role("link", name="Alimentation et loisirs").tap()
        page.get_by_role("link", name="L'épicerie sociale").tap()
        page.wait_for_url(base + "fr/fiches/sociale-kruidenier/")
        assert page.evaluate(TARGETS_TOO_SMALL, INTERACTIVE) == []
        dialog = page.get_by_role("alertdialog", name="Êtes-vous encore là ?")
        dialog.wait_for(state="visible", timeout=10_000)
        assert dialog.get_by_role("button", name="Je suis encore là").is_visible()
        page.wait_for_url(base, timeout=10_000)
        page.wait_for_load_state()
        assert page.evaluate("document.documentElement.lang") == "nl"


def test_read_aloud_uses_a_voice_of_the_page_language(sites, speech_dispatcher) -> None:  # noqa: F811
    with serve_directory(sites.kiosk) as base, speaking_page(speech_dispatcher, KIOSK) as page:
        page.goto(base + "fr/fiches/sociale-kruidenier/")
        box = page.locator("[data-ww-readaloud]")
        box.wait_for(state="visible", timeout=15_000)
        chosen = box.get_attribute("data-voice")
        assert chosen.endswith("(fr)") or "(fr-" in chosen, chosen
        page.get_by_role("button", name="Lire à voix haute").tap()
        spoken = page.evaluate("window.__spoken")
        texts = [s["text"] for s in spoken]
        # The note first, read sentence by sentence as every text is (the kiosk marks the sentence
        # being read), with its link to the Dutch sheet; then the sheet from its title on.
        note = [
            "Ceci est la traduction d'une fiche en néerlandais.",
            "En cas de doute, le texte néerlandais fait foi.",
            "Lire la fiche en néerlandais",
        ]
        assert texts[:4] == [*note, "L'épicerie sociale"], texts[:4]
        assert all(s["lang"].lower().startswith("fr") for s in spoken)
