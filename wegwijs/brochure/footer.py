"""The footer 'pagina N van M', stamped on the merged PDF.

Parts are rendered and cached without page numbers, so a sheet's PDF does not depend on where it
lands in the brochure: adding a page to one sheet does not invalidate every sheet after it. The
footer is then written straight into each page as an artifact (not part of the structure tree, as
PDF/UA wants for page furniture), in the same free font, embedded as a small subset.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

import logging

from fontTools import subset
from fontTools.ttLib import TTFont
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)

FONT_NAME = "/WWFooter"
_FIRST, _LAST = 32, 126  # printable ASCII is all a footer needs
FONT_SIZE = 10
GREY = "0.29 g"  # #4a4a4a: 8.9:1 on white


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
    """The subset font as PDF objects in one writer, shared by every page."""

    def __init__(self, writer: PdfWriter, font_path: Path) -> None:
        program, self.widths, metrics = _font_program(str(font_path))
        file_stream = StreamObject()
        file_stream._data = program
        file_stream[NameObject("/Length1")] = NumberObject(len(program))
        file_stream = file_stream.flate_encode()
        base = NameObject("/WWFOOT+" + font_path.stem.replace("-", ""))
        descriptor = DictionaryObject({
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): base,
            NameObject("/Flags"): NumberObject(32),
            NameObject("/FontBBox"): ArrayObject(NumberObject(v) for v in metrics["bbox"]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(metrics["ascent"]),
            NameObject("/Descent"): NumberObject(metrics["descent"]),
            NameObject("/CapHeight"): NumberObject(metrics["cap"]),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): writer._add_object(file_stream),
        })
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): base,
            NameObject("/FirstChar"): NumberObject(_FIRST),
            NameObject("/LastChar"): NumberObject(_LAST),
            NameObject("/Widths"): ArrayObject(NumberObject(w) for w in self.widths),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        })
        self.reference = writer._add_object(font)
        self.writer = writer

    def width(self, text: str, size: float) -> float:
        return sum(self.widths[ord(c) - _FIRST] for c in text if _FIRST <= ord(c) <= _LAST) * size / 1000

    def stamp(self, page_index: int, text: str, bottom: float) -> None:
        """Write ``text`` centred at ``bottom`` points above the page's lower edge."""
        page = self.writer.pages[page_index]
        box = page.mediabox
        x = float(box.left) + (float(box.width) - self.width(text, FONT_SIZE)) / 2
        y = float(box.bottom) + bottom
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        resources = page.get("/Resources")
        if resources is None:
            resources = DictionaryObject()
            page[NameObject("/Resources")] = resources
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is None:
            fonts = DictionaryObject()
            resources[NameObject("/Font")] = fonts
        fonts.get_object()[NameObject(FONT_NAME)] = self.reference
        before = DecodedStreamObject()
        before.set_data(b"q\n")
        after = DecodedStreamObject()
        after.set_data(
            (
                f"Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT {GREY} {FONT_NAME} {FONT_SIZE} Tf "
                f"{FloatObject(x)} {FloatObject(y)} Td ({safe}) Tj ET\nEMC\n"
            ).encode("latin-1")
        )
        contents = page.get("/Contents")
        if contents is None:
            streams = []
        elif isinstance(contents.get_object(), ArrayObject):
            streams = list(contents.get_object())
        else:
            streams = [contents]
        page[NameObject("/Contents")] = ArrayObject(
            [self.writer._add_object(before), *streams, self.writer._add_object(after)]
        )
