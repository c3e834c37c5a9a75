"""Impose an A5 brochure as a booklet: two pages side by side on A4 landscape, saddle-stitch order.

Print it double-sided (flip on the short edge), fold the stack in the middle and staple the fold.
The page count is padded to a multiple of four with blank pages, placed just before the back page
so the back page stays on the outside.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

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
    width, height = A4_LANDSCAPE
    with pikepdf.open(source) as pdf, pikepdf.new() as booklet:
        pages = list(pdf.pages)
        sequence = padded_sequence(len(pages))
        for left, right in saddle_order(len(sequence)):
            side = booklet.add_blank_page(page_size=A4_LANDSCAPE)
            drawn = []
            for slot, position in ((0, left), (1, right)):
                index = sequence[position]
                if index is not None:
                    # Each A5 page is drawn as a form XObject, scaled to fit its half and centred.
                    # pypdf's merge_transformed_page rewrote every content stream instead: 40 s for a
                    # 200-page booklet, against well under a second this way. Our own resource names
                    # (pikepdf's are random) keep the bytes reproducible.
                    form = pages[index].as_form_xobject()
                    name = side.add_resource(form, pikepdf.Name.XObject, pikepdf.Name(f"/Page{slot + 1}"))
                    half = pikepdf.Rectangle(slot * width / 2, 0, (slot + 1) * width / 2, height)
                    drawn.append(b"q\n" + side.calc_form_xobject_placement(form, name, half) + b"\nQ\n")
            side.Contents = booklet.make_stream(b"".join(drawn))
        for key in ("/Title", "/Author", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate"):
            if key in pdf.docinfo:
                booklet.docinfo[key] = pikepdf.String(str(pdf.docinfo[key]))
        if "/Lang" in pdf.Root:
            booklet.Root.Lang = pdf.Root.Lang
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = temporary_name(output)
        # A content-based document ID (not a random one) keeps the bytes reproducible.
        booklet.save(tmp, deterministic_id=True, min_version=pdf.pdf_version)
        tmp.replace(output)
        return len(booklet.pages)
