"""`mkdocs serve` keeps the Content-Security-Policy: only the live-reload script MkDocs adds is allowed."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

from browser import browser_page, requires_chromium
from conftest import make_project
from test_preview import BROKEN_SHEET, GOOD_SHEET, mkdocs_serve
from test_safety import _LISTEN
from wegwijs.safety.csp import allow_added_scripts, script_hash

_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # the 404 page is a page too
        return error.read().decode("utf-8")


def _script_src(html: str) -> str:
    found = _POLICY.search(html)
    assert found, html[:2000]
    return next(part for part in found["policy"].split("; ") if part.startswith("script-src "))


@requires_chromium
def test_served_pages_have_the_policy_and_live_reload_still_works(tmp_path: Path) -> None:
    project = make_project(
        tmp_path / "serve", sheets={"heel.md": GOOD_SHEET, "kapot.md": BROKEN_SHEET}, examples=False
    )
    sheet = project / "theme_sheets" / "heel.md"
    with mkdocs_serve(project) as (url, _):
        pages = {"fiche": "fiches/heel/", "foutpagina": "fiches/kapot/", "404": "fiches/bestaat-niet/", "start": ""}
        for name, path in pages.items():
            html = _get(url + path)
            scripts = _script_src(html)
            assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, (name, scripts)
            assert "livereload(" in html, name  # MkDocs' reload script is in the page, and allowed:
            assert len(re.findall(r"'sha256-", scripts)) >= 2, (name, scripts)  # the theme's and the reload's
        assert "ww-error" in _get(url + pages["foutpagina"])

        with browser_page() as (page, _):
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.add_init_script(_LISTEN)
            for name, path in pages.items():
                page.goto(url + path)
                page.wait_for_load_state("load")
                page.wait_for_timeout(200)
                assert page.evaluate("window.__violations") == [], name
            page.goto(url + pages["fiche"])
            page.wait_for_selector(".ww-preview[data-ww-placed]")
            # Live reload runs under the policy: an edit shows without page.reload().
            with page.expect_navigation(timeout=120_000):
                sheet.write_text(GOOD_SHEET.replace("Je krijgt uitleg.", "Je krijgt veel uitleg."), encoding="utf-8")
            page.wait_for_selector(".ww-preview[data-ww-placed]")
            assert "Je krijgt veel uitleg." in page.locator("article").inner_text()
            page.wait_for_timeout(200)
            assert page.evaluate("window.__violations") == []
            assert errors == [], errors


def test_only_one_inserted_piece_is_allowed() -> None:
    page = (
        b'<head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
        b"script-src 'self'; object-src 'none'\"></head><body><p>x</p></body>"
    )
    end = page.rindex(b"</body>")
    served = page[:end] + b"<script>livereload(1, 2)</script>" + page[end:]
    assert _script_src(allow_added_scripts(page, served).decode()) == f"script-src 'self' {script_hash('livereload(1, 2)')}"
    # A second piece elsewhere (not what the server does): nothing is allowed.
    twice = served.replace(b"<head>", b"<head><script>alert(1)</script>")
    assert allow_added_scripts(page, twice) == twice
    assert allow_added_scripts(page, page) == page
