"""All translations of a project, read once, with the look-ups the site and the brochure need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs.content.sheet import ThemeSheet
from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding
from wegwijs.translation.languages import Language
from wegwijs.translation.load import load_translation
from wegwijs.translation.model import Translation, translation_name


@dataclass
class Translations:
    #: slug -> lang -> translation
    by_sheet: dict[str, dict[str, Translation]] = field(default_factory=dict)
    #: Every translation source, valid or not, by its path relative to the project.
    documents: dict[str, SourceDocument] = field(default_factory=dict)

    def of(self, slug: str) -> list[Translation]:
        """The translations of one sheet, in the order of their language codes."""
        return [t for _, t in sorted(self.by_sheet.get(slug, {}).items())]

    def get(self, slug: str, lang: str) -> Translation | None:
        return self.by_sheet.get(slug, {}).get(lang)

    def languages(self) -> list[Language]:
        """Every language with at least one translated sheet, by code."""
        found = {t.lang: t.language for by_lang in self.by_sheet.values() for t in by_lang.values()}
        return [found[code] for code in sorted(found)]

    def in_language(self, lang: str) -> list[Translation]:
        return [by_lang[lang] for by_lang in self.by_sheet.values() if lang in by_lang]

    def all_findings(self) -> list[Finding]:
        return [f for d in self.documents.values() for f in d.findings]


def translation_paths(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.md") if p.is_file() and translation_name(p))


def load_translations(
    directory: Path,
    project_dir: Path,
    sheet: Callable[[str], ThemeSheet | None],
    category_ids: list[str],
    *,
    allowed: tuple[str, ...] = (),
) -> Translations:
    """Every ``<slug>.<lang>.md`` in ``directory``; ``sheet`` finds a Dutch sheet by its slug."""
    translations = Translations()
    for path in translation_paths(directory):
        rel = path.relative_to(project_dir).as_posix()
        slug, _ = translation_name(path)
        translation, document = load_translation(path, rel, sheet(slug), category_ids, allowed=allowed)
        translations.documents[rel] = document
        if translation is not None:
            translations.by_sheet.setdefault(slug, {})[translation.lang] = translation
    return translations


def brochure_languages(translations: Translations, brochure_slugs: list[str]) -> list[Language]:
    """The languages that get a brochure: those with a translation of at least one brochure sheet."""
    wanted = set(brochure_slugs)
    return [
        language for language in translations.languages()
        if any(t.slug in wanted for t in translations.in_language(language.code))
    ]


__all__ = ["Translations", "brochure_languages", "load_translations", "translation_paths"]
