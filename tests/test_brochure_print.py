"""The example brochure as a print shop and an easy-read editor see it, read back from the real PDFs.

Uses the example site that the session builds once (``example_site``): no build of its own.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pdfua
import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from wegwijs.brochure.lonely import LONELY_WORDS, lonely_pages, page_texts
from wegwijs.brochure.settings import BROCHURE_SCHEMA, BrochureSettings
from wegwijs.project import sheet_paths
from wegwijs.settings import load_settings

PAPERS = {"A4": "welkomstbrochure.pdf", "A5": "welkomstbrochure-a5.pdf"}


def brochure(site: Path, paper: str) -> Path:
    return site / "site" / "brochure" / PAPERS[paper]


def full_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def body_size(reader: PdfReader, index: int) -> float:
    """The font size (pt) that most of the page's characters have."""
    sizes: Counter = Counter()

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
        sizes[round(size * scale, 1)] += len(text.strip())

    reader.pages[index].extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


@pytest.fixture(scope="module")
def sheets(example_site) -> dict[str, str]:
    """Sheet title -> its Markdown source (Dutch sheets only: translations are not in this brochure)."""
    found = {}
    for path in sheet_paths(example_site / "theme_sheets"):
        text = path.read_text(encoding="utf-8")
        found[re.search(r"^title: (.+)$", text, re.M)[1].strip()] = text
    return found


@pytest.mark.parametrize("paper", PAPERS)
def test_back_cover_is_the_last_even_page_and_a5_fills_whole_sheets(example_site, paper):
    reader = PdfReader(brochure(example_site, paper))
    count = len(reader.pages)
    assert count % (4 if paper == "A5" else 2) == 0
    texts = [p.extract_text() for p in reader.pages]
    assert "Heb je een vraag?" in texts[-1]
    notes = [i for i, t in enumerate(texts) if t.lstrip().startswith("Notities")]
    # Padding pages are "Notities" pages, all just before the back cover, never blank pages.
    assert notes == list(range(count - 1 - len(notes), count - 1))
    assert all(t.strip() for t in texts)


@pytest.mark.parametrize("paper", PAPERS)
def test_no_lonely_page_and_closing_parts_stay_with_the_last_section(example_site, paper):
    path = brochure(example_site, paper)
    reader = PdfReader(path)
    pages = page_texts(path, paper)
    assert lonely_pages(path, paper) == []
    # Read independently of that helper: only the notes pages and the back cover are short.
    short = [t.split()[0] for t in pages if len(t.split()) < LONELY_WORDS]
    assert set(short) <= {"Notities", "Heb"}
    for i, text in enumerate(pages):
        if "Nagelezen door" in text or "Of typ dit adres" in text:
            # The sheet's last section ("Wie helpt je?" in the examples) is on the same page.
            assert "Contact" in text and "Wie helpt je?" in text, (paper, i + 1)
    assert len(reader.pages) == len(pages)


@pytest.mark.parametrize("paper", PAPERS)
def test_short_lists_are_never_split(example_site, sheets, paper):
    pages = [re.sub(r"\s+", " ", t) for t in full_pages(brochure(example_site, paper))]
    checked = 0
    for title, source in sheets.items():
        body = source.split("\n---\n", 1)[1]
        for block in re.split(r"\n\s*\n", body):
            items = [m[1].strip() for m in re.finditer(r"^(?:- |\d+\. )(.+)$", block, re.M)]
            if not 2 <= len(items) <= 8:
                continue
            starts = [re.sub(r"[*_]", "", item)[:18] for item in items]
            holding = [i for i, text in enumerate(pages) if all(s in text for s in starts)]
            assert holding, (paper, title, starts)
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("paper", PAPERS)
def test_easy_read_type_size_and_line_length(example_site, sheets, paper):
    path = brochure(example_site, paper)
    reader = PdfReader(path)
    contents = reader.pages[1].extract_text()
    first = int(re.search(r"^Wat is een sociaal onderzoek\? (\d+)$", contents, re.M)[1])
    for index in range(first - 1, first + 2):
        assert body_size(reader, index) >= 12
    text = subprocess.run(["pdftotext", "-f", str(first), "-l", str(first + 6), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    lengths = [len(line) for line in text.splitlines() if line.strip() and "https://" not in line]
    assert max(lengths) <= 68
    assert "-\n" not in re.sub(r"\d-\n", "", text)  # no hyphenated line ends


def test_cover_is_light_with_name_and_phone_and_pictograms(example_site, tmp_path):
    path = brochure(example_site, "A4")
    cover = PdfReader(path).pages[0].extract_text()
    assert "OCMW Kalmthout" in cover and "03 620 15 60" in cover
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(path), str(tmp_path / "c")], check=True)
    image = Image.open(next(tmp_path.glob("c-*.png"))).convert("L")
    assert ImageStat.Stat(image).mean[0] > 225  # mostly white paper: no solid block of toner


