"""Dates of one proposal against the meeting and "today": decisions, progress steps and reviews.

"Today" is a parameter (``wegwijs.dates.today()`` by default, which honours SOURCE_DATE_EPOCH), so
tests and reproducible builds can fix it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wegwijs.dates import dutch_date, months_between
from wegwijs.dialogue import codes
from wegwijs.dialogue.model import STATUS_BY_ID, ProgressStep
from wegwijs.findings import Finding
from wegwijs.settings import DIALOGUE_SCHEMA as SETTINGS_DIALOGUE_SCHEMA
from wegwijs.settings import Settings

DEFAULT_MAX_OPEN_MONTHS: int = SETTINGS_DIALOGUE_SCHEMA["max_open_months"].default


def max_open_months(settings: Settings | None) -> int:
    """``extra.wegwijs.dialogue.max_open_months``, or its default when missing or wrong."""
    value = settings.dialogue.get("max_open_months") if settings is not None else None
    return value if isinstance(value, int) and value >= 1 else DEFAULT_MAX_OPEN_MONTHS


@dataclass(frozen=True)
class DateContext:
    """What the date rules of one proposal compare with."""

    rel: str
    meeting: dt.date | None
    today: dt.date
    max_open_months: int
    #: (line, column) of every key by its path, from the schema validation.
    lines: dict


def progress_steps(item: dict, index: int, lines: dict) -> tuple[ProgressStep, ...]:
    """The proposal's valid steps, oldest first (steps with a missing or bad date are left out)."""
    steps = []
    for number, step in enumerate(item.get("progress") or []):
        if "on" not in step or not step.get("text"):
            continue
        line, column = lines.get(("proposals", index, "progress", number, "text"), (1, 1))
        steps.append(ProgressStep(step["on"], " ".join(step["text"].split()), line, column + len("text: ")))
    return tuple(sorted(steps, key=lambda s: s.on))


def date_rules(item: dict, index: int, line: int, context: DateContext) -> list[Finding]:
    """WW206-WW212 for the proposal at ``index`` (``line`` is where the proposal starts)."""
    status = STATUS_BY_ID.get(item.get("status", ""))
    number = index + 1
    findings: list[Finding] = []

    def at(*key: str | int) -> tuple[int, int]:
        return context.lines.get(("proposals", index, *key), (line, 1))

    decided = item.get("decided")
    if decided is not None and decided > context.today:
        findings.append(
            codes.DECIDED_IN_FUTURE.finding(
                f"Voorstel {number}: het besluit valt op {dutch_date(decided)}, en dat is nog niet voorbij. "
                "Schrijf de datum waarop het OCMW besliste.",
                context.rel,
                *at("decided"),
            )
        )
    if decided is not None and status is not None and not status.decided:
        findings.append(
            codes.DECIDED_BUT_OPEN.finding(
                f"Voorstel {number} is '{status.id}', maar heeft een datum bij 'decided'. "
                "Kies de status van het besluit, of haal 'decided' weg.",
                context.rel,
                *at("decided"),
            )
        )
    findings += _step_rules(item, index, number, context)
    if status is None:
        return findings
    review_by = item.get("review_by")
    if status.decided:
        if review_by is not None:
            findings.append(
                codes.REVIEW_AFTER_DECISION.finding(
                    f"Voorstel {number} is '{status.id}': haal 'review_by' weg. "
                    "Wat er daarna gebeurt, zet je bij 'progress'.",
                    context.rel,
                    *at("review_by"),
                )
            )
        return findings
    if review_by is not None:
        if review_by < context.today:
            findings.append(
                codes.REVIEW_PASSED.finding(
                    f"Voorstel {number} is nog '{status.id}'. Het OCMW zou terugkomen voor "
                    f"{dutch_date(review_by)}. Geef de groep een antwoord of kies een nieuwe datum.",
                    context.rel,
                    *at("review_by"),
                )
            )
    elif context.meeting is not None:
        months = months_between(context.meeting, context.today)
        if months >= context.max_open_months:
            findings.append(
                codes.OPEN_TOO_LONG.finding(
                    f"Voorstel {number} is al {months} maanden '{status.id}'. Geef de groep een antwoord, "
                    "of schrijf bij 'review_by' wanneer het OCMW terugkomt.",
                    context.rel,
                    *at("status"),
                )
            )
    return findings


def _step_rules(item: dict, index: int, number: int, context: DateContext) -> list[Finding]:
    findings = []
    for step_index, step in enumerate(item.get("progress") or []):
        day = step.get("on")
        if day is None:
            continue
        where = context.lines.get(("proposals", index, "progress", step_index, "on"), (1, 1))
        if context.meeting is not None and day < context.meeting:
            findings.append(
                codes.STEP_BEFORE_MEETING.finding(
                    f"Voorstel {number}: de stap van {dutch_date(day)} valt voor het dialoogmoment "
                    f"({dutch_date(context.meeting)}). Kijk de datums na.",
                    context.rel,
                    *where,
                )
            )
        elif day > context.today:
            findings.append(
                codes.STEP_IN_FUTURE.finding(
                    f"Voorstel {number}: de stap van {dutch_date(day)} ligt in de toekomst. "
                    "Schrijf een stap pas op als ze gebeurd is.",
                    context.rel,
                    *where,
                )
            )
    return findings
