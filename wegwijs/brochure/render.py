"""WeasyPrint rendering of a batch of parts, split into one PDF per part.

A batch is laid out as one document (one HTML parse, one style cascade, one font setup) and then
written part by part with ``Document.copy``. That keeps WeasyPrint's fixed cost per document off
every single sheet, while the cache still works per sheet. This module runs in worker processes.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from wegwijs.brochure.fetch import Allowed, url_fetcher
from wegwijs.brochure.sheetpdf import SheetPdf

#: WeasyPrint's own variant for accessible PDF: tagged, with structure, language and metadata.
PDF_VARIANT = "pdf/ua-1"


@dataclass(frozen=True)
class Job:
    html: str
    base_url: str
    css: tuple[str, ...]
    #: One output file per part, in the order of the parts in ``html``.
    outputs: tuple[str, ...]
    #: Where QR codes are kept between runs (see qr.py); None: not kept.
    qr_cache: str | None = None
    #: What the renderer may read (see fetch.py); None: local files and data: only (the benchmark).
    allowed: Allowed | None = None
    #: Per output: the sheet's own PDF to make from it (see sheetpdf.py), or None.
    sheet_pdfs: tuple[SheetPdf | None, ...] = ()


def _local_only():  # noqa: ANN202
    """Only local files and data: URLs. The brochure builds offline and never calls out."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"})


def render_job(job: Job) -> list[int]:
    """Render ``job`` and write each part's PDF. Returns each part's page count."""
    import weasyprint

    # Wegwijs reports missing images itself, with file and line; WeasyPrint's own messages would
    # only repeat them without a position.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    from wegwijs.brochure.qr import with_qr_codes

    html = with_qr_codes(job.html, Path(job.qr_cache) if job.qr_cache else None)
    fetcher = url_fetcher(job.allowed) if job.allowed is not None else _local_only()
    stylesheets = [weasyprint.CSS(string=css, url_fetcher=fetcher) for css in job.css]
    document = weasyprint.HTML(string=html, base_url=job.base_url, url_fetcher=fetcher).render(
        stylesheets=stylesheets, pdf_variant=PDF_VARIANT
    )
    first_page: dict[int, int] = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor.startswith("ww-part-"):
                first_page.setdefault(int(anchor[len("ww-part-"):]), index)
    bounds = [first_page[i] for i in range(len(job.outputs))] + [len(document.pages)]
    counts = []
    for i, output in enumerate(job.outputs):
        pages = document.pages[bounds[i] : bounds[i + 1]]
        tmp = f"{output}.{os.getpid()}.tmp"
        document.copy(pages).write_pdf(tmp, pdf_variant=PDF_VARIANT)
        os.replace(tmp, output)  # atomic: a crash never leaves half a PDF in the cache
        counts.append(len(pages))
        sheet_pdf = job.sheet_pdfs[i] if i < len(job.sheet_pdfs) else None
        if sheet_pdf is not None and not sheet_pdf.ready():
            sheet_pdf.write(Path(output))
    return counts


def render_document(html: str, base_url: str, css: tuple[str, ...], output: Path) -> int:
    """One document in one go (used by the benchmark's baseline)."""
    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=_local_only()).render(
        stylesheets=[weasyprint.CSS(string=c) for c in css], pdf_variant=PDF_VARIANT
    )
    document.write_pdf(output, pdf_variant=PDF_VARIANT)
    return len(document.pages)
