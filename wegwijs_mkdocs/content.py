"""Theme sheets, categories, glossary and page checks, wired into MkDocs' build events."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijs import pipeline
from wegwijs.content.markup import neutralize_html
from wegwijs.content.sheet import ThemeSheet
from wegwijs.dutch import count
from wegwijs.findings import Severity
from wegwijs.glossary import Glossary
from wegwijs.glossary_marks import TermMarker
from wegwijs.kiosk.pages import is_staff_uri
from wegwijs.project import load_project
from wegwijs_mkdocs import translations, views
from wegwijs_mkdocs.icons import FALLBACK_ICON, check_icon
from wegwijs_mkdocs.log import report
from wegwijs_mkdocs.state import persistent, reset, state

SHEETS_URI = pipeline.SHEETS_URI
CATEGORY_URI = pipeline.CATEGORY_URI
GLOSSARY_URI = pipeline.GLOSSARY_URI


def on_startup(command: str, dirty: bool = False) -> None:
    reset(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    current = reset()
    project, findings = load_project(Path(config.config_file_path))
    report(findings)
    if project is None:
        raise Abort("Wegwijs kan de site niet maken: de instellingen in mkdocs.yml kloppen niet.")
    current.project = project
    report(project.findings)
    _check_category_icons(config, project)
    config.nav = _nav_with_categories(config.nav, project)
    return config


def _check_category_icons(config: MkDocsConfig, project) -> None:
    settings = project.settings
    for index, category in enumerate(settings.categories):
        if finding := check_icon(config, category.icon, Path(config.config_file_path).name):
            report([finding])
            settings.categories[index] = dataclasses.replace(category, icon=FALLBACK_ICON)


def _nav_with_categories(nav: list | None, project) -> list:
    categories = [{c.label: f"{CATEGORY_URI}/{c.id}.md"} for c in project.settings.categories]
    nav = list(nav or [{"Start": "index.md"}])
    return nav[:1] + categories + nav[1:]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    project = state().project
    assert project is not None
    for sheet in project.sheets:
        uri = f"{SHEETS_URI}/{sheet.slug}.md"
        if files.get_file_from_path(uri) is None:
            files.append(
                File.generated(
                    config, uri, abs_src_path=str(sheet.document.path), inclusion=InclusionLevel.NOT_IN_NAV
                )
            )
            state().sheet_uris[uri] = sheet.slug
    for path in _sheet_assets(project.settings.theme_sheets_dir):
        uri = f"{SHEETS_URI}/{path.relative_to(project.settings.theme_sheets_dir).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    for category in project.settings.categories:
        files.append(File.generated(config, f"{CATEGORY_URI}/{category.id}.md", content="\n"))
    if files.get_file_from_path(GLOSSARY_URI) is None:
        files.append(File.generated(config, GLOSSARY_URI, content="\n"))
    for file in files:
        if is_staff_uri(file.src_uri) and file.inclusion.is_in_nav():
            # The editors' guide is reached from the footer ("Voor medewerkers"), not from the
            # clients' menu: saying so keeps MkDocs from listing it as "not included in the nav".
            file.inclusion = InclusionLevel.NOT_IN_NAV
    return files


def _sheet_assets(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p for p in directory.rglob("*") if p.is_file() and p.suffix != ".md" and not p.name.startswith(".")
    )


def on_nav(nav, config: MkDocsConfig, files: Files):
    """Every hook has added its pages by now: run the engine's one check of the whole project."""
    current = state()
    docs_dir = Path(config.docs_dir)
    # 'mkdocs serve' renders drafts too (a draft dialogue result shows with a note): check them there.
    included = (lambda level: True) if current.serving else InclusionLevel.is_included
    pages = [
        Path(f.abs_src_path) for f in files.documentation_pages(inclusion=included)
        if f.abs_src_path and f.src_uri not in current.sheet_uris and Path(f.abs_src_path).is_relative_to(docs_dir)
    ]
    current.report = pipeline.check_project(
        current.project,
        root=current.project.settings.project_dir,
        docs_dir=docs_dir,
        paths=[*pipeline.sheet_paths(current.project.settings.theme_sheets_dir), *pages],
        exists=lambda uri: files.get_file_from_path(uri) is not None,
        cache=persistent.setdefault("readability", {}),
    )
    report(current.report.findings)
    for page in current.report.pages.values():
        report(page.findings)
    return nav


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    """Every page's source as the engine read it: encoding, BOM, CRLF and front matter, with positions."""
    current = state()
    uri = page.file.src_uri
    if (translated := translations.page_source(uri)) is not None:
        return translated  # a translated sheet or a page in another language (MkDocs allows one reader)
    own_source = page.file.abs_src_path is not None and page.file.abs_src_path.startswith(config.docs_dir)
    checked = current.report.pages.get(uri) if current.report else None
    if checked is None or not (uri in current.sheet_uris or own_source):
        return None  # a generated page (category, an error page in serve): its content comes later
    current.documents[uri] = checked.document
    if checked.sheet is None:
        current.page_meta[uri] = checked.meta
    return "\n" + checked.document.body


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    current = state()
    project = current.project
    uri = page.file.src_uri
    sheet = project.sheet(current.sheet_uris[uri]) if uri in current.sheet_uris else None
    if sheet is not None:
        page.meta = {**sheet.meta(), "template": "sheet.html", "level": sheet.level or project.settings.level}
        _check_sheet_icon(sheet, config)
    elif uri.startswith(CATEGORY_URI + "/"):
        category = project.settings.category(Path(uri).stem)
        page.meta = {"title": category.label, "description": category.description, "template": "category.html"}
        markdown = views.category_intro(category)
    elif uri == GLOSSARY_URI:
        page.meta = {"title": "Woordenlijst", **current.page_meta.get(uri, {})}
        markdown = (markdown if uri in current.documents else views.GLOSSARY_INTRO) + views.glossary_list(
            project.glossary
        )
    elif uri in current.page_meta:
        page.meta = dict(current.page_meta[uri])
    if page.is_homepage:
        page.meta.setdefault("template", "home.html")
    if is_staff_uri(uri):
        # Clients searching "dokter" should find sheets, not the editors' guide.
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    checked = current.report.pages.get(uri) if current.report else None
    if checked is not None and any(f.code == "WW503" for f in checked.findings):
        markdown = neutralize_html(markdown)
    return markdown


