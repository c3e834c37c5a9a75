"""Brochures in the languages of the waiting room, read back from the real PDFs.

The example site (built once per session by ``example_site``) has French and Arabic translations of
two brochure sheets: each language gets ``site/brochure/<lang>/welkomstbrochure.pdf`` with only the
translated sheets and its texts from ``talen/<lang>.yml``.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pdfua
import pytest
from pypdf import PdfReader

from conftest import make_project
from test_translations import make_stale
from wegwijs.brochure import BrochureOptions
from wegwijs.brochure.translated import build_language_brochures
from wegwijs.project import load_project

TRANSLATED = ["sociale-kruidenier", "nederlands-leren"]


def page_texts(path: Path) -> list[str]:
    """Each page's text as poppler reads it (it puts Arabic back in reading order), footer included."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # poppler wraps right-to-left and left-to-right runs in Unicode direction marks: drop them.
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", out.stdout).split("\f")[:-1]


def language_pdfs(site: Path, lang: str) -> list[Path]:
    folder = site / "site" / "brochure" / lang
    return [folder / "welkomstbrochure.pdf", *sorted((folder / "fiches").glob("*.pdf"))]


def structure_langs(element, found: list[str]) -> list[str]:
    """Every /Lang in the structure tree below ``element``."""
    element = element.get_object()
    if "/Lang" in element:
        found.append(str(element["/Lang"]))
    kids = element.get("/K")
    for kid in (kids if isinstance(kids, list) else [kids] if kids is not None else []):
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict) and kid.get("/Type") != "/MCR" and "/S" in kid:
            structure_langs(kid, found)
    return found


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_each_language_gets_a_tagged_brochure_that_passes_pdf_ua(example_site, lang):
    files = language_pdfs(example_site, lang)
    assert [f.name for f in files] == ["welkomstbrochure.pdf", *sorted(f"{s}.pdf" for s in TRANSLATED)]
    failures = {f.name: [(x.rule_id, x.message) for x in pdfua.validate(str(f)).findings] for f in files}
    assert failures == {f.name: [] for f in files}
    for path in files:
        root = PdfReader(path).trailer["/Root"]
        assert root["/Lang"] == lang
        assert lang.encode() in root["/Metadata"].get_data()
    # Each translated sheet's part is marked with its language in the structure tree.
    root = PdfReader(files[0]).trailer["/Root"]
    assert structure_langs(root["/StructTreeRoot"], []).count(lang) >= len(TRANSLATED)
    assert not (example_site / "site" / "brochure" / "en").exists()  # no translated sheet, no brochure


def test_french_brochure_has_french_texts_only_translated_sheets_and_a_note_on_the_others(example_site):
    path = language_pdfs(example_site, "fr")[0]
    reader, texts = PdfReader(path), page_texts(path)
    whole = " ".join(texts)
    assert reader.metadata.title == "L'aide du CPAS"
    assert "Appelez-nous" in texts[0] and "Édition de" in texts[0]
    assert "Sommaire" in texts[1] and "Les autres fiches existent seulement en néerlandais" in texts[1]
    assert "L'épicerie sociale" in whole and "Apprendre le néerlandais" in whole
    assert "Het leefloon" not in whole and "Woordenlijst" not in whole  # Dutch-only parts stay out
    assert "page 2 sur" in texts[1]
    assert "Vous avez une question ?" in texts[-1]
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:3] == ["Sommaire", "L'épicerie sociale", "Apprendre le néerlandais"]
    assert "https://wegwijs.example.org/fr/fiches/" in whole  # the QR code leads to the French page


def test_arabic_brochure_is_right_to_left_with_numbers_left_to_right(example_site):
    path = language_pdfs(example_site, "ar")[0]
    reader, texts = PdfReader(path), page_texts(path)
    assert "المحتويات" in texts[1]
    assert re.search(r"\b2 ?/ ?8\b", texts[1])  # the footer font is Latin only: numbers, not 'pagina'
    # Right-aligned: on a sheet page most lines end at the same right edge, and start where they may.
    layout = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [(float(a), float(b)) for a, b in re.findall(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', layout)]
    left, right = min(x for x, _ in lines), max(x for _, x in lines)
    at_right = sum(1 for _, x in lines if right - x < 3)
    at_left = sum(1 for x, _ in lines if x - left < 3)
    assert at_right > 2 * at_left, (at_right, at_left)
    assert "03 620 15 60" in " ".join(texts)


def test_a_stale_translation_is_marked_in_its_own_language(tmp_path):
    project_dir = make_project(tmp_path)
    make_stale(project_dir, "sociale-kruidenier.fr.md")
    project, _ = load_project(project_dir / "mkdocs.yml")
    options = BrochureOptions(site_url="https://wegwijs.example.org/", paper="A4", booklet=False,
                              progress=lambda done, total: None)
    results = dict(build_language_brochures(project, tmp_path / "out", options))
    assert sorted(results) == ["ar", "fr"]
    french = " ".join(" ".join(page_texts(results["fr"].path)).split())
    assert "La fiche en néerlandais est plus récente que cette traduction" in french
    assert "https://wegwijs.example.org/fiches/sociale-kruidenier/" in french.replace(" ", "")  # the Dutch sheet
    arabic = " ".join(" ".join(page_texts(results["ar"].path)).split())
    assert "الورقة الهولندية أحدث" not in arabic  # the Arabic translations are up to date


def test_command_line_makes_one_language_and_refuses_a_language_without_translations(tmp_path):
    from test_translations import wegwijs

    project_dir = make_project(tmp_path)
    made = wegwijs(project_dir, "brochure", "--lang", "ar", "-o", "ar.pdf")
    assert made.returncode == 0, made.stderr
    assert PdfReader(project_dir / "ar.pdf").trailer["/Root"]["/Lang"] == "ar"
    refused = wegwijs(project_dir, "brochure", "--lang", "en", "-o", "en.pdf")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "Geen enkele fiche van de brochure heeft een vertaling in 'en'" in refused.stderr
    assert not (project_dir / "en.pdf").exists()
