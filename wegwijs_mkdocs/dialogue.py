"""Dialogue results and the follow-up overview, wired into MkDocs' build events.

The content adapter reads every page under docs/dialoog/ once (``state().documents``); this module
validates those pages against the dialogue schema, runs the anonymity guard, and renders the result
pages and the overview. MkDocs reads all pages' Markdown before it renders any template, so the
overview, which is drawn by its template, always sees every result of the build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.content.source import read_document
from wegwijs.dates import dutch_date, today
from wegwijs.dialogue import DialogueResult, build_overview, is_dialogue_result
from wegwijs.dialogue.chart import bar_chart, proposals_text
from wegwijs.dialogue.decisions import latest_decisions, proposal_anchor, short_reason
from wegwijs.dialogue.feed import FEED_PATH, FEED_TYPE, FeedInfo, atom_feed
from wegwijs.dialogue.model import STATUSES
from wegwijs.dialogue.published import is_draft
from wegwijs_mkdocs.state import BuildState, state

OVERVIEW_URI = f"{DIALOGUE_DIR}/index.md"
OVERVIEW_TITLE = "Wat deden we met jullie voorstellen?"
OVERVIEW_DESCRIPTION = "Wat deed het OCMW met de voorstellen van de participatiegroep? Hier lees je het per voorstel."
HOME_TITLE = "Jullie zeiden, wij deden"
OVERVIEW_INTRO = (
    "\nDe participatiegroep doet voorstellen op een dialoogmoment. "
    "Het OCMW beloofde om bij elk voorstel te zeggen wat het ermee doet, en waarom. "
    "Hier lees je alle voorstellen. De nieuwste staan bovenaan.\n"
)


@dataclass
class _Build:
    """This build's dialogue results; tied to one BuildState, so a 'serve' rebuild starts clean."""

    owner: BuildState | None = None
    results: dict[str, DialogueResult] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)
    overview_url: str = f"{DIALOGUE_DIR}/"


_build = _Build()


def _current() -> _Build:
    global _build
    if _build.owner is not state():
        _build = _Build(owner=state())
    return _build


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if files.get_file_from_path(OVERVIEW_URI) is None:
        files.append(File.generated(config, OVERVIEW_URI, content=OVERVIEW_INTRO))
    _current().overview_url = files.get_file_from_path(OVERVIEW_URI).url
    for file in files.documentation_pages():
        if not is_dialogue_result(file.src_uri):
            continue
        if file.abs_src_path and _is_draft(Path(file.abs_src_path)):
            # MkDocs' own draft level: rendered by 'mkdocs serve', never written by 'mkdocs build'
            # (so never in the site, the kiosk, the feed or the home page of a build).
            file.inclusion = InclusionLevel.DRAFT
        elif file.inclusion.is_in_nav():
            # Results are reached from the overview, never from the menu: saying so keeps MkDocs
            # from listing them as "not included in the nav" on every build.
            file.inclusion = InclusionLevel.NOT_IN_NAV
    return files


def _is_draft(path: Path) -> bool:
    return is_draft(read_document(path, path.name, require_front_matter=False))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    uri = page.file.src_uri
    if uri == OVERVIEW_URI:
        page.meta = {
            "title": OVERVIEW_TITLE,
            "description": OVERVIEW_DESCRIPTION,
            **_editor_meta(uri),
            "template": "dialogue-overview.html",
        }
        return markdown
    if not is_dialogue_result(uri):
        return markdown
    checked = state().report.pages.get(uri) if state().report else None
    if checked is None:
        return markdown
    result = checked.dialogue  # checked (charter, anonymity guard) and reported by the engine
    if result is None:
        page.meta = {"title": PurePosixPath(uri).stem}
        return markdown
    build = _current()
    build.results[uri] = result
    build.urls[uri] = page.url
    page.meta = {
        "title": result.title,
        "description": result.description or _description(result),
        "template": "dialogue.html",
    }
    return markdown


def _editor_meta(uri: str) -> dict[str, Any]:
    """Front matter of an editor's own docs/dialoog/index.md, checked like any ordinary page."""
    checked = state().report.pages.get(uri) if state().report else None
    if checked is None:
        return {}
    meta = dict(checked.meta)  # validated by the engine like any ordinary page
    meta.pop("template", None)  # the overview's own template draws the chart
    return meta


def _description(result: DialogueResult) -> str:
    return f"Wat de participatiegroep voorstelde over {result.theme}, en wat het OCMW ermee deed."


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    uri = page.file.src_uri
    build = _current()
    target = context.setdefault("wegwijs", {})
    if uri == OVERVIEW_URI:
        target["overview"] = overview_view(build)
    elif uri in build.results:
        target["dialogue"] = result_view(build.results[uri])
    if page.is_homepage:
        target["decisions"] = home_view(build)
    return context