def _check_sheet_icon(sheet: ThemeSheet, config: MkDocsConfig) -> None:
    if sheet.icon and (finding := check_icon(config, sheet.icon, sheet.document.rel_path)):
        sheet.icon = None
        sheet.document.findings.append(finding)
        report([finding])


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    current = state()
    context["wegwijs"] = views.page_context(current, page)
    # After the search plugin has indexed the page (hooks run after plugins), so the explanations
    # do not make every page that mentions "leefloon" a search hit for the leefloon's explanation.
    if page.file.src_uri != GLOSSARY_URI and page.content:
        page.content = _term_marker(current.project.glossary).mark(page.content)
    return context


def _term_marker(glossary: Glossary) -> TermMarker:
    cached = persistent.get("term-marker")
    if cached is None or cached[0] is not glossary:
        cached = persistent["term-marker"] = (glossary, TermMarker(glossary))
    return cached[1]


def on_post_build(config: MkDocsConfig) -> None:
    current = state()
    if current.serving or current.project is None:
        return
    errors = len({f for f in current.reported if f.severity is Severity.ERROR})
    if errors:
        # Abort, not PluginError: MkDocs adds "Aborted with a BuildError!" to a PluginError.
        raise Abort(
            f"Wegwijs vond {count(errors, 'fout', 'fouten')}. Verbeter ze in de bestanden hierboven "
            "en maak de site opnieuw."
        )


def on_serve(server, config: MkDocsConfig, builder) -> Any:
    project = state().project
    if project is not None:
        server.watch(str(project.settings.theme_sheets_dir))
        if project.settings.glossary_path.exists():
            server.watch(str(project.settings.glossary_path))
    return server

