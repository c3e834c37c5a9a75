"""Brochures in the languages of the waiting room: ``<lang>/welkomstbrochure.pdf`` per language.

The rule (see README and the editors' guide): every language with a translation of at least one
brochure sheet gets its own A4 brochure. It holds only the translated sheets, in the order of the
Dutch brochure, with the cover, contents, notes and back page in that language (``talen/<lang>.yml``,
Dutch where a text is missing). A sheet without a translation is left out, and the contents says
in the reader's language that the other sheets are only in Dutch: a PDF that switches language
mid-way is hard to follow for a reader who is still learning Dutch, and the Dutch brochure has them
all. A stale translation stays in, marked in its own language at the top of the sheet with the
address of the Dutch sheet, as on the website: it is the best text the reader can read.

The rendering is the Dutch brochure's (same plan, worker pool, cache and templates), with
``BrochureOptions.lang``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from wegwijs.brochure.build import BrochureOptions, BrochureResult, build_brochure
from wegwijs.brochure.selection import FILE_NAME, select_sheets
from wegwijs.content.sheet import ThemeSheet
from wegwijs.project import Project
from wegwijs.translation.collection import Translations, brochure_languages, load_translations
from wegwijs.translation.model import Translation


def project_translations(project: Project) -> Translations:
    settings = project.settings
    organisation = settings.organisation
    allowed = tuple(v for v in (organisation.phone, organisation.email, organisation.address) if v)
    return load_translations(
        settings.theme_sheets_dir, settings.project_dir, project.sheet, settings.category_ids, allowed=allowed
    )


def translated_texts(
    project: Project, sheets: list[ThemeSheet], lang: str, translations: Translations | None = None
) -> list[Translation]:
    """The translations into ``lang`` of ``sheets``, in their order (sheets without one left out)."""
    translations = translations if translations is not None else project_translations(project)
    return [t for sheet in sheets if (t := translations.get(sheet.slug, lang)) is not None]


def languages_to_print(project: Project, translations: Translations, wanted: list[str] | None = None) -> list[str]:
    """The codes of the languages that get a brochure, by code."""
    sheets, _ = select_sheets(project, wanted)
    return [language.code for language in brochure_languages(translations, [s.slug for s in sheets])]


def build_language_brochures(
    project: Project, folder: Path, options: BrochureOptions, translations: Translations | None = None
) -> Iterator[tuple[str, BrochureResult]]:
    """Write ``<folder>/<lang>/welkomstbrochure.pdf`` (and its sheet PDFs in ``fiches/`` when
    ``options.sheet_dir`` is set) for every language that gets one; yields (code, result)."""
    translations = translations if translations is not None else project_translations(project)
    for code in languages_to_print(project, translations, options.sheets):
        own = replace(
            options, lang=code, translations=translations, print_shop=False,
            sheet_dir=folder / code / "fiches" if options.sheet_dir is not None else None,
        )
        yield code, build_brochure(project, folder / code / FILE_NAME, own)
