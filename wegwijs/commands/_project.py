"""What ``wegwijs check`` and ``wegwijs analyse`` share: reading the project's settings, glossary and
pages without MkDocs, so the checks run the same in a terminal as in the build."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs.content.markup import check_html
from wegwijs.content.page import PAGE_SCHEMA
from wegwijs.content.schema import validate
from wegwijs.content.sheet import load_sheet
from wegwijs.content.source import SourceDocument, read_document
from wegwijs.dialogue.check import is_dialogue_path
from wegwijs.findings import Finding
from wegwijs.glossary import Glossary, load_glossary
from wegwijs.readability import PageAnalysis, ReadabilitySettings, analyse_markdown
from wegwijs.settings import Settings, load_settings

DEFAULT_FOLDERS = ("theme_sheets", "docs")


@dataclass
class Context:
    root: Path
    settings: Settings | None = None
    readability: ReadabilitySettings = field(default_factory=ReadabilitySettings)
    glossary: Glossary | None = None
    findings: list[Finding] = field(default_factory=list)  # problems in mkdocs.yml or the glossary
    problems: list[str] = field(default_factory=list)  # problems in extra.wegwijs.readability


def load_context(config_file: Path) -> Context:
    """Settings from ``config_file`` when it exists; a lone Markdown file is checked with defaults."""
    context = Context(config_file.parent)
    if not config_file.is_file():
        return context
    settings, findings = load_settings(config_file)
    context.settings = settings
    context.findings += findings
    if settings is None:
        return context
    context.readability, context.problems = ReadabilitySettings.from_config(
        {"level": settings.level, **(settings.readability or {})}
    )
    glossary, glossary_findings = load_glossary(settings.glossary_path, settings.glossary)
    context.glossary = glossary
    context.findings += glossary_findings
    return context


def markdown_files(paths: Iterable[Path], root: Path) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.md") if p.is_file())
        elif path.is_file():
            files.append(path)
    return files


def default_paths(context: Context) -> list[Path]:
    folders = list(DEFAULT_FOLDERS)
    if context.settings is not None:
        folders[0] = context.settings.theme_sheets
    return [context.root / folder for folder in folders if (context.root / folder).is_dir()]


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def analyse_document(document: SourceDocument, context: Context, level: str | None) -> PageAnalysis:
    meta = document.meta or {}
    page_level = level or meta.get("level") or context.readability.level
    readability = meta.get("readability") if isinstance(meta.get("readability"), dict) else {}
    ignore = readability.get("ignore") or ()
    return analyse_markdown(
        document.body,
        path=document.rel_path,
        first_line=document.body_line,
        level=page_level if page_level in ("A2", "B1") else None,
        settings=context.readability,
        glossary=context.glossary,
        ignore=[str(code) for code in ignore] if isinstance(ignore, list) else [str(ignore)],
    )


def read(path: Path, context: Context) -> SourceDocument:
    """Read a page and run the content model's checks on it, as the build would."""
    rel = relative(path, context.root)
    settings = context.settings
    if settings is not None and path.resolve().parent == settings.theme_sheets_dir.resolve():
        _, document = load_sheet(
            path, rel, settings.category_ids, review_max_age_months=settings.review_max_age_months
        )
    else:
        document = read_document(path, rel, require_front_matter=False)
        if document.front_matter is not None and not is_dialogue_path(rel):
            document.findings += validate(document.front_matter, PAGE_SCHEMA, rel)[1]
    document.findings += check_html(document.body, document.body_line, rel)
    return document
