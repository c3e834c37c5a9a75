"""The readability engine in the build: findings through MkDocs' logger, the score in each page's
context, a staff report page and ``site/readability.json``.

Pages are analysed in ``on_page_markdown`` (MkDocs reads every page's Markdown before it renders any
template), so the report page, filled in at render time, sees the whole site. Analyses are cached
by content for ``mkdocs serve``: a rebuild re-analyses only the pages that changed, but reports every
finding again, because each build's log starts empty.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijs import pipeline
from wegwijs.pipeline import PAGE_RULES  # noqa: F401  (the preview asks this module)
from wegwijs.readability import PageAnalysis, wordcache
from wegwijs.report import staff
from wegwijs_mkdocs.state import BuildState, persistent, state

REPORT_URI = pipeline.REPORT_URI  # a staff folder: the kiosk build leaves it out
REPORT_TITLE = "Leesbaarheid van de site"
JSON_NAME = "readability.json"
_JSON_CACHE = "readability-json"


@dataclass
class _Build:
    owner: BuildState | None = None
    analyses: dict[str, tuple[Page, PageAnalysis]] = field(default_factory=dict)


_build = _Build()


def _current() -> _Build:
    global _build
    if _build.owner is not state():
        _build = _Build(owner=state())
    return _build


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not state().kiosk and files.get_file_from_path(REPORT_URI) is None:
        files.append(
            File.generated(config, REPORT_URI, content=f"# {REPORT_TITLE}\n", inclusion=InclusionLevel.NOT_IN_NAV)
        )
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    current = state()
    build = _current()
    uri = page.file.src_uri
    if uri == REPORT_URI:
        page.meta = {"title": REPORT_TITLE, "staff": True, "search": {"exclude": True}, "hide": ["toc"]}
        return markdown
    checked = current.report.pages.get(uri) if current.report else None
    if checked is None or checked.analysis is None:
        return markdown  # a page Wegwijs makes itself (category, overview): not an editor's text
    # Analysed (and its findings reported) by the engine's project check in on_nav.
    build.analyses[uri] = (page, checked.analysis)
    page.meta["readability_score"] = score(checked.analysis)
    return markdown


def page_analysis(src_uri: str) -> PageAnalysis | None:
    """This build's analysis of one page, or None (the live preview marks its findings)."""
    entry = _current().analyses.get(src_uri)
    return entry[1] if entry else None


def score(analysis: PageAnalysis) -> dict[str, Any]:
    """What templates get: ``page.meta.readability_score`` and ``readability`` in the context."""
    metrics = analysis.metrics
    return {
        "level": analysis.level,
        "flesch_douma": metrics["flesch_douma"],
        "brouwer": metrics["brouwer"],
        "words_per_sentence": metrics["words_per_sentence"],
        "sentences": metrics["sentences"],
        "words": metrics["words"],
        "findings": len(analysis.findings),
    }


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    build = _current()
    uri = page.file.src_uri
    if uri in build.analyses:
        context["readability"] = score(build.analyses[uri][1])
    if uri == REPORT_URI:
        page.content = report_html(_ranked(build), page)
    return context


def _ranked(build: _Build) -> list[tuple[Page, PageAnalysis]]:
    """Hardest pages first (lowest Flesch-Douma; pages without text last)."""
    return sorted(
        build.analyses.values(),
        key=lambda item: (item[1].metrics["flesch_douma"] is None, item[1].metrics["flesch_douma"] or 0),
    )


def report_html(ranked: list[tuple[Page, PageAnalysis]], report_page: Page) -> str:
    """The staff report: data from the engine, drawn by ``wegwijs/report/templates/staff.html.j2``."""
    pages = [
        staff.page_report(page.title or analysis.path, _relative_url(page, report_page), analysis)
        for page, analysis in ranked
    ]
    current = state()
    project = current.project
    reviews: list[staff.SheetReview] = []
    max_age = 12
    if project is not None:
        max_age = project.settings.review_max_age_months
        sheets = [(sheet, "../" * report_page.url.count("/") + f"fiches/{sheet.slug}/") for sheet in project.sheets]
        reviews = staff.sheets_to_review(sheets, dt.date.today(), max_age)
    return staff.render(pages, reviews, max_age)


def _relative_url(page: Page, report_page: Page) -> str:
    depth = report_page.url.count("/")
    return "../" * depth + page.url


def site_json(analysis: PageAnalysis, page: Page) -> dict[str, Any]:
    """One page in ``site/readability.json``: the shape of ``wegwijs analyse --format json`` with
    ``url`` and ``title``, sentences worst first, but without each sentence's ``words`` list.

    The per-word data (text, syllables, Zipf of every word of the site) made the file several
    megabytes and its writing a third of the readability cost of a build; ``wegwijs analyse``
    still gives it for a page. Compact JSON also lets the json module use its C encoder.
    """
    data = analysis.to_dict(words=False)
    data["url"] = page.url
    data["title"] = page.title
    data["sentences"] = [s.to_dict(words=False) for s in analysis.worst_sentences()]
    return data


def on_post_build(config: MkDocsConfig) -> None:
    if state().kiosk or state().project is None:
        return
    ranked = _ranked(_current())
    # Each page's JSON is kept while its (cached) analysis is the same object, so a rebuild
    # during 'mkdocs serve' serialises only the pages that changed.
    previous = persistent.get(_JSON_CACHE, {})
    cache: dict[tuple, tuple[PageAnalysis, str]] = {}
    pages = []
    for page, analysis in ranked:
        key = (id(analysis), page.url, page.title)
        entry = previous.get(key)
        if entry is None or entry[0] is not analysis:
            entry = (analysis, json.dumps(site_json(analysis, page), ensure_ascii=False))
        cache[key] = entry
        pages.append(entry[1])
    persistent[_JSON_CACHE] = cache
    path = Path(config.site_dir) / JSON_NAME
    path.write_text('{"pages": [\n' + ",\n".join(pages) + "\n]}", "utf-8")
    wordcache.save()  # the next build (or 'mkdocs serve' after a restart) skips loading wordfreq and pyphen
