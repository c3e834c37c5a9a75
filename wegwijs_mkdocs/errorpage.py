"""During ``mkdocs serve``, a sheet that cannot become a page is still served at its own address.

A front-matter mistake (``catgory:``, a broken YAML line) used to leave no page at all, so the browser
showed an English 404 without livereload and stayed blank after the fix. Now the preview keeps a page
at ``fiches/<slug>/``: in plain Dutch, each error with its line and column, the line from the file,
and the fix. It is an ordinary page of the served site, so MkDocs' livereload script is in it and the
real sheet comes back by itself once the file is saved without errors.

A missing page during ``mkdocs serve`` gets the site's Dutch ``404.html`` with livereload (MkDocs
serves its error page without it), so a page that is being created appears by itself too.

``mkdocs build`` never makes these pages: it stays strict and fails on the errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding, Severity
from wegwijs.rulebook import all_rules
from wegwijs_mkdocs.state import state

SHEETS_URI = "fiches"
TEMPLATE = "wegwijs-error.html"
GUIDE_URI = "handleiding/meldingen.md"
#: Lines shown around the line with the error, so the editor recognises the spot.
CONTEXT_LINES = 1


@dataclass(frozen=True)
class ErrorView:
    """One error as the error page shows it: plain data for the template."""

    code: str
    name: str
    message: str
    line: int
    column: int
    suggestion: str | None
    #: Why the rule exists, in one plain sentence (the rule's ``why``).
    why: str | None
    #: (line number, text, is the line of the error) for the lines around the error.
    source: list[tuple[int, str, bool]]
    guide_anchor: str


def broken_sheets(documents: dict[str, SourceDocument], loaded: set[str]) -> dict[str, SourceDocument]:
    """Sheet sources that did not become a sheet, by the page URI they would have had."""
    return {
        f"{SHEETS_URI}/{Path(rel).stem}.md": document
        for rel, document in documents.items()
        if rel not in loaded
    }


def error_views(document: SourceDocument) -> list[ErrorView]:
    """The errors of one source, in file order, each with the lines around it."""
    lines = document.text.split("\n")
    rules = all_rules()
    errors = sorted(
        {f for f in document.findings if f.severity is Severity.ERROR},
        key=lambda f: (f.line, f.column, f.code),
    )
    return [_view(f, lines, rules) for f in errors]


def _view(finding: Finding, lines: list[str], rules: dict) -> ErrorView:
    first = max(finding.line - CONTEXT_LINES, 1)
    last = min(finding.line + CONTEXT_LINES, len(lines))
    source = [(n, lines[n - 1], n == finding.line) for n in range(first, last + 1) if any(lines)]
    rule = rules.get(finding.code)
    return ErrorView(
        code=finding.code,
        name=finding.name,
        message=finding.message,
        line=finding.line,
        column=finding.column,
        suggestion=finding.suggestion,
        why=rule.why if rule and rule.why else None,
        source=source,
        guide_anchor=f"{finding.code.lower()}-{finding.name}",
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Serve only: a page for each sheet that cannot be read, at the address it would have."""
    current = state()
    current.error_pages.clear()
    if not current.serving or current.project is None:
        return files
    loaded = {sheet.document.rel_path for sheet in current.project.sheets}
    for uri, document in broken_sheets(current.project.documents, loaded).items():
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content="\n", inclusion=InclusionLevel.NOT_IN_NAV))
            current.error_pages[uri] = document
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    document = state().error_pages.get(page.file.src_uri)
    if document is None:
        return markdown
    page.meta = {
        "title": f"Fout in {Path(document.rel_path).name}",
        "template": TEMPLATE,
        "search": {"exclude": True},
        "hide": ["toc", "navigation"],
    }
    return "\n"


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    document = state().error_pages.get(page.file.src_uri)
    if document is not None:
        guide = next((f for f in nav.pages if f.file.src_uri == GUIDE_URI), None) if nav else None
        context["wegwijs_error"] = {
            "file": document.rel_path,
            "errors": error_views(document),
            "guide_url": guide.url if guide else None,
        }
    return context


def on_serve(server, config: MkDocsConfig, builder) -> Any:
    """Give MkDocs' 404 page the livereload script, so a page that appears later shows by itself."""
    plain = server.error_handler

    def error_handler(code: int) -> bytes | None:
        content = plain(code)
        # Looked up per call: a later hook (safety) wraps it to allow the script in the page's policy.
        inject = getattr(server, "_inject_js_into_html", None)
        if content is None or inject is None or not getattr(server, "_watched_paths", None):
            return content
        return inject(content, server._visible_epoch)

    server.error_handler = error_handler
    return server
