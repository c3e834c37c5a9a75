"""One check of a project, in one order, for `mkdocs build` and `wegwijs check` alike.

Each page goes through the same steps: read (encoding, front matter), the content model (sheet,
page or dialogue schema), links and images, HTML, the dialogue charter and the anonymity guard,
the reader-facing texts of its front matter, and the readability of its body. The MkDocs adapter
calls :func:`check_project` once per build with the site's own file list; the command line calls
it with the files it finds on disk. Neither repeats a step, so both report the same findings.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wegwijs.content.depth import limit_nesting
from wegwijs.content.markup import check_html, check_links
from wegwijs.content.page import DIALOGUE_DIR, PAGE_SCHEMA
from wegwijs.content.schema import validate
from wegwijs.content.sheet import ThemeSheet
from wegwijs.content.source import SourceDocument, read_document, title_line
from wegwijs.dialogue.check import MARKDOWN_SUFFIXES, guard_document, is_dialogue_result, is_guarded
from wegwijs.dialogue.load import load_dialogue
from wegwijs.dialogue.published import is_draft
from wegwijs.dialogue.timeline import max_open_months
from wegwijs.dates import today
from wegwijs.dialogue.model import DialogueResult
from wegwijs.findings import Finding
from wegwijs.glossary import Glossary
from wegwijs.project import Project, load_project, sheet_paths
from wegwijs.readability import PageAnalysis, ReadabilitySettings, analyse_markdown
from wegwijs.readability.fields import check_document_texts, check_glossary_texts, check_settings_texts
from wegwijs.settings import settings_node, top_level_value

#: Site paths of the pages Wegwijs makes itself (the adapter adds them to MkDocs' files).
SHEETS_URI = "fiches"
CATEGORY_URI = "categorie"
GLOSSARY_URI = "woordenlijst.md"
OVERVIEW_URI = f"{DIALOGUE_DIR}/index.md"
REPORT_URI = "leesbaarheid/index.md"
DOCS_DIR = "docs"

Exists = Callable[[str], bool]

#: Findings about the page as a whole: they point at the page's title, not at a blank line.
PAGE_RULES = frozenset({"WW103", "WW104"})


@dataclass
class PageReport:
    """One page after every check: its source, validated front matter, findings and analysis."""

    uri: str  # the page's path in the site, as MkDocs' src_uri
    document: SourceDocument
    meta: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # everything about this page, reading included
    analysis: PageAnalysis | None = None
    dialogue: DialogueResult | None = None
    sheet: ThemeSheet | None = None


@dataclass
class Report:
    """What a check of a project found: project findings (settings, glossary) and every page."""

    findings: list[Finding]
    pages: dict[str, PageReport]
    readability: ReadabilitySettings

    @property
    def all_findings(self) -> list[Finding]:
        return self.findings + [f for page in self.pages.values() for f in page.findings]

    @property
    def analyses(self) -> dict[str, PageAnalysis]:
        return {uri: page.analysis for uri, page in self.pages.items() if page.analysis is not None}


def readability_settings(project: Project | None) -> tuple[ReadabilitySettings, list[Finding]]:
    if project is None:
        return ReadabilitySettings(), []
    return ReadabilitySettings.from_settings(project.settings)


def generated_uris(project: Project) -> set[str]:
    """Site paths that exist in a build though no file in docs/ has them."""
    uris = {GLOSSARY_URI, OVERVIEW_URI}
    if not project.settings.kiosk_build:
        uris.add(REPORT_URI)
    uris.update(f"{SHEETS_URI}/{sheet.slug}.md" for sheet in project.sheets)
    uris.update(f"{CATEGORY_URI}/{c.id}.md" for c in project.settings.categories)
    sheets_dir = project.settings.theme_sheets_dir
    if sheets_dir.is_dir():
        uris.update(
            f"{SHEETS_URI}/{p.relative_to(sheets_dir).as_posix()}"
            for p in sheets_dir.rglob("*")
            if p.is_file() and p.suffix != ".md" and not p.name.startswith(".")
        )
    return uris


def docs_files(docs_dir: Path) -> list[Path]:
    """Every file MkDocs takes from docs/ (it leaves out names that start with a dot)."""
    if not docs_dir.is_dir():
        return []
    return sorted(
        p for p in docs_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(docs_dir).parts)
    )


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class _Checker:
    project: Project | None
    root: Path
    docs_dir: Path
    exists: Exists | None
    readability: ReadabilitySettings
    level: str | None
    cache: dict | None

    @property
    def glossary(self) -> Glossary | None:
        return self.project.glossary if self.project is not None else None

    def sheet_page(self, document: SourceDocument, sheet: ThemeSheet | None) -> PageReport:
        uri = f"{SHEETS_URI}/{document.path.stem}.md"
        page = PageReport(uri, document, sheet=sheet)
        default_level = sheet.level if sheet is not None else None
        return self.finish(page, default_level)

    def docs_page(self, path: Path) -> PageReport:
        rel = relative(path, self.root)
        document = read_document(path, rel, require_front_matter=False)
        uri = self.uri_of(path)
        page = PageReport(uri, document)
        if document.front_matter is not None and not is_dialogue_result(uri):
            page.meta, findings, _ = validate(document.front_matter, PAGE_SCHEMA, rel)
            page.findings += findings
        if is_dialogue_result(uri) and self.in_docs(path):
            settings = self.project.settings if self.project else None
            page.dialogue, findings = load_dialogue(
                document, uri, today=today(), max_open_months=max_open_months(settings)
            )
            page.findings += findings
            page.findings += guard_document(document, self.project.settings if self.project else None)
        elif is_guarded(uri) and self.in_docs(path):
            # Any other page under dialoog/ (its index, a deeper folder, '.markdown'): as in the build.
            page.findings += guard_document(document, self.project.settings if self.project else None)
        return self.finish(page, None)

    def in_docs(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.docs_dir.resolve())

    def uri_of(self, path: Path) -> str:
        if self.in_docs(path):
            return path.resolve().relative_to(self.docs_dir.resolve()).as_posix()
        return relative(path, self.root)

    def finish(self, page: PageReport, default_level: str | None) -> PageReport:
        document = page.document
        found = page.findings + check_html(document.body, document.body_line, document.rel_path)
        found += limit_nesting(document.body, document.body_line, document.rel_path)[1]
        if self.exists is not None and (page.sheet is not None or self.in_docs(document.path)):
            found += check_links(document.body, document.body_line, document.rel_path, page.uri, self.exists)
        level = self.level or default_level or _meta_level(document) or self.readability.level
        found += check_document_texts(
            document, self.readability, self.glossary, level=level, dialogue=is_dialogue_result(page.uri),
        )
        # The document keeps every finding about its source: the live preview shows them in the page.
        document.findings.extend(found)
        page.findings = list(document.findings)
        if document.front_matter is None:
            # No readable front matter (WW002, WW003): its YAML would be read as text and every
            # key reported as a hard word. The reading finding says what to do.
            return page
        page.analysis = self.analyse(document, level)
        page.findings += page.analysis.findings
        return page

    def analyse(self, document: SourceDocument, level: str) -> PageAnalysis:
        ignore = _ignored(document)
        def run() -> PageAnalysis:
            analysis = analyse_markdown(
                document.body, path=document.rel_path, first_line=document.body_line,
                level=level if level in ("A2", "B1") else None, settings=self.readability,
                glossary=self.glossary, ignore=ignore,
            )
            analysis.findings[:] = at_title(analysis.findings, title_line(document))
            return analysis

        if self.cache is None:
            return run()
        # 'mkdocs serve' rebuilds often: only pages whose text changed are analysed again.
        inputs = (repr(self.readability), tuple(t.spellings for t in getattr(self.glossary, "terms", ())))
        if inputs != self.cache.get("inputs"):
            self.cache.clear()
            self.cache["inputs"] = inputs
        key = hashlib.sha256("\0".join([
            document.rel_path, str(document.body_line), str(title_line(document)), level, *ignore, document.body,
        ]).encode()).hexdigest()
        if key not in self.cache:
            self.cache[key] = run()
        return self.cache[key]


def at_title(findings: list[Finding], line: int) -> list[Finding]:
    return [dataclasses.replace(f, line=line, column=1) if f.code in PAGE_RULES else f for f in findings]


def _draft(path: Path, docs_dir: Path) -> bool:
    """A dialogue result with ``draft: true``: `mkdocs build` leaves it out, so a full check does too."""
    uri = path.relative_to(docs_dir).as_posix()
    return is_dialogue_result(uri) and is_draft(read_document(path, uri, require_front_matter=False))


def _meta_level(document: SourceDocument) -> str | None:
    level = (document.meta or {}).get("level")
    return level if level in ("A2", "B1") else None


def _ignored(document: SourceDocument) -> tuple[str, ...]:
    meta = document.meta or {}
    own = meta.get("readability") if isinstance(meta.get("readability"), dict) else {}
    ignore = own.get("ignore") or ()
    return tuple(str(code) for code in (ignore if isinstance(ignore, list) else [ignore]))


def check_project(
    project: Project | None,
    *,
    root: Path,
    docs_dir: Path | None = None,
    paths: Iterable[Path] | None = None,
    exists: Exists | None = None,
    level: str | None = None,
    cache: dict | None = None,
    project_findings: Iterable[Finding] = (),
) -> Report:
    """Check a project's pages (``paths``: only these Markdown files; None: every sheet and docs page).

    ``exists`` answers whether a site path is part of the site, for the link check: the build passes
    MkDocs' own file list; without it the site's files are listed from disk. ``level`` overrides
    every page's reading level. ``cache`` (a dict kept between calls) reuses unchanged analyses.
    """
    docs_dir = docs_dir or root / DOCS_DIR
    readability, settings_findings = readability_settings(project)
    findings = list(project_findings) + settings_findings
    if project is not None:
        findings += project.findings
        config = project.settings.project_dir / project.settings.config_file
        if config.is_file():
            findings += check_settings_texts(settings_node(config)[0], project.settings.project_dir, readability,
                                             project.glossary)
        findings += check_glossary_texts(project.settings, project.glossary, readability)
        if exists is None:
            known = generated_uris(project) | {p.relative_to(docs_dir).as_posix() for p in docs_files(docs_dir)}
            exists = known.__contains__
    checker = _Checker(project, root, docs_dir, exists, readability, level, cache)
    wanted = None if paths is None else {p.resolve() for p in paths}
    pages: dict[str, PageReport] = {}
    if project is not None:
        sheets = {sheet.document.rel_path: sheet for sheet in project.sheets}
        for path in sheet_paths(project.settings.theme_sheets_dir):
            if wanted is not None and path.resolve() not in wanted:
                continue
            document = project.documents.get(relative(path, project.settings.project_dir))
            if document is None:  # never read: a symlink out of the project (WW014)
                continue
            report = checker.sheet_page(document, sheets.get(document.rel_path))
            pages[report.uri] = report
    sheet_dir = project.settings.theme_sheets_dir.resolve() if project is not None else None
    candidates = (
        [p for p in docs_files(docs_dir) if p.suffix.lower() in MARKDOWN_SUFFIXES and not _draft(p, docs_dir)] if wanted is None
        else sorted(p for p in wanted if p.parent != sheet_dir)
    )
    for path in candidates:
        report = checker.docs_page(path)
        pages[report.uri] = report
    return Report(findings, pages, readability)


def load_and_check(
    config_file: Path,
    paths: Iterable[Path] | None = None,
    *,
    level: str | None = None,
) -> Report:
    """What `wegwijs check` runs: the project of ``config_file`` (when it exists) and its pages."""
    root = config_file.parent
    project, findings = load_project(config_file) if config_file.is_file() else (None, [])
    if project is None:
        if paths is None:  # no usable settings: the default folders, checked with default settings
            paths = [p for folder in ("theme_sheets", DOCS_DIR) if (root / folder).is_dir()
                     for p in sorted((root / folder).rglob("*")) if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES]
        return check_project(None, root=root, docs_dir=root / DOCS_DIR, paths=list(paths), level=level,
                             project_findings=findings)
    return check_project(
        project, root=root, docs_dir=root / _docs_dir(config_file), paths=paths, level=level,
        project_findings=findings,
    )


def _docs_dir(config_file: Path) -> str:
    """The config's ``docs_dir`` (MkDocs' default 'docs'), read without MkDocs."""
    value = top_level_value(config_file, "docs_dir")
    return value if isinstance(value, str) and value else DOCS_DIR
