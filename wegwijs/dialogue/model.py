"""Dialogue results as plain data: a meeting, its proposals, and the statuses a proposal can have."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Status:
    """One status of a proposal: the value editors write, and what readers see (text and icon)."""

    id: str
    label: str
    #: A Material icon, always shown next to the label: the label carries the meaning, never colour.
    icon: str
    decided: bool
    #: The SVG pattern of the chart bar, so the chart also reads in black and white.
    pattern: str


#: In the order of the overview: what the office did first, what is still waiting last.
STATUSES: tuple[Status, ...] = (
    Status("weerhouden", "Ja, dat doen we", "material/check-circle-outline", True, "solid"),
    Status("deels-weerhouden", "Voor een deel", "material/circle-half-full", True, "stripes"),
    Status("niet-weerhouden", "Nee, dat doen we niet", "material/close-circle-outline", True, "cross"),
    Status("in-behandeling", "We werken eraan", "material/progress-clock", False, "dots"),
    Status("open", "Nog geen besluit", "material/help-circle-outline", False, "empty"),
)
STATUS_IDS: tuple[str, ...] = tuple(s.id for s in STATUSES)
STATUS_BY_ID: dict[str, Status] = {s.id: s for s in STATUSES}

#: The participation ladder: how much say the group had, in one plain sentence each.
LADDER: dict[str, str] = {
    "meeweten": "De groep kreeg uitleg van het OCMW.",
    "meedenken": "De groep dacht mee met het OCMW.",
    "meedoen": "De groep werkte mee aan de oplossing.",
    "meebeslissen": "De groep besliste mee.",
}


@dataclass(frozen=True)
class ProgressStep:
    """One dated step of what happened with a proposal after the meeting."""

    on: dt.date
    text: str
    #: Line and column of the step's text in its file, so the text checks can point at it.
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Proposal:
    text: str
    status: Status
    decided: dt.date | None = None
    motivation: str | None = None
    follow_up: str | None = None
    #: Line of the proposal in its file, so a report can point at it.
    line: int = 1
    #: Oldest first (sorted on load, whatever the order in the file).
    progress: tuple[ProgressStep, ...] = ()
    review_by: dt.date | None = None
    #: 1 for the first proposal of its meeting: anchors on the result page and ids in the feed.
    number: int = 1

    @property
    def last_step(self) -> ProgressStep | None:
        return self.progress[-1] if self.progress else None


@dataclass
class DialogueResult:
    title: str
    date: dt.date
    theme: str
    rel_path: str
    #: The page's address inside docs/, e.g. 'dialoog/2026-03-12-huisbezoek.md'.
    src_uri: str = ""
    description: str | None = None
    participants: int | None = None
    ladder: str | None = None
    proposals: list[Proposal] = field(default_factory=list)
    summary: str = ""
    #: True: shown in 'mkdocs serve' only; never on the site, the kiosk, the feed, the export or the brochure.
    draft: bool = False
    #: (line, column) of every front-matter key by its path, e.g. ('proposals', 0, 'motivation'), so
    #: the checks of reader-facing text can point at the value's own line.
    positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    @property
    def ladder_text(self) -> str | None:
        return LADDER.get(self.ladder) if self.ladder else None

    @property
    def sort_key(self) -> tuple:
        """Newest meeting first; the same day sorts by file name, so the order never flips."""
        return (-self.date.toordinal(), self.rel_path)
