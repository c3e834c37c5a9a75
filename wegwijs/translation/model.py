"""A translation of a theme sheet: ``theme_sheets/<slug>.<lang>.md``, always made from the Dutch sheet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wegwijs.content.sheet import SheetText, ThemeSheet
from wegwijs.translation.languages import Language

#: '<slug>.<code>.md': what looks like a translation. A known two-letter code makes it one; any
#: other code is reported, so 'leefloon.fra.md' does not become a Dutch sheet called 'leefloon.fra'.
_NAME = re.compile(r"^(?P<slug>[^.]+)\.(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.md$")


def translation_name(path: Path | str) -> tuple[str, str] | None:
    """``(slug, lang)`` when the file name is that of a translation, else None."""
    match = _NAME.match(Path(path).name)
    return (match["slug"], match["lang"]) if match else None


def is_translation_path(path: Path | str) -> bool:
    return translation_name(path) is not None


@dataclass(kw_only=True)
class Translation(SheetText):
    source: ThemeSheet
    language: Language
    source_hash: str
    #: The hash of the Dutch sheet as it is now; differs from ``source_hash`` when it is stale.
    current_hash: str

    @property
    def slug(self) -> str:
        return self.source.slug

    @property
    def lang(self) -> str:
        return self.language.code

    @property
    def category(self) -> str:
        return self.source.category

    @property
    def stale(self) -> bool:
        return self.source_hash != self.current_hash

    @property
    def sort_key(self) -> tuple:
        return self.source.sort_key
