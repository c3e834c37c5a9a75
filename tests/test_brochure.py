"""The welcome brochure, read back from the real PDFs that a real `mkdocs build` writes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from conftest import build, make_project
from wegwijs.project import sheet_paths

SHEET = """---
title: {title}
description: {description}
category: {category}
contact:
  name: Sociale dienst
  phone: 03 620 15 60
reviewed:
  by: participatiegroep
  on: 2026-03-05
---

## Wat is het?

{body}

## Wat moet je doen?

1. Ga naar het OCMW.
2. Vraag een gesprek.
"""

SHEETS = {
    "eerste-fiche.md": SHEET.format(
        title="Een eerste fiche", description="Dit is de uitleg van fiche een.", category="hulp-en-geld",
        body="Het leefloon is geld van het OCMW. " * 40,
    ),
    "tweede-fiche.md": SHEET.format(
        title="Een tweede fiche", description="Dit is de uitleg van fiche twee.", category="gezondheid",
        body="Je krijgt een medische kaart.\n\n![](kaart.png)\n\nDaarna ga je naar de dokter.",
    ),
    "derde-fiche.md": SHEET.format(
        title="Een derde fiche", description="Dit is de uitleg van fiche drie.", category="werk-en-leren",
        body="Je leert Nederlands.\n\n!!! tip \"Goed om te weten\"\n    Je kan ook oefenen aan een praattafel.",
    ),
    "niet-in-brochure.md": SHEET.format(
        title="Niet in de brochure", description="Deze fiche staat alleen op de site.", category="gezondheid",
        body="Alleen op de website.",
    ).replace("reviewed:", "brochure: false\nreviewed:"),
}
TITLES = ["Een eerste fiche", "Een tweede fiche", "Een derde fiche"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    project = make_project(tmp_path_factory.mktemp("brochure"), sheets=SHEETS, examples=False)
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project, result


@pytest.fixture(scope="module")
def pdf(site) -> PdfReader:
    return PdfReader(site[0] / "site" / "brochure" / "welkomstbrochure.pdf")


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def walk(element):
    """Every structure element below ``element``, checking each one's /P points back to its parent."""
    for kid in element.get("/K", []) if isinstance(element.get("/K"), list) else [element.get("/K")]:
        kid = kid.get_object() if kid is not None else None
        if hasattr(kid, "get") and "/S" in kid:
            assert kid["/P"].get_object() == element
            yield kid
            yield from walk(kid)


def contents_entries(reader: PdfReader) -> dict[str, int]:
    """'Title 12' lines on the contents page (page 2)."""
    text = reader.pages[1].extract_text()
    return {m[1].strip(): int(m[2]) for m in re.finditer(r"^(.+?) (\d+)$", text, re.M)}


def test_build_writes_brochure_and_one_pdf_per_included_sheet(site, pdf):
    project, _ = site
    folder = project / "site" / "brochure" / "fiches"
    fiches = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert fiches == ["derde-fiche.pdf", "eerste-fiche.pdf", "tweede-fiche.pdf"]
    assert sorted(p.name for p in (folder / "a5").iterdir()) == fiches
    texts = page_texts(pdf)
    assert "Welkom bij het OCMW" in texts[0]
    assert "Heb je een vraag?" in texts[-1] and "03 620 15 60" in texts[-1]
    assert not any("Niet in de brochure" in t for t in texts)
    assert "Woordenlijst" in "".join(texts) and "leefloon" in "".join(texts[-3:])


def test_contents_numbers_are_the_pages_where_each_sheet_starts(pdf):
    entries = contents_entries(pdf)
    texts = page_texts(pdf)
    assert set(TITLES) <= entries.keys()
    starts = [entries[t] for t in TITLES]
    assert starts == sorted(starts) and len(set(starts)) == 3
    for title, start in zip(TITLES, starts):
        page = texts[start - 1]
        assert title in page
        # The description only appears on a sheet's first page.
        assert f"Dit is de uitleg van fiche {title.split()[1].replace('eerste', 'een').replace('tweede', 'twee').replace('derde', 'drie')}." in page
        assert f"pagina {start} van {len(pdf.pages)}" in page
    first_sheet = texts[starts[0] - 1]
    assert "Een eerste fiche" in texts[starts[0]]  # running header on the sheet's second page
    assert "Nagelezen door de participatiegroep op 5 maart 2026" in "".join(texts[starts[0] - 1 : starts[1] - 1])
    assert "HULP EN GELD" in first_sheet


