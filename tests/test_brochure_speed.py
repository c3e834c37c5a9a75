"""The brochure's speed measures keep its output right: QR codes made in the workers, per-sheet
PDFs kept in the cache, a long contents measured before it is rendered, one merged tag tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from conftest import make_project
from wegwijs.brochure import BrochureOptions, build_brochure
from wegwijs.brochure.build import PROBE_CONTENTS_FROM
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
COUNT = PROBE_CONTENTS_FROM + 2  # enough parts for the contents to be measured first


def sheet(n: int, body: str = "Een korte tekst over het OCMW.") -> str:
    return SHEET.format(n=n, body=body)


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory) -> Path:
    return make_project(
        tmp_path_factory.mktemp("speed"), sheets={f"fiche-{n:02d}.md": sheet(n) for n in range(COUNT)}, examples=False
    )


def build(project_dir: Path, output: Path) -> tuple:
    project, findings = load_project(project_dir / "mkdocs.yml")
    assert project is not None, findings
    options = BrochureOptions(site_url="https://wegwijs.example.org/", sheet_dir=output.parent / "fiches")
    return build_brochure(project, output, options)


def test_long_brochure_qr_codes_contents_and_sheet_pdfs(project_dir, tmp_path):
    first = build(project_dir, tmp_path / "a" / "brochure.pdf")
    # The contents ran once, the stand-in that measured it is not reported as a part.
    assert sorted(first.rendered).count("contents") == 1
    # sheets, cover, contents, decisions, notes, glossary or not, back
    assert sorted(set(first.rendered) - {f"fiche-{n:02d}" for n in range(COUNT)}) in (
        ["back", "contents", "cover", "decisions", "notes"], ["back", "contents", "cover", "decisions", "glossary", "notes"]
    )
    assert len(first.rendered) == len(set(first.rendered))
    reader = PdfReader(first.path)
    text = reader.pages[1].extract_text() + reader.pages[2].extract_text()
    for slug, start in first.starts.items():
        assert f"Fiche {int(slug[-2:])}" in reader.pages[start - 1].extract_text()
    assert str(first.starts[f"fiche-{COUNT - 1:02d}"]) in text
    # The QR code to each sheet's page is really drawn: the marker in the part HTML was replaced.
    # (An image WeasyPrint cannot load shows its alt text instead.)
    sheet_text = "".join(reader.pages[i].extract_text() for i in range(first.starts["fiche-03"] - 1, first.starts["fiche-04"] - 1))
    assert "scan de code" in sheet_text.lower() and "QR-code" not in sheet_text
    with pikepdf.open(first.path) as pdf:
        # One tag tree: the parts' old roots and documents were not dragged along.
        roots = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/StructTreeRoot"]
        documents = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/S") == "/Document"]
        assert len(roots) == 1 and len(documents) == 1
        assert pdf.Root.Lang == "nl" and pdf.Root.MarkInfo.Marked
    # An edit makes one sheet PDF again; the others come from the cache and stay right.
    path = project_dir / "theme_sheets" / "fiche-05.md"
    path.write_text(sheet(5, "Een heel andere tekst over de wasserette."), encoding="utf-8")
    second = build(project_dir, tmp_path / "b" / "brochure.pdf")
    assert second.rendered == ["fiche-05"]
    assert "wasserette" in PdfReader(second.sheet_pdfs["fiche-05"]).pages[0].extract_text()
    other = PdfReader(second.sheet_pdfs["fiche-06"])
    assert "Fiche 6" in other.pages[0].extract_text() and other.metadata.title == "Fiche 6"
    assert "/StructTreeRoot" in other.trailer["/Root"]


def test_long_brochure_is_the_same_bytes_with_or_without_cache(project_dir, tmp_path, monkeypatch):
    # Without a cache the contents renders while the rest is merged, and is merged last; from the
    # cache it is merged in place. With SOURCE_DATE_EPOCH both must give the same bytes.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")
    shutil.rmtree(project_dir / ".cache", ignore_errors=True)
    fresh = build(project_dir, tmp_path / "a" / "brochure.pdf")
    assert "contents" in fresh.rendered
    cached = build(project_dir, tmp_path / "b" / "brochure.pdf")
    assert cached.rendered == []
    assert fresh.path.read_bytes() == cached.path.read_bytes()
    for slug, path in fresh.sheet_pdfs.items():
        assert path.read_bytes() == cached.sheet_pdfs[slug].read_bytes(), slug
    # The workers made the sheet PDFs along with the parts; without them in the cache, this process
    # makes them from the cached parts, to the same bytes.
    kept = list((project_dir / ".cache").rglob("*.fiche.pdf"))
    assert len(kept) == len(fresh.sheet_pdfs)
    for path in kept:
        path.unlink()
    again = build(project_dir, tmp_path / "c" / "brochure.pdf")
    assert again.rendered == []
    for slug, path in fresh.sheet_pdfs.items():
        assert path.read_bytes() == again.sheet_pdfs[slug].read_bytes(), slug
