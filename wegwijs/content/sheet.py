"""Theme sheets (themafiches): one service per sheet, in ``theme_sheets/<slug>.md``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wegwijs.content import codes
from wegwijs.content.schema import Field, validate
from wegwijs.content.source import SourceDocument, read_document
from wegwijs.dates import dutch_date, months_between
from wegwijs.findings import Finding

LEVELS = ("A2", "B1")

CONTACT_SCHEMA = {
    "name": Field(str),
    "phone": Field(str),
    "email": Field(str),
    "address": Field(str),
    "hours": Field(str),
}

REVIEW_SCHEMA = {
    "by": Field(str, required=True, help="Schrijf wie de fiche nalas, bv. 'participatiegroep'."),
    "on": Field(dt.date, required=True, help="Schrijf de datum zo: 2026-09-15."),
}


def sheet_schema(category_ids: list[str]) -> dict[str, Field]:
    return {
        "title": Field(str, required=True, max_length=60, help="Schrijf een korte titel."),
        "description": Field(str, required=True, help="Schrijf één of twee eenvoudige zinnen."),
        "category": Field(str, required=True, choices=category_ids, help="Kies een categorie."),
        "icon": Field(str),
        "tags": Field(list, items=Field(str)),
        "contact": Field(dict, fields=CONTACT_SCHEMA),
        "reviewed": Field(dict, fields=REVIEW_SCHEMA),
        "level": Field(str, choices=LEVELS),
        "order": Field(int),
        "brochure": Field(bool, default=True),
        "readability": Field(dict, fields={"ignore": Field(list, items=Field(str))}),
    }


@dataclass(frozen=True)
class Contact:
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None


@dataclass(frozen=True)
class Review:
    by: str
    on: dt.date


@dataclass
class SheetText:
    """What a reader reads on a sheet: the Dutch sheet and each of its translations have this."""

    document: SourceDocument
    title: str
    description: str
    icon: str | None = None
    tags: list[str] = field(default_factory=list)
    contact: Contact | None = None

    @property
    def findings(self) -> list[Finding]:
        return self.document.findings

    @property
    def review_text(self) -> str | None:
        """The visible credit line; only a Dutch sheet is read by the participation group."""
        return None


@dataclass(kw_only=True)
class ThemeSheet(SheetText):
    slug: str
    category: str
    reviewed: Review | None = None
    level: str | None = None
    order: int | None = None
    brochure: bool = True
    ignore: list[str] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple:
        return (self.order if self.order is not None else 10**6, self.title.lower())

    @property
    def review_text(self) -> str | None:
        """The visible credit line: 'Nagelezen door de participatiegroep op 15 september 2026'."""
        if self.reviewed is None:
            return None
        by = self.reviewed.by.strip()
        who = "de participatiegroep" if by.lower() == "participatiegroep" else by
        return f"Nagelezen door {who} op {dutch_date(self.reviewed.on)}"

    def meta(self) -> dict[str, Any]:
        """Front matter as MkDocs and Material expect it (``title``, ``description``, ...)."""
        meta: dict[str, Any] = {"title": self.title, "description": self.description}
        if self.icon:
            meta["icon"] = self.icon
        if self.tags:
            meta["tags"] = list(self.tags)
        return meta


def load_sheet(
    path: Path,
    rel_path: str,
    category_ids: list[str],
    *,
    today: dt.date | None = None,
    review_max_age_months: int = 12,
) -> tuple[ThemeSheet | None, SourceDocument]:
    """Read and validate one sheet. Returns ``(None, document)`` when it cannot become a page."""
    document = read_document(path, rel_path)
    if document.front_matter is None:
        return None, document
    values, findings, lines = validate(document.front_matter, sheet_schema(category_ids), rel_path)
    document.findings.extend(findings)
    reviewed = None
    if "on" in values.get("reviewed", {}) and "by" in values["reviewed"]:
        reviewed = Review(**values["reviewed"])
        today = today or dt.date.today()
        age = months_between(reviewed.on, today)
        if reviewed.on > today:
            line, column = lines.get(("reviewed", "on"), (1, 1))
            document.findings.append(
                codes.REVIEW_IN_FUTURE.finding(
                    f"'on: {reviewed.on.isoformat()}' ligt in de toekomst. Schrijf de dag waarop de groep "
                    "de fiche las.",
                    rel_path,
                    line,
                    column + len("on: "),
                )
            )
        elif age >= review_max_age_months:
            line, column = lines.get(("reviewed", "on"), (1, 1))
            document.findings.append(
                codes.REVIEW_TOO_OLD.finding(
                    f"De groep las deze fiche {age} maanden geleden na. Vraag een nieuwe nalezing.",
                    rel_path,
                    line,
                    column,
                )
            )
    if not {"title", "description", "category"} <= values.keys():
        return None, document
    sheet = ThemeSheet(
        document=document,
        slug=path.stem,
        title=values["title"],
        description=values["description"],
        category=values["category"],
        icon=values.get("icon"),
        tags=values.get("tags", []),
        contact=Contact(**values["contact"]) if values.get("contact") else None,
        reviewed=reviewed,
        level=values.get("level"),
        order=values.get("order"),
        brochure=values.get("brochure", True),
        ignore=values.get("readability", {}).get("ignore", []),
    )
    return sheet, document
