"""The brochure engine without MkDocs: cache, A5, booklet order, no site_url."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import make_project
from wegwijs.brochure import BrochureOptions, build_brochure
from wegwijs.brochure.booklet import padded_sequence, saddle_order
from wegwijs.brochure.decisions import latest_decisions, load_results
from wegwijs.dates import MONTHS
from wegwijs.dialogue.model import STATUSES
from wegwijs.project import load_project

SHEET = """---
title: Fiche {n}
description: De korte uitleg van fiche {n}.
category: hulp-en-geld
order: {n}
---

## Wat is het?

{body}
"""


def sheet(n: int, body: str = "Een korte tekst over het OCMW.") -> str:
    return SHEET.format(n=n, body=body)


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory) -> Path:
    return make_project(
        tmp_path_factory.mktemp("engine"), sheets={f"fiche-{n}.md": sheet(n) for n in (1, 2, 3)}, examples=False
    )


def build(project_dir: Path, output: Path, **options) -> tuple:
    project, findings = load_project(project_dir / "mkdocs.yml")
    assert project is not None, findings
    options.setdefault("site_url", "https://wegwijs.example.org/")
    return build_brochure(project, output, BrochureOptions(**options))


def test_editing_one_sheet_re_renders_only_that_sheet(project_dir, tmp_path):
    first = build(project_dir, tmp_path / "a.pdf")
    assert sorted(first.rendered) == [
        "back", "contents", "cover", "decisions", "fiche-1", "fiche-2", "fiche-3", "glossary", "notes"
    ]
    assert build(project_dir, tmp_path / "b.pdf").rendered == []
    path = project_dir / "theme_sheets" / "fiche-2.md"
    path.write_text(sheet(2, "Een andere korte tekst over het OCMW."), encoding="utf-8")
    assert build(project_dir, tmp_path / "c.pdf").rendered == ["fiche-2"]
    # A sheet that grows by pages shifts the contents, but the other sheets stay cached: page
    # numbers are stamped after merging, not rendered into the sheets.
    path.write_text(sheet(2, "Het OCMW helpt je met veel dingen.\n\n" * 120), encoding="utf-8")
    grown = build(project_dir, tmp_path / "d.pdf")
    assert sorted(grown.rendered) == ["contents", "fiche-2"]
    reader = PdfReader(tmp_path / "d.pdf")
    assert grown.starts["fiche-3"] > grown.starts["fiche-2"] + 2
    assert "Fiche 3" in reader.pages[grown.starts["fiche-3"] - 1].extract_text()
    assert f"pagina {grown.starts['fiche-3']} van {len(reader.pages)}" in reader.pages[grown.starts["fiche-3"] - 1].extract_text()


def test_a5_booklet_is_imposed_in_saddle_stitch_order(project_dir, tmp_path):
    result = build(project_dir, tmp_path / "boek.pdf", paper="A5", booklet=True)
    reader = PdfReader(tmp_path / "boek.pdf")
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (420, 595)
    imposed = PdfReader(result.booklet)
    count = len(reader.pages)
    # "Notities" pages fill the booklet to a multiple of 4: no blank sides, the back cover outside.
    assert count % 4 == 0 and len(imposed.pages) * 2 == count
    assert "Notities" in reader.pages[-2].extract_text() and "Heb je een vraag?" in reader.pages[-1].extract_text()
    expected = [(padded_sequence(count)[l], padded_sequence(count)[r]) for l, r in saddle_order(count)]
    seen = []
    for side in range(1, len(imposed.pages) + 1):
        seen.append((_page_in(result.booklet, side, 0, count), _page_in(result.booklet, side, 1, count)))
    assert seen == expected


def _page_in(path: Path, side: int, half: int, count: int) -> int | None:
    """Which A5 page (0-based) is printed on one half of one A4 side; None when blank."""
    text = subprocess.run(
        ["pdftotext", "-f", str(side), "-l", str(side), "-x", str(421 * half), "-y", "0", "-W", "421", "-H", "595",
         str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    if match := re.search(r"pagina (\d+) van", text):
        return int(match[1]) - 1
    if "Uitgave van" in text:  # the cover
        return 0
    if "Heb je een vraag?" in text:  # the back page
        return count - 1
    assert not text.strip(), text
    return None


def test_saddle_order_of_eight_pages():
    assert saddle_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert padded_sequence(6) == [0, 1, 2, 3, 4, None, None, 5]


def test_without_site_url_one_warning_and_no_qr_codes(project_dir, tmp_path):
    result = build(project_dir, tmp_path / "geen-qr.pdf", site_url=None, sheets=["fiche-1"])
    assert [f.code for f in result.findings] == ["WW401"]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "geen-qr.pdf").pages)
    assert "scan de code" not in text.lower() and "Fiche 1" in text and "Fiche 2" not in text


def test_print_shop_file_has_bleed_and_crop_marks_around_the_a5_page(project_dir, tmp_path):
    result = build(project_dir, tmp_path / "a5.pdf", paper="A5", booklet=False, sheets=["fiche-1"], print_shop=True)
    assert result.print_file == tmp_path / "a5-drukker.pdf" and result.booklet is None
    plain = PdfReader(tmp_path / "a5.pdf").pages[0]
    printed = PdfReader(result.print_file)
    assert len(printed.pages) == len(PdfReader(tmp_path / "a5.pdf").pages)
    page = printed.pages[0]
    mm = 72 / 25.4
    assert float(plain.mediabox.width) == float(page["/TrimBox"][2]) - float(page["/TrimBox"][0])
    trim, bleed, media = (page[box] for box in ("/TrimBox", "/BleedBox", "/MediaBox"))
    assert round(float(trim[2]) - float(trim[0])) == round(148 * mm)  # the trimmed page is A5
    assert abs((float(bleed[2]) - float(bleed[0])) - (148 + 6) * mm) < 1  # 3 mm bleed on each side
    assert float(media[2]) - float(media[0]) >= float(bleed[2]) - float(bleed[0])
    # Crop marks: dark lines in the bleed at the corners, outside the trimmed page; none in the plain file.
    for name in ("a5-drukker.pdf", "a5.pdf"):
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(tmp_path / name), str(tmp_path / name)],
                       check=True)
    corner = round(3 / 25.4 * 100)
    marks = Image.open(next(tmp_path.glob("a5-drukker.pdf-*.png"))).convert("L").crop((0, 0, corner, corner * 4))
    assert marks.getextrema()[0] < 128
    plain_corner = Image.open(next(tmp_path.glob("a5.pdf-*.png"))).convert("L").crop((0, 0, corner, corner * 4))
    assert plain_corner.getextrema()[0] > 200
    # The footer sits on the trimmed page, like in the plain file.
    assert "pagina 2 van" in printed.pages[1].extract_text()


def test_latest_decisions_are_decided_proposals_newest_first():
    results = load_results(Path(__file__).resolve().parents[1] / "docs")
    assert len(results) >= 3
    decisions = latest_decisions(results, 4)
    assert len(decisions) == 4
    assert all(d.status in {s.label for s in STATUSES if s.decided} for d in decisions)
    dates = [dt.datetime.strptime(_iso(d.date), "%Y-%m-%d").date() for d in decisions]
    assert dates == sorted(dates, reverse=True)
    every = latest_decisions(results, 100)
    decided = sum(1 for r in results for p in r.proposals if p.status.decided)
    assert len(every) == decided and decided < sum(len(r.proposals) for r in results)


def _iso(dutch: str) -> str:
    day, month, year = dutch.split()
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
