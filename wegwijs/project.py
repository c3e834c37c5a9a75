"""A Wegwijs project: settings, glossary and theme sheets, each source read once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs.content import codes
from wegwijs.content.files import outside_finding, points_outside
from wegwijs.content.sheet import ThemeSheet, load_sheet
from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding
from wegwijs.glossary import Glossary, load_glossary
from wegwijs.settings import Settings, load_settings
from wegwijs.translation.model import is_translation_path


@dataclass
class Project:
    settings: Settings
    glossary: Glossary
    sheets: list[ThemeSheet] = field(default_factory=list)
    #: Every theme-sheet source, valid or not, by its path relative to the project.
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    # Every page of a build asks for its sheet and for the category counts: look-ups, not scans,
    # or the build grows with the square of the number of sheets. Kept up to date by add_sheet.
    _by_slug: dict[str, ThemeSheet] = field(default_factory=dict, repr=False)
    _by_category: dict[str, list[ThemeSheet]] = field(default_factory=dict, repr=False)

    def sheets_in(self, category_id: str) -> list[ThemeSheet]:
        if category_id not in self._by_category:
            self._by_category[category_id] = sorted(
                (s for s in self.sheets if s.category == category_id), key=lambda s: s.sort_key
            )
        return self._by_category[category_id]

    def sheet(self, slug: str) -> ThemeSheet | None:
        return self._by_slug.get(slug)

    def ordered_sheets(self) -> list[ThemeSheet]:
        """Sheets by category order, then by ``order`` and title: the order of the site and brochure."""
        return [s for c in self.settings.categories for s in self.sheets_in(c.id)]

    def all_findings(self) -> list[Finding]:
        return self.findings + [f for d in self.documents.values() for f in d.findings]


def sheet_paths(directory: Path) -> list[Path]:
    """The Dutch sheets; translations (``<slug>.<lang>.md``) are read by ``wegwijs.translation``."""
    return sorted(p for p in directory.glob("*.md") if p.is_file() and not is_translation_path(p))


def load_project(
    config_path: Path, *, today: dt.date | None = None
) -> tuple[Project | None, list[Finding]]:
    """Load everything a build needs. Returns ``(None, findings)`` when the settings are unusable."""
    settings, findings = load_settings(config_path)
    if settings is None:
        return None, findings
    glossary, glossary_findings = load_glossary(settings.glossary_path, settings.glossary)
    project = Project(settings, glossary, findings=findings + glossary_findings)
    for path in sheet_paths(settings.theme_sheets_dir):
        if points_outside(path, settings.project_dir):
            project.findings.append(outside_finding(path, settings.project_dir))
            continue
        add_sheet(project, path, today=today)
    return project, []


def add_sheet(project: Project, path: Path, *, today: dt.date | None = None) -> ThemeSheet | None:
    settings = project.settings
    rel = path.relative_to(settings.project_dir).as_posix()
    sheet, document = load_sheet(
        path,
        rel,
        settings.category_ids,
        today=today,
        review_max_age_months=settings.review_max_age_months,
    )
    project.documents[rel] = document
    if sheet is None:
        return None
    if project.sheet(sheet.slug) is not None:
        document.findings.append(
            codes.DUPLICATE_SLUG.finding(f"Er is al een fiche met de naam '{sheet.slug}'.", rel)
        )
        return None
    project.sheets.append(sheet)
    project._by_slug[sheet.slug] = sheet
    project._by_category.pop(sheet.category, None)
    return sheet
