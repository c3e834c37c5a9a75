"""The staff report: which pages are hardest, their hardest sentences, and which sheets the
participation group has not read (recently). Plain data here; ``templates/staff.html.j2`` draws it
(Jinja2 with autoescape, so every value is escaped)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, select_autoescape

from wegwijs.content.sheet import ThemeSheet
from wegwijs.dates import dutch_date, months_between
from wegwijs.readability import PageAnalysis

#: A "sentence" of fewer words is a heading, a code or a label ("WW407"), not a sentence to rewrite.
MIN_SENTENCE_WORDS = 3
HARDEST_SENTENCES = 5
GROUP = "participatiegroep"


@dataclass(frozen=True)
class Place:
    line: int
    text: str
    code: str = ""
    score: float | None = None


@dataclass(frozen=True)
class PageReport:
    title: str
    link: str
    path: str
    level: str
    score: float | None
    words_per_sentence: float | None
    findings: list[Place] = field(default_factory=list)
    sentences: list[Place] = field(default_factory=list)


@dataclass(frozen=True)
class SheetReview:
    title: str
    link: str
    path: str
    status: str  # plain Dutch: "Nooit nagelezen door de participatiegroep", ...


def page_report(title: str, link: str, analysis: PageAnalysis) -> PageReport:
    metrics = analysis.metrics
    sentences = [s for s in analysis.worst_sentences() if len(s.tokens) >= MIN_SENTENCE_WORDS]
    return PageReport(
        title=title,
        link=link,
        path=analysis.path,
        level=analysis.level,
        score=metrics["flesch_douma"],
        words_per_sentence=metrics["words_per_sentence"],
        findings=[Place(f.line, f.message, f.code) for f in analysis.findings],
        sentences=[Place(s.line, s.text, score=s.flesch_douma) for s in sentences[:HARDEST_SENTENCES]],
    )


def review_status(sheet: ThemeSheet, today: dt.date, max_age_months: int) -> str | None:
    """Why the group should read this sheet (again), or None when it read it recently."""
    reviewed = sheet.reviewed
    if reviewed is None or reviewed.by.strip().lower() != GROUP:
        return "Nooit nagelezen door de participatiegroep"
    age = months_between(reviewed.on, today)
    if age >= max_age_months:
        return f"Laatst nagelezen op {dutch_date(reviewed.on)}, {age} maanden geleden"
    return None


def sheets_to_review(
    sheets: Iterable[tuple[ThemeSheet, str]], today: dt.date, max_age_months: int
) -> list[SheetReview]:
    """Sheets (with their link) the group never read or read too long ago, never read first."""
    found = []
    for sheet, link in sheets:
        status = review_status(sheet, today, max_age_months)
        if status is not None:
            found.append((sheet.reviewed is not None, sheet.title.lower(), SheetReview(
                sheet.title, link, sheet.document.rel_path, status
            )))
    return [review for *_, review in sorted(found, key=lambda item: item[:2])]


_env = Environment(
    loader=PackageLoader("wegwijs.report", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(pages: list[PageReport], reviews: list[SheetReview], max_age_months: int) -> str:
    return _env.get_template("staff.html.j2").render(pages=pages, reviews=reviews, max_age_months=max_age_months)