def test_pdf_is_tagged_in_dutch_with_title_and_bookmarks(pdf):
    root = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert root["/Lang"] == "nl"
    assert pdf.metadata.title == "Welkom bij het OCMW"
    assert pdf.metadata.author == "OCMW Kalmthout"
    assert b"pdfuaid:part>1<" in root["/Metadata"].get_data()
    structure = root["/StructTreeRoot"]
    document = structure["/K"][0].get_object()
    assert document["/S"] == "/Document"
    elements = list(walk(document))
    kinds = [e["/S"] for e in elements]
    assert kinds.count("/H1") >= 5  # contents, three sheets, glossary (the cover's title too)
    assert all(e["/P"].get_object() is not None for e in elements)
    figures = [e for e in elements if e["/S"] == "/Figure"]
    assert figures and all(e.get("/Alt") for e in figures)  # the QR codes say what they are
    # Every page's marked content is mapped in the parent tree.
    keys = {int(n) for n in structure["/ParentTree"]["/Nums"][::2]}
    assert {int(p["/StructParents"]) for p in pdf.pages} <= keys
    outline = [item.title for item in pdf.outline if not isinstance(item, list)]
    assert set(TITLES) <= set(outline)


def test_fonts_are_embedded(pdf):
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            assert any(d and ("/FontFile2" in d.get_object() or "/FontFile3" in d.get_object()) for d in descriptors)


def test_first_pages_are_not_blank(site, tmp_path):
    pdf_path = site[0] / "site" / "brochure" / "welkomstbrochure.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "3", str(pdf_path), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 3
    for image in images:
        stddev = ImageStat.Stat(Image.open(image).convert("L")).stddev[0]
        assert stddev > 10, image.name


def test_missing_image_warns_with_file_and_line_and_the_brochure_still_builds(site):
    _, result = site
    # The website reports the missing file (WW502); the brochure does not say it twice.
    assert len(re.findall(r"theme_sheets/tweede-fiche\.md:17:1: WW(?:502|402) .*kaart\.png", result.stderr)) == 1
    assert re.search(r"theme_sheets/tweede-fiche\.md:17:1: WW403 .*kaart\.png", result.stderr)
    assert (site[0] / "site" / "brochure" / "fiches" / "tweede-fiche.pdf").is_file()


def test_sheet_pdf_has_its_own_title_and_page_numbers(site):
    reader = PdfReader(site[0] / "site" / "brochure" / "fiches" / "eerste-fiche.pdf")
    assert reader.metadata.title == "Een eerste fiche"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    total = len(reader.pages)
    assert [f"pagina {i} van {total}" in p.extract_text() for i, p in enumerate(reader.pages, 1)] == [True] * total


def test_website_links_to_the_pdfs(site):
    project, _ = site
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="brochure/welkomstbrochure.pdf"' in home and "Download de brochure (PDF)" in home
    assert 'href="brochure/welkomstbrochure-a5.pdf"' in home and "Download het boekje op A5 (PDF)" in home
    sheet = (project / "site" / "fiches" / "eerste-fiche" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../brochure/fiches/eerste-fiche.pdf"' in sheet and "Print deze fiche" in sheet
    other = (project / "site" / "fiches" / "niet-in-brochure" / "index.html").read_text(encoding="utf-8")
    assert "Print deze fiche" not in other


def test_kiosk_build_has_no_brochure_and_no_links(site):
    project, _ = site
    (project / "mkdocs-brochure-kiosk.yml").write_text(
        "INHERIT: mkdocs.yml\nsite_dir: site-kiosk-test\nextra:\n  wegwijs:\n    kiosk_build: true\n", encoding="utf-8"
    )
    result = build(project, config="mkdocs-brochure-kiosk.yml")
    assert result.returncode == 0, result.stderr
    out = project / "site-kiosk-test"
    assert not (out / "brochure").exists()
    assert "Download de brochure" not in (out / "index.html").read_text(encoding="utf-8")
    assert "Print deze fiche" not in (out / "fiches" / "eerste-fiche" / "index.html").read_text(encoding="utf-8")


def test_example_brochure_has_every_sheet_at_its_contents_page(example_site):
    reader = PdfReader(example_site / "site" / "brochure" / "welkomstbrochure.pdf")
    entries = contents_entries(reader)
    texts = page_texts(reader)
    titles = [
        re.search(r"^title: (.+)$", p.read_text(encoding="utf-8"), re.M)[1].strip()
        for p in sheet_paths(example_site / "theme_sheets")  # the brochure is Dutch: no translations
    ]
    assert titles and set(titles) <= entries.keys()
    for title in titles:
        assert title in texts[entries[title] - 1], title
    assert len(reader.pages) == entries["Contact"]
    assert entries["Wat deden we met jullie voorstellen?"] < entries["Woordenlijst"]
