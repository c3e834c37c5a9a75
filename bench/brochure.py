"""Brochure benchmark: 200 generated sheets.

Compares, in one run on this machine:
- baseline: ONE WeasyPrint process rendering the whole brochure as one HTML document (pdf/ua-1);
- full: Wegwijs' render from an empty cache (batches in 2 worker processes, merge, footer);
- edit: Wegwijs' render after changing one sentence in one sheet.
Goals: full <= 0.6x baseline, edit <= 0.15x full.

Run: python bench/brochure.py [--sheets 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from wegwijs.brochure import BrochureOptions, build_brochure, one_document
from wegwijs.brochure.icons import icon_loader, material_theme_dirs
from wegwijs.brochure.render import render_document
from wegwijs.project import load_project

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = ["hulp-en-geld", "wonen-en-energie", "gezondheid", "eten-en-vrije-tijd", "werk-en-leren"]
ICONS = ["material/cash", "material/home", "material/heart-pulse", "material/basket-outline", "material/school"]


def sheet(n: int, extra: str = "") -> str:
    category = CATEGORIES[n % len(CATEGORIES)]
    return f"""---
title: Fiche {n} over hulp van het OCMW
description: Op deze fiche lees je hoe het OCMW je helpt met onderwerp {n}.
category: {category}
icon: {ICONS[n % len(ICONS)]}
order: {n}
contact:
  name: Sociale dienst
  phone: 03 620 15 60
  email: sociale.dienst@example.org
  hours: maandag tot vrijdag van 9 tot 12 uur
reviewed:
  by: participatiegroep
  on: 2026-03-05
---

## Wat is het?

Het OCMW helpt mensen die het moeilijk hebben. Je kan een leefloon vragen als je te weinig geld hebt.{extra}
Je maatschappelijk werker praat met je. Samen kijken jullie wat je nodig hebt.

## Voor wie?

- je woont in de gemeente
- je hebt te weinig inkomen
- je wil meewerken aan een plan

## Wat moet je doen?

1. Ga naar het OCMW.
2. Vraag een gesprek met een maatschappelijk werker.
3. Breng je papieren mee.
4. Je krijgt binnen 30 dagen een brief met het antwoord.

!!! tip "Goed om te weten"
    Je kan altijd een tolk vragen. Dat is gratis.

## Wie helpt je?

De sociale dienst helpt je. Kom langs van maandag tot vrijdag, van 9 tot 12 uur.
"""


def make(root: Path, count: int) -> Path:
    for name in ("mkdocs.yml", "woordenlijst.yml"):
        shutil.copy2(REPO / name, root / name)
    (root / "theme_sheets").mkdir()
    for n in range(count):
        (root / "theme_sheets" / f"fiche-{n:03d}.md").write_text(sheet(n), encoding="utf-8")
    return root


def options(workers: int) -> BrochureOptions:
    return BrochureOptions(
        site_url="https://wegwijs.example.org/", icons=icon_loader(material_theme_dirs()), workers=workers,
        progress=lambda done, total: None,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = make(Path(tmp), args.sheets)
        project, _ = load_project(root / "mkdocs.yml")

        html, base_url, css = one_document(project, options(args.workers))
        render_document(html[:2000] + "</body></html>", base_url, css, root / "warmup.pdf")  # load fonts once
        start = time.perf_counter()
        baseline_pages = render_document(html, base_url, css, root / "one-go.pdf")
        baseline = time.perf_counter() - start

        start = time.perf_counter()
        full_result = build_brochure(project, root / "brochure.pdf", options(args.workers))
        full = time.perf_counter() - start

        edited = root / "theme_sheets" / "fiche-100.md"
        edited.write_text(sheet(100, " Dat staat in de wet."), encoding="utf-8")
        project, _ = load_project(root / "mkdocs.yml")
        start = time.perf_counter()
        edit_result = build_brochure(project, root / "brochure.pdf", options(args.workers))
        edit = time.perf_counter() - start

    print(f"sheets: {args.sheets}, workers: {args.workers}")
    print(f"baseline (one WeasyPrint document, pdf/ua-1): {baseline:6.2f} s  {baseline_pages} pages "
          f"({baseline_pages / baseline:.1f} pages/s)")
    print(f"full render (empty cache):                  {full:6.2f} s  {full_result.pages} pages "
          f"({len(full_result.rendered)} parts rendered)")
    print(f"re-render after editing one sheet:          {edit:6.2f} s  ({', '.join(edit_result.rendered)} rendered)")
    print(f"full / baseline: {full / baseline:.2f}  (goal <= 0.60)")
    print(f"edit / full:     {edit / full:.2f}  (goal <= 0.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
