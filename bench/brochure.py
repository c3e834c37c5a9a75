"""Brochure benchmark: 200 generated sheets, both papers (A4 and the A5 booklet), as ``mkdocs build`` makes them.

Compares, in one run on this machine:
- baseline: ONE WeasyPrint process rendering the whole brochure as one HTML document (pdf/ua-1),
  once for A4 and once for A5;
- full: Wegwijs' render of both papers from an empty cache (batches in 2 worker processes, merge,
  footer, a PDF per sheet for each paper, the A5 booklet imposed);
- edit: Wegwijs' render of both papers after changing one sentence in one sheet.
Goals: full <= 0.6x baseline, edit <= 0.15x full.
- languages: the brochures per language (A4, wegwijs.brochure.translated) that a default build adds
  when --translated sheets (default 20) have a French and an Arabic translation, after the Dutch
  full render; printed as a ratio to that Dutch full render (the default build's brochure time).

Then the layout of the example content (theme_sheets/): pages per sheet and "lonely" pages (a page
of a sheet, the contents or the glossary with fewer than 25 words: paper spent on a leftover).
Goal: 0 lonely pages.

Run: python bench/brochure.py [--sheets 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from wegwijs.brochure import BrochureOptions, body, build_brochure, one_document
from wegwijs.brochure.icons import icon_loader, material_theme_dirs
from wegwijs.brochure.lonely import lonely_pages
from wegwijs.brochure.render import render_document
from wegwijs.brochure.translated import build_language_brochures
from wegwijs.content.source import read_document
from wegwijs.project import load_project
from wegwijs.translation.source_hash import source_hash

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


FRENCH = """---
title: Fiche {n} sur l'aide du CPAS
description: Sur cette fiche, vous lisez comment le CPAS vous aide pour le sujet {n}.
source_hash: {hash}
---

## Qu'est-ce que c'est ?

Le CPAS aide les personnes en difficulté. Vous pouvez demander un revenu d'intégration.
Votre assistant social parle avec vous. Ensemble, vous regardez ce dont vous avez besoin.

## Que devez-vous faire ?

1. Allez au CPAS.
2. Demandez un entretien avec un assistant social.
3. Apportez vos papiers.
4. Vous recevez une lettre avec la réponse dans les 30 jours.
"""
ARABIC = """---
title: الورقة {n} عن مساعدة المركز
description: في هذه الورقة تقرأ كيف يساعدك المركز في الموضوع {n}.
source_hash: {hash}
---

## ما هي؟

يساعد المركز الأشخاص الذين يعانون من صعوبات. يمكنك أن تطلب دخل الإدماج.
يتحدث معك المرشد الاجتماعي. معًا تنظران إلى ما تحتاجه.

## ماذا يجب أن تفعل؟

