"""Lonely pages: pages of the brochure that hold a leftover (fewer than about 25 words of text).

Measured on the real PDF with pdftotext, inside the page's text area only: the running header and
the footer "pagina N van M" are on every page and so do not count. The "Notities" pages and the
back cover are meant to hold few words.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

LONELY_WORDS = 25
#: Points of the top and bottom page margins (header and footer live there), per paper; the same
#: values as the @page margins in templates/paper-*.css.
MARGINS = {"A4": (22 * 72 / 25.4, 26 * 72 / 25.4), "A5": (17 * 72 / 25.4, 20 * 72 / 25.4)}
SIZES = {"A4": (595.28, 841.89), "A5": (419.53, 595.28)}
_MEANT_SHORT = ("Notities", "Heb je een vraag?")


def page_texts(path: Path, paper: str) -> list[str]:
    """The text of each page, without the header and footer margins."""
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext (poppler-utils) is needed to measure pages")
    top, bottom = MARGINS[paper]
    width, height = SIZES[paper]
    text = subprocess.run(
        ["pdftotext", "-x", "0", "-y", str(int(top)), "-W", str(int(width)), "-H", str(int(height - top - bottom)),
         str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    return text.split("\f")[:-1]


def lonely_pages(path: Path, paper: str) -> list[int]:
    """1-based numbers of the pages with fewer than LONELY_WORDS words (notes and back cover aside)."""
    return [
        number for number, text in enumerate(page_texts(path, paper), 1)
        if len(text.split()) < LONELY_WORDS and not text.lstrip().startswith(_MEANT_SHORT)
    ]