def test_decisions_section_shows_the_latest_decisions_with_their_reasons(example_site):
    texts = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(brochure(example_site, "A4")).pages]
    start = next(i for i, t in enumerate(texts) if "Wat deden we met jullie voorstellen? De participatiegroep doet" in t)
    section = re.sub(r"\s+", " ", " ".join(texts[start:start + 3]))
    assert "Maak een klachtenformulier van 1 bladzijde" in section
    assert "Waarom? Het oude formulier was te lang en te moeilijk." in section
    assert "Ja, dat doen we" in section and "Nee, dat doen we niet" in section
    # Only decided proposals: "open" ones wait for a decision.
    assert "Geef binnen 2 weken een eerste antwoord" not in section


def test_pdf_ua_check_passes_for_both_papers_and_every_sheet_pdf(example_site):
    folder = example_site / "site" / "brochure"
    files = [folder / name for name in PAPERS.values()] + sorted((folder / "fiches").rglob("*.pdf"))
    assert len(files) == 2 + 2 * 12
    failures = {f.name: [(x.rule_id, x.message) for x in pdfua.validate(str(f)).findings] for f in files}
    assert failures == {f.name: [] for f in files}
    for path in files[:2]:
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "nl" and reader.metadata.title == "Welkom bij het OCMW"
        outline = [item.title for item in reader.outline if not isinstance(item, list)]
        assert "Wat deden we met jullie voorstellen?" in outline and "Woordenlijst" in outline
        alts = [str(e.get("/Alt")) for e in _figures(root["/StructTreeRoot"])]
        assert any(a.startswith("QR-code") for a in alts) and any(a.startswith("Pictogram") for a in alts)
        assert all(alts)


def test_a5_booklet_is_imposed_on_a4_landscape(example_site):
    a5 = PdfReader(brochure(example_site, "A5"))
    booklet = PdfReader(example_site / "site" / "brochure" / "welkomstbrochure-a5-boekje.pdf")
    assert (round(float(a5.pages[0].mediabox.width)), round(float(a5.pages[0].mediabox.height))) == (420, 595)
    side = booklet.pages[0].mediabox
    assert (round(float(side.width)), round(float(side.height))) == (842, 595)
    assert len(booklet.pages) * 2 == len(a5.pages)


def test_settings_defaults_live_in_one_class(tmp_path):
    defaults = BrochureSettings()
    assert {k: f.default for k, f in BROCHURE_SCHEMA.items() if k != "sheets"} == {
        k: getattr(defaults, k) for k in BROCHURE_SCHEMA if k != "sheets"
    }
    repo = Path(__file__).resolve().parents[1]
    settings, _ = load_settings(repo / "mkdocs.yml")
    assert settings.brochure_settings.title == "Welkom bij het OCMW" and settings.brochure_settings.booklet


def _figures(element):
    kids = element.get("/K")
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if kid is not None else None
        if hasattr(kid, "get") and "/S" in kid:
            if kid["/S"] == "/Figure":
                yield kid
            yield from _figures(kid)
