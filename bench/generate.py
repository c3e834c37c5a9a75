"""Generate N theme sheets of realistic length, for benchmarks (shared by the bench scripts)."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = ("hulp-en-geld", "wonen-en-energie", "gezondheid", "eten-en-vrije-tijd", "werk-en-leren")
PARAGRAPHS = (
    "Het OCMW helpt je als je weinig geld hebt. Je praat met een maatschappelijk werker. "
    "Samen kijken jullie naar je situatie. Je krijgt uitleg over je rechten.",
    "Breng je identiteitskaart mee. Breng ook je bankafschriften van de laatste 3 maanden mee. "
    "Heb je een huurcontract? Neem het dan ook mee.",
    "Je krijgt binnen 30 dagen een brief met het antwoord. Is het antwoord nee? "
    "Dan lees je in de brief waarom. Je kan altijd vragen stellen aan de balie.",
)


def sheet_markdown(index: int, *, front_matter: bool = True) -> str:
    title = f"Fiche nummer {index}"
    body = [f"## Wat is het?\n\n{PARAGRAPHS[index % 3]}\n"]
    body += [f"## Wat moet je doen?\n\n1. Kom langs.\n2. Vertel wat je nodig hebt.\n3. {PARAGRAPHS[(index + 1) % 3]}\n"]
    body += [f"## Wat mag je verwachten?\n\n{PARAGRAPHS[(index + 2) % 3]}\n"]
    if not front_matter:
        return f"---\ntitle: {title}\n---\n\n" + "\n".join(body)
    return (
        f"---\ntitle: {title}\ndescription: Uitleg over hulp van het OCMW, deel {index}.\n"
        f"category: {CATEGORIES[index % len(CATEGORIES)]}\norder: {index}\n"
        "reviewed:\n  by: participatiegroep\n  on: 2026-09-15\n---\n\n" + "\n".join(body)
    )


def wegwijs_project(root: Path, count: int) -> Path:
    """A copy of the repo's project with ``count`` generated sheets instead of the examples."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for name in ("mkdocs.yml", "mkdocs-kiosk.yml", "woordenlijst.yml"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, root / name)
    for name in ("hooks", "overrides", "docs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sheets = root / "theme_sheets"
    sheets.mkdir()
    for index in range(count):
        (sheets / f"fiche-{index:04d}.md").write_text(sheet_markdown(index), encoding="utf-8")
    return root


PLAIN_CONFIG = """site_name: Plain Material
docs_dir: docs
theme:
  name: material
  language: nl
  font: false
plugins:
  - search:
      lang: nl
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: false
  - pymdownx.details
  - pymdownx.superfences
"""


def plain_project(root: Path, count: int) -> Path:
    """The same pages as a plain Material site: no hooks, every page in MkDocs' automatic nav.

    The repo's ``docs/`` pages (start page, editors' guide, dialogue results) are built by both, with
    the same Markdown extensions, so a ratio compares the same work, not 50 pages against 70.
    """
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "docs" / "fiches").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    for index in range(count):
        path = root / "docs" / "fiches" / f"fiche-{index:04d}.md"
        path.write_text(sheet_markdown(index, front_matter=False), encoding="utf-8")
    return root