def credit(result: DialogueResult) -> str:
    """The line that thanks the participation group (the charter asks for it on every page)."""
    when = dutch_date(result.date)
    if result.participants is None:
        sentence = f"Deze voorstellen komen van de participatiegroep, op het dialoogmoment van {when}."
    elif result.participants == 1:
        sentence = f"Deze voorstellen komen van de participatiegroep. 1 persoon praatte mee op {when}."
    else:
        sentence = (
            f"Deze voorstellen komen van de participatiegroep. "
            f"{result.participants} mensen praatten mee op {when}."
        )
    if result.ladder_text:
        sentence += f" {result.ladder_text}"
    return f"{sentence} Dank je wel!"


def _status_view(status) -> dict[str, Any]:
    return {"id": status.id, "label": status.label, "icon": status.icon}


def _proposal_view(proposal) -> dict[str, Any]:
    return {
        "text": proposal.text,
        "anchor": proposal_anchor(proposal),
        "status": _status_view(proposal.status),
        "decided": dutch_date(proposal.decided) if proposal.decided else None,
        "motivation": proposal.motivation,
        "follow_up": proposal.follow_up,
        "progress": [
            {"date": dutch_date(step.on), "iso_date": step.on.isoformat(), "text": step.text}
            for step in proposal.progress
        ],
        # Shown to readers only while the group still waits for an answer.
        "review_by": dutch_date(proposal.review_by) if proposal.review_by and not proposal.status.decided else None,
    }


def result_view(result: DialogueResult) -> dict[str, Any]:
    return {
        "title": result.title,
        "date": dutch_date(result.date),
        "theme": result.theme,
        "proposals": [_proposal_view(p) for p in result.proposals],
        "count_text": proposals_text(len(result.proposals)),
        "credit": credit(result),
        "overview_url": _current().overview_url,
        "overview_title": OVERVIEW_TITLE,
        "draft": result.draft,
    }


def home_view(build: _Build) -> dict[str, Any]:
    """The home page's "Jullie zeiden, wij deden": the latest decisions, each with its short reason."""
    return {
        "title": HOME_TITLE,
        "overview_url": build.overview_url,
        "overview_title": OVERVIEW_TITLE,
        "entries": [
            {
                "text": event.proposal.text,
                "status": _status_view(event.proposal.status),
                "date": dutch_date(event.day),
                "iso_date": event.day.isoformat(),
                "reason": short_reason(event.proposal.motivation),
                "url": build.urls.get(event.meeting.src_uri, build.overview_url),
                "anchor": event.anchor,
                "meeting": event.meeting.title,
            }
            for event in latest_decisions(build.results.values())
        ],
    }


def overview_view(build: _Build) -> dict[str, Any]:
    overview = build_overview(build.results.values())
    return {
        "chart": bar_chart(overview),
        "total_text": proposals_text(overview.total),
        "statuses": [{"id": s.id, "label": s.label, "icon": s.icon} for s in STATUSES],
        "groups": [
            {
                "id": group.status.id,
                "label": group.status.label,
                "icon": group.status.icon,
                "count": group.count,
                "count_text": proposals_text(group.count),
                "proposals": [
                    {
                        **_proposal_view(item.proposal),
                        "meeting": _meeting_view(item.meeting, build),
                    }
                    for item in group.items
                ],
            }
            for group in overview.groups
        ],
        "meetings": [_meeting_view(m, build) for m in overview.meetings],
        # The feed is for partners and the local paper; the kiosk's screen cannot subscribe to it.
        "feed": None if state().kiosk else {"url": FEED_PATH, "type": FEED_TYPE},
        "credit": (
            "Alle voorstellen komen van de participatiegroep: mensen die zelf armoede kennen. Dank je wel!"
        ),
    }


def _meeting_view(meeting: DialogueResult, build: _Build) -> dict[str, Any]:
    return {
        "title": meeting.title,
        "date": dutch_date(meeting.date),
        "iso_date": meeting.date.isoformat(),
        "slug": PurePosixPath(meeting.src_uri).stem,
        "theme": meeting.theme,
        "url": build.urls.get(meeting.src_uri, ""),
        "count_text": proposals_text(len(meeting.proposals)),
    }


def on_post_build(config: MkDocsConfig) -> None:
    """Write the Atom feed of decisions and progress (not in the kiosk: nobody subscribes there)."""
    current = state()
    if current.kiosk or current.project is None:
        return
    build = _current()
    site_url = config.site_url or None
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    info = FeedInfo(
        title=f"{config.site_name}: {HOME_TITLE}",
        author=current.project.settings.organisation.name,
        site_url=site_url,
        overview_path=build.overview_url,
        empty_updated=today(),
    )
    target = Path(config.site_dir) / FEED_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(atom_feed(build.results.values(), build.urls, info))
