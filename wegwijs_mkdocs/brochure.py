"""The welcome brochure in the MkDocs build, in ``site/brochure/``: the A4 file and the A5 booklet.

``welkomstbrochure.pdf`` (A4) with ``fiches/<slug>.pdf``; per language with translated sheets
``<lang>/welkomstbrochure.pdf`` (A4, see wegwijs.brochure.translated); unless ``booklet: false``, also
``welkomstbrochure-a5.pdf`` with ``fiches/a5/<slug>.pdf`` and ``welkomstbrochure-a5-boekje.pdf``
(the A5 pages imposed on A4 landscape, to fold and staple). With ``print_shop: true`` each also
gets a ``-drukker.pdf`` with bleed and crop marks.

``mkdocs build`` renders it (only what changed since the last build: the engine caches every part).
``mkdocs serve`` does not render at all, because a reload must stay fast: it copies the PDFs of the
last full build from the cache, and says how to refresh them. The kiosk build has no brochure.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from wegwijs.atomic import replace_tree
from wegwijs.brochure import codes
from wegwijs.brochure.selection import A5_FILE_NAME, CACHE_DIR, FILE_NAME, select_sheets
from wegwijs.dutch import count
from wegwijs_mkdocs.log import report
from wegwijs_mkdocs.state import persistent, state

log = get_plugin_logger("wegwijs")
URI = "brochure"
#: Copies of the last built PDFs, served by 'mkdocs serve'.
LATEST = "latest"
#: Log progress once per this many rendered parts.
PROGRESS_EVERY = 20


def _enabled() -> bool:
    current = state()
    project = current.project
    return bool(project and not current.kiosk and project.settings.brochure_settings.enabled)


def _included() -> set[str]:
    project = state().project
    sheets, _ = select_sheets(project, None)
    return {s.slug for s in sheets}


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    """Tell the templates where the PDFs are (nothing in the kiosk: it has no downloads)."""
    wegwijs = context.get("wegwijs")
    if not _enabled() or not isinstance(wegwijs, dict):
        return context
    if "ww_brochure_sheets" not in persistent or persistent.get("ww_brochure_project") is not state().project:
        persistent["ww_brochure_sheets"] = _included()
        persistent["ww_brochure_project"] = state().project
    links: dict[str, str] = {"url": f"{URI}/{FILE_NAME}"}
    if state().project.settings.brochure_settings.booklet:
        links["booklet_url"] = f"{URI}/{A5_FILE_NAME}"
    sheet = wegwijs.get("sheet")
    if sheet and sheet.get("slug") in persistent["ww_brochure_sheets"]:
        links["sheet_url"] = f"{URI}/fiches/{sheet['slug']}.pdf"
    wegwijs["brochure"] = links
    return context


def on_post_build(config: MkDocsConfig) -> None:
    if not _enabled():
        return
    project = state().project
    cache = project.settings.project_dir / CACHE_DIR
    target = Path(config.site_dir) / URI
    if state().serving:
        _serve_latest(cache / LATEST, target)
        return
    # The renderer (WeasyPrint, pikepdf, templates) loads only when a brochure is really made.
    from wegwijs.brochure import BrochureOptions, MarkdownSetup, build_brochure
    from wegwijs.brochure.icons import icon_loader

    common = dict(
        site_url=config.site_url or None,
        markdown=MarkdownSetup(list(config.markdown_extensions), dict(config.mdx_configs)),
        icons=icon_loader(list(config.theme.dirs)),
        cache_dir=cache,
        progress=_progress,
        docs_dir=Path(config.docs_dir),
    )
    runs = [(FILE_NAME, BrochureOptions(paper="A4", booklet=False, sheet_dir=target / "fiches", **common))]
    if project.settings.brochure_settings.booklet:
        runs.append((A5_FILE_NAME, BrochureOptions(paper="A5", booklet=True, sheet_dir=target / "fiches" / "a5", **common)))
    reported = False
    for name, options in runs:
        try:
            result = build_brochure(project, target / name, options)
        except Exception as error:  # noqa: BLE001  (a broken brochure must not hide the website)
            report([codes.RENDER_FAILED.finding(f"De brochure kon niet gemaakt worden: {error}", "mkdocs.yml")])
            return
        if not reported:  # both papers find the same problems in the same sources: say them once
            report(_not_yet_reported(result.findings))
            reported = True
        log.info(
            f"Brochure klaar: {URI}/{name}, {result.pages} pagina's. "
            f"Opnieuw gemaakt: {count(len(result.rendered), 'deel', 'delen')}. De rest kwam uit de cache."
        )
    if project.settings.brochure_settings.languages:
        _language_brochures(project, target, BrochureOptions(paper="A4", booklet=False, sheet_dir=target / "fiches", **common))
    _keep_latest(target, cache / LATEST)


def _language_brochures(project, target: Path, options) -> None:
    """``<lang>/welkomstbrochure.pdf`` per language with translated brochure sheets (A4 only)."""
    from wegwijs.brochure.translated import build_language_brochures
    from wegwijs_mkdocs.translations import translations

    try:
        for code, result in build_language_brochures(project, target, options, translations()):
            log.info(
                f"Brochure klaar: {URI}/{code}/{FILE_NAME}, {result.pages} pagina's. "
                f"Opnieuw gemaakt: {count(len(result.rendered), 'deel', 'delen')}."
            )
    except Exception as error:  # noqa: BLE001  (a broken brochure must not hide the website)
        report([codes.RENDER_FAILED.finding(f"De brochure kon niet gemaakt worden: {error}", "mkdocs.yml")])


def _not_yet_reported(findings: list) -> list:
    """Leave out a missing image the page checks already reported (WW502) at the same place."""
    seen = {(f.path, f.line, f.column) for f in state().reported if f.code == "WW502"}
    return [f for f in findings if not (f.code == codes.IMAGE_MISSING.code and (f.path, f.line, f.column) in seen)]


def _progress(done: int, total: int) -> None:
    if total < PROGRESS_EVERY:
        return  # short renders: the summary line after the build is enough
    if done == total or done // PROGRESS_EVERY != (done - 1) // PROGRESS_EVERY:
        log.info(f"Brochure: {done} van {count(total, 'deel', 'delen')} gemaakt.")


def _keep_latest(built: Path, latest: Path) -> None:
    replace_tree(built, latest)


def _serve_latest(latest: Path, target: Path) -> None:
    if not persistent.get("ww_brochure_told"):
        persistent["ww_brochure_told"] = True
        if latest.is_dir():
            log.info(
                "Brochure: 'mkdocs serve' toont de PDF van de laatste 'mkdocs build'. "
                "Maak ze opnieuw met 'mkdocs build' of 'wegwijs brochure'."
            )
        else:
            log.info("Brochure: er is nog geen PDF. Maak ze met 'mkdocs build' of 'wegwijs brochure'.")
    if latest.is_dir():
        shutil.copytree(latest, target, dirs_exist_ok=True)
