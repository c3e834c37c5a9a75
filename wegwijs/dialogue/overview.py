"""The follow-up overview: every proposal of every meeting, grouped by status, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wegwijs.dialogue.model import STATUSES, DialogueResult, Proposal, Status


@dataclass(frozen=True)
class OverviewItem:
    proposal: Proposal
    meeting: DialogueResult


@dataclass
class StatusGroup:
    status: Status
    items: list[OverviewItem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass
class Overview:
    groups: list[StatusGroup]
    meetings: list[DialogueResult]

    @property
    def total(self) -> int:
        return sum(g.count for g in self.groups)

    @property
    def counts(self) -> dict[str, int]:
        return {g.status.id: g.count for g in self.groups}


def build_overview(results: Iterable[DialogueResult]) -> Overview:
    """Groups in the order of :data:`STATUSES` (empty ones too, so the chart always has every bar)."""
    meetings = sorted(results, key=lambda r: r.sort_key)
    groups = {s.id: StatusGroup(s) for s in STATUSES}
    for meeting in meetings:  # newest meeting first; inside a meeting, the order of the file
        for proposal in meeting.proposals:
            groups[proposal.status.id].items.append(OverviewItem(proposal, meeting))
    return Overview(list(groups.values()), meetings)
