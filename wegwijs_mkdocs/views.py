"""What the templates get: plain dicts built from the engine's data, one per kind of page."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.pages import Page

from wegwijs.glossary import Glossary
from wegwijs.project import Project
from wegwijs.settings import Category
from wegwijs.translation.strings import dutch

GLOSSARY_INTRO = (
    "\nHier vind je moeilijke woorden met een korte uitleg. "
    "Op andere pagina's zie je de uitleg ook als je op het woord tikt.\n\n"
)


def category_intro(category: Category) -> str:
    return f"\n{category.description}\n" if category.description else "\n"


def glossary_list(glossary: Glossary) -> str:
    lines = [f'- <span id="{t.slug}">**{t.term}**</span>: {t.explanation}' for t in glossary.terms]
    return "\n" + "\n".join(lines) + "\n" if lines else ""


def category_card(category: Category, project: Project) -> dict[str, Any]:
    return {
        "id": category.id,
        "label": category.label,
        "icon": category.icon,
        "description": category.description,
        "url": f"categorie/{category.id}/",
        "count": len(project.sheets_in(category.id)),
    }


def sheet_card(sheet) -> dict[str, Any]:
    return {
        "slug": sheet.slug,
        "title": sheet.title,
        "description": sheet.description,
        "icon": sheet.icon,
        "url": f"fiches/{sheet.slug}/",
    }


def page_context(current, page: Page) -> dict[str, Any]:
    project = current.project
    settings = project.settings
    context: dict[str, Any] = {
        "organisation": settings.organisation,
        "kiosk": settings.kiosk_build,
        "serving": current.serving,
        "categories": [category_card(c, project) for c in settings.categories],
        "settings": {"kiosk": settings.kiosk, "brochure": settings.brochure},
        # The footer's small "Voor medewerkers" link (website only), when the guide exists.
        "staff_url": "handleiding/" if "handleiding/index.md" in current.documents else None,
        # Dutch interface texts; the translations hook replaces them on pages in another language.
        "strings": dutch(),
        "lang": {"code": "nl", "dir": "ltr", "name": "Nederlands"},
        "interface_translated": True,
    }
    uri = page.file.src_uri
    if uri.startswith("categorie/"):
        category = settings.category(uri.split("/", 1)[1][:-3])
        context["category"] = {
            **category_card(category, project),
            "sheets": [sheet_card(s) for s in project.sheets_in(category.id)],
        }
    elif uri in current.sheet_uris:
        sheet = project.sheet(current.sheet_uris[uri])
        category = settings.category(sheet.category)
        context["sheet"] = {
            **sheet_card(sheet),
            "category": category_card(category, project),
            "review": sheet.review_text,
            "contact": sheet.contact,
        }
    return context
