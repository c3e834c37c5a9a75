"""A sheet's own PDF (``site/brochure/fiches/<slug>.pdf``): its part with the footer and bookmark.

It depends on the part and the author only, so it is kept next to the part in the cache and made
once. The workers make it right after rendering the part: on two cores, the sheet PDFs of a whole
brochure then cost no time of their own after the render (they took 1.4 s per 100 sheets, per paper,
in the parent alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wegwijs.brochure.merge import MergePart, merge


@dataclass(frozen=True)
class SheetPdf:
    #: Where the sheet's PDF is kept in the cache.
    path: str
    title: str
    author: str
    font: str | None
    footer_bottom: float
    lang: str
    footer_text: str

    def ready(self) -> bool:
        return Path(self.path).is_file()

    def write(self, part_pdf: Path) -> None:
        merge(
            [MergePart(part_pdf, self.title)], Path(self.path), title=self.title, author=self.author,
            font=Path(self.font) if self.font else None, footer_bottom=self.footer_bottom, lang=self.lang,
            footer_text=self.footer_text,
        )
