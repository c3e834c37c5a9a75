"""What happened after the meetings, as dated events: each decision and each progress step.

The home page's "Jullie zeiden, wij deden" block, the Atom feed and the export read these, so they
agree on the order (newest first) and on what counts as an event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from wegwijs.dialogue.model import DialogueResult, ProgressStep, Proposal

DECISION = "besluit"
STEP = "stap"
#: How many decisions the home page shows (the issue asks for 3 to 5).
HOME_DECISIONS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9À-Ý'\"(])")


@dataclass(frozen=True)
class Event:
    kind: str
    day: dt.date
    proposal: Proposal
    meeting: DialogueResult
    step: ProgressStep | None = None
    #: 1 for the proposal's first step (in date order).
    step_number: int = 0

    @property
    def anchor(self) -> str:
        """The proposal's id on its result page, e.g. 'voorstel-2'."""
        return proposal_anchor(self.proposal)

    @property
    def key(self) -> str:
        """Unique inside its meeting, and stable while the file keeps its order."""
        if self.kind == DECISION:
            return f"{self.anchor}-besluit"
        return f"{self.anchor}-stap-{self.step_number}"

    @property
    def text(self) -> str:
        """What happened, in the editors' words: the motivation of a decision, or the step."""
        if self.step is not None:
            return self.step.text
        return self.proposal.motivation or ""


def proposal_anchor(proposal: Proposal) -> str:
    return f"voorstel-{proposal.number}"


def events(results: Iterable[DialogueResult]) -> list[Event]:
    """Every decision and progress step, newest first; the same day keeps a fixed order."""
    found: list[tuple[tuple, Event]] = []
    for meeting in results:
        for proposal in meeting.proposals:
            if proposal.status.decided and proposal.decided is not None:
                event = Event(DECISION, proposal.decided, proposal, meeting)
                found.append((_order(event, 0), event))
            for number, step in enumerate(proposal.progress, start=1):
                event = Event(STEP, step.on, proposal, meeting, step, number)
                found.append((_order(event, number), event))
    return [event for _, event in sorted(found, key=lambda pair: pair[0])]


def _order(event: Event, step_number: int) -> tuple:
    # Newest day first; on one day: newest meeting, then the file's order, a step after its decision.
    return (-event.day.toordinal(), event.meeting.sort_key, event.proposal.number, step_number)


def latest_decisions(results: Iterable[DialogueResult], limit: int = HOME_DECISIONS) -> list[Event]:
    return [e for e in events(results) if e.kind == DECISION][:limit]


def short_reason(text: str | None) -> str | None:
    """The first sentence of a motivation: enough for a block on the home page."""
    if not text:
        return None
    return _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]
