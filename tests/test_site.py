"""The example site: a real strict MkDocs build, its pages, and a walk through it in Chromium."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from browser import browser_page, requires_chromium, serve_directory
from conftest import REPO, build, make_project
from wegwijs.project import load_project, sheet_paths


@pytest.fixture(scope="module")
def strict_build(tmp_path_factory) -> tuple[Path, str]:
    project = make_project(tmp_path_factory.mktemp("strict"))
    result = build(project, "--strict")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return project, result.stderr


@pytest.fixture(scope="module")
def strict_site(strict_build) -> Path:
    return strict_build[0]


#: What a clean build of the example content may say: MkDocs' progress lines and Wegwijs' own.
CLEAN_BUILD_LINE = re.compile(
    r"INFO    -  (Cleaning site directory|Building documentation to directory: .*|Documentation built in .*|wegwijs: .*)"
)


def test_a_clean_build_says_nothing_a_user_cannot_act_on(strict_build) -> None:
    # Dialogue results are reached from the overview, not from the menu: MkDocs must not list them as
    # "not included in the nav" on every build.
    _, stderr = strict_build
    noise = [line for line in stderr.splitlines() if line.strip() and not CLEAN_BUILD_LINE.fullmatch(line)]
    assert noise == []


def text_of(html_path: Path) -> str:
    html = html_path.read_text(encoding="utf-8")
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_example_content_is_substantial():
    project, findings = load_project(REPO / "mkdocs.yml")
    assert findings == [] and project is not None
    assert len(project.sheets) >= 8
    assert len({s.category for s in project.sheets}) >= 3
    assert len(project.glossary) >= 30


def test_every_sheet_has_a_page_and_no_copy_in_docs(strict_site):
    for sheet in sheet_paths(REPO / "theme_sheets"):  # Dutch sheets; translations live under /<lang>/
        assert (strict_site / "site" / "fiches" / sheet.stem / "index.html").exists()
        assert not (strict_site / "docs" / "fiches").exists()


def test_category_page_lists_its_sheets_in_order(strict_site):
    project, _ = load_project(strict_site / "mkdocs.yml")
    for category in project.settings.categories:
        html = (strict_site / "site" / "categorie" / category.id / "index.html").read_text(encoding="utf-8")
        titles = [unescape(t) for t in re.findall(r'class="ww-card__title">([^<]+)<', html)]
        expected = sorted(project.sheets_in(category.id), key=lambda s: (s.order or 10**6, s.title.lower()))
        assert titles == [s.title for s in expected]


def test_home_has_one_tile_per_category(strict_site):
    html = (strict_site / "site" / "index.html").read_text(encoding="utf-8")
    labels = re.findall(r'class="ww-tile__label">([^<]+)<', html)
    project, _ = load_project(strict_site / "mkdocs.yml")
    assert labels == [c.label for c in project.settings.categories]


def test_reviewed_sheet_shows_dutch_review_line(strict_site):
    project, _ = load_project(strict_site / "mkdocs.yml")
    reviewed = [s for s in project.sheets if s.reviewed]
    assert reviewed
    for sheet in reviewed:
        text = text_of(strict_site / "site" / "fiches" / sheet.slug / "index.html")
        assert re.search(r"Nagelezen door de participatiegroep op \d{1,2} [a-z]+ 20\d\d", text)
        assert sheet.review_text in " ".join(text.split())


def test_site_is_dutch_and_loads_no_fonts_from_elsewhere(strict_site):
    html = (strict_site / "site" / "fiches" / "het-leefloon" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    search = (strict_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"lang":["nl"]' in search.replace(" ", "")


def sources(project: Path) -> dict[Path, bytes]:
    """Every file but the build output and the brochure cache (a gitignored build artefact)."""
    skip = {"site", ".cache"}
    return {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and not skip & set(p.parts)}


def test_build_never_touches_sources(tmp_path):
    project = make_project(tmp_path)
    before = sources(project)
    assert build(project).returncode == 0
    assert sources(project) == before


@requires_chromium
def test_walk_home_tile_sheet_without_leaving_the_server(strict_site):
    with serve_directory(strict_site / "site") as base, browser_page(375, 740, has_touch=True) as (page, log):
        page.goto(base)
        page.locator("main a.ww-tile", has_text="Hulp en geld").tap()
        page.wait_for_url(re.compile(r"/categorie/hulp-en-geld/$"))
        page.locator("main a.ww-card", has_text="Het leefloon").tap()
        page.wait_for_url(re.compile(r"/fiches/het-leefloon/$"))
        assert page.get_by_role("heading", level=1).inner_text().strip() == "Het leefloon"
        page.wait_for_load_state("networkidle")
        assert log.urls, "the browser log recorded nothing"
        assert log.foreign(base) == []
