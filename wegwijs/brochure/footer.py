"""The footer 'pagina N van M', stamped on the merged PDF.

Parts are rendered and cached without page numbers, so a sheet's PDF does not depend on where it
lands in the brochure: adding a page to one sheet does not invalidate every sheet after it. The
footer is then written straight into each page as an artifact (not part of the structure tree, as
PDF/UA wants for page furniture), in the same free font, embedded as a small subset.
"""

from __future__ import annotations

import functools
import io
import zlib
from pathlib import Path

import logging

from fontTools import subset
from fontTools.ttLib import TTFont
import pikepdf
from pikepdf import Array, Dictionary, Name

#: The footer, its size, colour and place: the one source for the stamped footer and for the CSS
#: footer of the one-document rendering (the benchmark's baseline).
TEXT = "pagina {page} van {pages}"
FONT_SIZE = 10
GREY = "0.29 g"  # #4a4a4a: 8.9:1 on white
GREY_CSS = "#4a4a4a"
#: Points from the lower edge of the (trimmed) page to the footer's baseline, per paper.
BOTTOM = {"A4": 34.0, "A5": 26.0}
#: Pages without the footer.
BARE_PAGES = ("ww-cover", "ww-back")

FONT_NAME = "/WWFooter"
_FIRST, _LAST = 32, 126  # printable ASCII is all a footer needs


def footer_text(page: int, pages: int) -> str:
    return TEXT.format(page=page, pages=pages)


def footer_css() -> str:
    """The same footer drawn by WeasyPrint, for a brochure rendered as one document."""
    content = TEXT.replace("{page}", '" counter(page) "').replace("{pages}", '" counter(pages) "')
    content = f'"{content}"'.replace('"" ', "").replace(' ""', "")
    bare = " ".join(f"@page {name} {{ @bottom-center {{ content: none; }} }}" for name in BARE_PAGES)
    return f"@page {{ @bottom-center {{ content: {content}; font-size: {FONT_SIZE}pt; color: {GREY_CSS}; }} }}\n{bare}"


@functools.lru_cache(maxsize=4)
def _font_program(path: str) -> tuple[bytes, list[int], dict[str, int]]:
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # it chats about dropped tables
    font = TTFont(path)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(_FIRST, _LAST + 1))
    subsetter.subset(font)
    scale = 1000 / font["head"].unitsPerEm
    cmap = font.getBestCmap()
    widths = [round(font["hmtx"][cmap[c]][0] * scale) if c in cmap else 0 for c in range(_FIRST, _LAST + 1)]
    head, os2 = font["head"], font["OS/2"]
    metrics = {
        "ascent": round(font["hhea"].ascent * scale),
        "descent": round(font["hhea"].descent * scale),
        "cap": round(getattr(os2, "sCapHeight", 700) * scale),
        "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
    }
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), widths, metrics


class FooterFont:
    """The subset font as PDF objects in one PDF, shared by every page."""

    def __init__(self, pdf: pikepdf.Pdf, font_path: Path) -> None:
        program, self.widths, metrics = _font_program(str(font_path))
        file_stream = pikepdf.Stream(pdf, zlib.compress(program))
        file_stream.Filter = Name.FlateDecode
        file_stream.Length1 = len(program)
        base = Name("/WWFOOT+" + font_path.stem.replace("-", ""))
        descriptor = Dictionary(
            Type=Name.FontDescriptor,
            FontName=base,
            Flags=32,
            FontBBox=Array(metrics["bbox"]),
            ItalicAngle=0,
            Ascent=metrics["ascent"],
            Descent=metrics["descent"],
            CapHeight=metrics["cap"],
            StemV=80,
            FontFile2=pdf.make_indirect(file_stream),
        )
        font = Dictionary(
            Type=Name.Font,
            Subtype=Name.TrueType,
            BaseFont=base,
            FirstChar=_FIRST,
            LastChar=_LAST,
            Widths=Array(self.widths),
            Encoding=Name.WinAnsiEncoding,
            FontDescriptor=pdf.make_indirect(descriptor),
        )
        self.reference = pdf.make_indirect(font)
        self.pdf = pdf
        # One shared 'save the graphics state' stream: the page's own drawing cannot leak into the footer.
        self.before = pdf.make_indirect(pikepdf.Stream(pdf, b"q\n"))

    def width(self, text: str, size: float) -> float:
        return sum(self.widths[ord(c) - _FIRST] for c in text if _FIRST <= ord(c) <= _LAST) * size / 1000

    def stamp(self, page_index: int, text: str, bottom: float) -> None:
        """Write ``text`` centred at ``bottom`` points above the page's lower edge."""
        page = self.pdf.pages[page_index].obj
        # A print file has bleed around the page: the footer sits on the trimmed page.
        box = page.get("/TrimBox", page.MediaBox)
        left, lower, right, _ = (float(v) for v in box)
        x = left + (right - left - self.width(text, FONT_SIZE)) / 2
        y = lower + bottom
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        if "/Resources" not in page:
            page.Resources = Dictionary()
        resources = page.Resources
        if "/Font" not in resources:
            resources.Font = Dictionary()
        resources.Font[FONT_NAME] = self.reference
        after = pikepdf.Stream(
            self.pdf,
            (
                f"Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT {GREY} {FONT_NAME} {FONT_SIZE} Tf "
                f"{x:.3f} {y:.3f} Td ({safe}) Tj ET\nEMC\n"
            ).encode("latin-1"),
        )
        contents = page.get("/Contents")
        if contents is None:
            streams = []
        elif isinstance(contents, Array):
            streams = list(contents)
        else:
            streams = [contents]
        page.Contents = Array([self.before, *streams, self.pdf.make_indirect(after)])