1. اذهب إلى المركز.
2. اطلب موعدًا مع المرشد الاجتماعي.
3. أحضر أوراقك.
4. تحصل خلال 30 يومًا على رسالة فيها الجواب.
"""


def translate(root: Path, count: int) -> None:
    """French and Arabic translations of the first ``count`` sheets, with the interface texts."""
    shutil.copytree(REPO / "talen", root / "talen", dirs_exist_ok=True)
    sheets = root / "theme_sheets"
    for n in range(count):
        stamp = source_hash(read_document(sheets / f"fiche-{n:03d}.md", f"fiche-{n:03d}.md"))
        for lang, text in (("fr", FRENCH), ("ar", ARABIC)):
            (sheets / f"fiche-{n:03d}.{lang}.md").write_text(text.format(n=n, hash=stamp), encoding="utf-8")


def make(root: Path, count: int) -> Path:
    for name in ("mkdocs.yml", "woordenlijst.yml"):
        shutil.copy2(REPO / name, root / name)
    (root / "theme_sheets").mkdir()
    for n in range(count):
        (root / "theme_sheets" / f"fiche-{n:03d}.md").write_text(sheet(n), encoding="utf-8")
    return root


PAPERS = ("A4", "A5")


def options(workers: int, paper: str = "A4", **extra) -> BrochureOptions:
    return BrochureOptions(
        site_url="https://wegwijs.example.org/", icons=icon_loader(material_theme_dirs()), workers=workers,
        progress=lambda done, total: None, paper=paper, booklet=paper == "A5", **extra,
    )


def build_both(project, root: Path, workers: int) -> list:
    # With a PDF per sheet for each paper, as `mkdocs build` makes them.
    return [
        build_brochure(project, root / f"brochure-{paper}.pdf", options(workers, paper, sheet_dir=root / f"fiches-{paper}"))
        for paper in PAPERS
    ]


def example_layout(workers: int) -> None:
    project, _ = load_project(REPO / "mkdocs.yml")
    with tempfile.TemporaryDirectory() as tmp:
        for paper in PAPERS:
            out = Path(tmp) / f"{paper}.pdf"
            result = build_brochure(project, out, options(workers, paper, cache_dir=Path(tmp) / "cache"))
            per_sheet = sorted(result.sheet_pages.values())
            print(f"example {paper}: {result.pages} pages, {len(per_sheet)} sheets, pages per sheet "
                  f"{dict(sorted((n, per_sheet.count(n)) for n in set(per_sheet)))}, "
                  f"lonely pages: {lonely_pages(out, paper) or 0}  (goal 0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--translated", type=int, default=20, help="sheets with a French and an Arabic translation")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = make(Path(tmp), args.sheets)
        project, _ = load_project(root / "mkdocs.yml")

        documents = [one_document(project, options(args.workers, paper)) for paper in PAPERS]
        html, base_url, css = documents[0]
        render_document(html[:2000] + "</body></html>", base_url, css, root / "warmup.pdf")  # load fonts once
        start = time.perf_counter()
        baseline_pages = sum(
            render_document(html, base_url, css, root / f"one-go-{n}.pdf") for n, (html, base_url, css) in enumerate(documents)
        )
        baseline = time.perf_counter() - start

        body.forget_rendered()  # as in a new process: no sheet converted by the baseline's HTML
        start = time.perf_counter()
        full_results = build_both(project, root, args.workers)
        full = time.perf_counter() - start

        translate(root, args.translated)
        project, _ = load_project(root / "mkdocs.yml")
        start = time.perf_counter()
        language_results = dict(build_language_brochures(project, root / "talen-pdf", options(args.workers, "A4")))
        languages = time.perf_counter() - start
        project, _ = load_project(root / "mkdocs.yml")

        middle = args.sheets // 2  # an existing sheet: a new one would also add a contents line
        edited = root / "theme_sheets" / f"fiche-{middle:03d}.md"
        edited.write_text(sheet(middle, " Dat staat in de wet."), encoding="utf-8")
        project, _ = load_project(root / "mkdocs.yml")
        body.forget_rendered()  # as `mkdocs build` after an edit: a new process
        start = time.perf_counter()
        edit_results = build_both(project, root, args.workers)
        edit = time.perf_counter() - start

    pages = sum(r.pages for r in full_results)
    print(f"sheets: {args.sheets}, workers: {args.workers}, papers: {' + '.join(PAPERS)}")
    print(f"baseline (one WeasyPrint document per paper, pdf/ua-1): {baseline:6.2f} s  {baseline_pages} pages "
          f"({baseline_pages / baseline:.1f} pages/s)")
    print(f"full render (empty cache):                  {full:6.2f} s  {pages} pages "
          f"({sum(len(r.rendered) for r in full_results)} parts rendered)")
    print(f"re-render after editing one sheet:          {edit:6.2f} s  "
          f"({', '.join(n for r in edit_results for n in r.rendered)} rendered)")
    print(f"full / baseline: {full / baseline:.2f}  (goal <= 0.60)")
    print(f"edit / full:     {edit / full:.2f}  (goal <= 0.15)")
    print(f"brochures per language ({', '.join(sorted(language_results))}, {args.translated} translated sheets each, A4): "
          f"{languages:6.2f} s  {sum(r.pages for r in language_results.values())} pages")
    print(f"languages / full: {languages / full:.2f}  (the default build's brochure time grows by this share)")
    example_layout(args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
