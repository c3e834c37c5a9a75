"""The brochure section "Wat deden we met jullie voorstellen?": the latest decisions and why.

The waiting room is where clients ask what happened to their proposals, so the brochure shows the
newest decided proposals of the dialogue results, read with the dialogue loader (the same data as
the website's overview). Drafts (``draft: true``) are left out. Findings about the dialogue files
are the website's job (``wegwijs check``, ``mkdocs build``); the brochure does not repeat them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from wegwijs.brochure.parts import IconLoader, Part, icon_data_uri, render
from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.content.source import read_document
from wegwijs.dates import dutch_date
from wegwijs.dialogue import DialogueResult, is_dialogue_result, load_dialogue
from wegwijs.dialogue.published import published

TITLE = "Wat deden we met jullie voorstellen?"


@dataclass(frozen=True)
class Decision:
    proposal: str
    status: str
    icon: str | None
    reason: str | None
    follow_up: str | None
    date: str
    meeting: str


def load_results(docs_dir: Path) -> list[DialogueResult]:
    """Every dialogue result under ``docs_dir/dialoog/`` that the loader can read, drafts left out."""
    folder = docs_dir / DIALOGUE_DIR
    results = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        uri = f"{DIALOGUE_DIR}/{path.name}"
        if not is_dialogue_result(uri):
            continue
        try:
            document = read_document(path, path.relative_to(docs_dir.parent).as_posix())
        except OSError:
            continue
        result, _ = load_dialogue(document, uri)
        if result is not None:
            results.append(result)
    return published(results)  # the same draft rule as the site, the feed and the export


def latest_decisions(results: list[DialogueResult], limit: int, icons: IconLoader | None = None) -> list[Decision]:
    """The newest decided proposals first (by decision date, then meeting date), at most ``limit``."""
    decided = [
        (proposal.decided or result.date, result, proposal)
        for result in results
        for proposal in result.proposals
        if proposal.status.decided
    ]
    decided.sort(key=lambda item: (-item[0].toordinal(), -item[1].date.toordinal(), item[1].rel_path, item[2].line))
    decisions = []
    for day, result, proposal in decided[:limit]:
        svg = icons(proposal.status.icon) if icons else None
        decisions.append(
            Decision(
                proposal=proposal.text,
                status=proposal.status.label,
                icon=icon_data_uri(svg) if svg else None,
                reason=proposal.motivation,
                follow_up=proposal.follow_up,
                date=dutch_date(day if isinstance(day, dt.date) else result.date),
                meeting=result.title,
            )
        )
    return decisions


def decisions_part(decisions: list[Decision], overview_url: str | None) -> Part | None:
    if not decisions:
        return None
    return Part("decisions", TITLE, render("decisions.html.j2", title=TITLE, items=decisions, url=overview_url))
