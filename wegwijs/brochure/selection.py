"""Which sheets go into the brochure, and where it is written: cheap to import, unlike the renderer.

The MkDocs adapter needs these on every page (for the "Print deze fiche" link), also in builds that
never render a PDF, so they must not pull in WeasyPrint, pikepdf or the templates.
"""

from __future__ import annotations

from pathlib import Path

from wegwijs.brochure import codes
from wegwijs.content.sheet import ThemeSheet
from wegwijs.findings import Finding
from wegwijs.project import Project

CACHE_DIR = Path(".cache") / "wegwijs" / "brochure"
FILE_NAME = "welkomstbrochure.pdf"
#: The A5 pages; the booklet to fold is '<stem>-boekje.pdf' next to it.
A5_FILE_NAME = "welkomstbrochure-a5.pdf"


def select_sheets(project: Project, wanted: list[str] | None) -> tuple[list[ThemeSheet], list[Finding]]:
    settings_sheets = list(project.settings.brochure_settings.sheets)
    names = wanted if wanted else settings_sheets
    if not names:
        return [s for s in project.ordered_sheets() if s.brochure], []
    findings, sheets = [], []
    for name in names:
        sheet = project.sheet(name)
        if sheet is None:
            findings.append(
                codes.UNKNOWN_SHEET.finding(
                    f"De fiche '{name}' bestaat niet. De brochure slaat ze over.",
                    "mkdocs.yml" if not wanted else "--sheet",
                )
            )
        else:
            sheets.append(sheet)
    return sheets, findings
