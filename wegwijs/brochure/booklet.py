"""Impose an A5 brochure as a booklet: two pages side by side on A4 landscape, saddle-stitch order.

Print it double-sided (flip on the short edge), fold the stack in the middle and staple the fold.
The page count is padded to a multiple of four with blank pages, placed just before the back page
so the back page stays on the outside.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject

from wegwijs.atomic import temporary_name

A4_LANDSCAPE = (841.89, 595.28)


def saddle_order(count: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indexes per sheet side, for ``count`` pages padded to a multiple of 4.

    ``None`` is a blank page. Side 1 of the outer sheet has the last page left and the first right.
    """
    padded = count + (-count % 4)
    sides = []
    for k in range(padded // 4):
        sides.append((padded - 1 - 2 * k, 2 * k))
        sides.append((2 * k + 1, padded - 2 - 2 * k))
    return sides


def padded_sequence(count: int) -> list[int | None]:
    """The reading order after padding: blanks go before the last page (the back cover)."""
    blanks = -count % 4
    if count < 2:
        return list(range(count)) + [None] * blanks
    return list(range(count - 1)) + [None] * blanks + [count - 1]


def impose(source: Path, output: Path) -> int:
    """Write the imposed booklet; returns the number of A4 sides."""
    reader = PdfReader(source)
    sequence = padded_sequence(len(reader.pages))
    writer = PdfWriter()
    width, height = A4_LANDSCAPE
    for left, right in saddle_order(len(sequence)):
        side = writer.add_blank_page(width, height)
        for slot, position in ((0, left), (1, right)):
            index = sequence[position]
            if index is None:
                continue
            page = reader.pages[index]
            box = page.mediabox
            scale = min((width / 2) / float(box.width), height / float(box.height))
            x = slot * width / 2 + (width / 2 - float(box.width) * scale) / 2
            y = (height - float(box.height) * scale) / 2
            side.merge_transformed_page(page, Transformation().scale(scale).translate(x, y))
        side.mediabox = RectangleObject((0, 0, width, height))
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items() if isinstance(k, str)})
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(output)
    with open(tmp, "wb") as handle:
        writer.write(handle)
    # pypdf draws a random document ID; qpdf's comes from the content, so the bytes are reproducible.
    with pikepdf.open(tmp) as pdf:
        pdf.save(output, deterministic_id=True)
    tmp.unlink()
    return len(writer.pages)
