"""Validate one dialogue result's front matter and turn it into a :class:`DialogueResult`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

import yaml

from wegwijs.content.schema import validate
from wegwijs.content.source import SourceDocument
from wegwijs.dates import dutch_date, today as current_day
from wegwijs.dialogue import codes
from wegwijs.dialogue.model import STATUS_BY_ID, DialogueResult, Proposal
from wegwijs.dialogue.schema import DIALOGUE_SCHEMA
from wegwijs.dialogue.timeline import DEFAULT_MAX_OPEN_MONTHS, DateContext, date_rules, progress_steps
from wegwijs.findings import Finding

_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def load_dialogue(
    document: SourceDocument,
    src_uri: str = "",
    *,
    today: dt.date | None = None,
    max_open_months: int = DEFAULT_MAX_OPEN_MONTHS,
) -> tuple[DialogueResult | None, list[Finding]]:
    """Check a dialogue result against the content model and the charter's rules.

    Returns the result (None when the front matter is too broken to show) and the new findings; the
    document's own reading findings (encoding, broken YAML) stay on the document. ``today`` defaults
    to :func:`wegwijs.dates.today` (SOURCE_DATE_EPOCH when set).
    """
    if document.front_matter is None:
        return None, []
    rel = document.rel_path
    values, findings, lines = validate(document.front_matter, DIALOGUE_SCHEMA, rel)
    proposal_lines = _item_lines(document.front_matter, "proposals")
    proposals: list[Proposal] = []
    meeting = values.get("date")
    dates = DateContext(rel, meeting, today or current_day(), max_open_months, lines)
    for index, item in enumerate(values.get("proposals") or []):
        line = proposal_lines[index] if index < len(proposal_lines) else 1
        findings += _charter_rules(item, index, meeting, lines, line, rel)
        findings += date_rules(item, index, line, dates)
        status = STATUS_BY_ID.get(item.get("status", ""))
        if status is None or "proposal" not in item:
            continue
        proposals.append(
            Proposal(
                text=item["proposal"].strip(),
                status=status,
                decided=item.get("decided"),
                motivation=_clean(item.get("motivation")),
                follow_up=_clean(item.get("follow_up")),
                line=line,
                progress=progress_steps(item, index, lines),
                review_by=item.get("review_by"),
                number=index + 1,
            )
        )
    if "participants" in values and values["participants"] < 1:
        line, column = lines[("participants",)]
        findings.append(
            codes.NO_PARTICIPANTS.finding(
                f"'participants: {values['participants']}' kan niet. Schrijf hoeveel mensen er waren.",
                rel,
                line,
                column + len("participants: "),
            )
        )
    if meeting is not None:
        findings += _file_name_rule(rel, meeting)
    if not all(key in values for key in ("title", "date", "theme")):
        return None, findings
    result = DialogueResult(
        title=values["title"],
        date=values["date"],
        theme=values["theme"],
        rel_path=rel,
        src_uri=src_uri,
        description=values.get("description"),
        participants=values.get("participants"),
        ladder=values.get("ladder"),
        proposals=proposals,
        summary=document.body,
        draft=values.get("draft", False),
        positions=lines,
    )
    return result, findings


def _charter_rules(
    item: dict, index: int, meeting: dt.date | None, lines: dict, line: int, rel: str
) -> list[Finding]:
    status = STATUS_BY_ID.get(item.get("status", ""))
    findings: list[Finding] = []
    number = index + 1
    if status is not None and status.decided:
        status_line, status_column = lines.get(("proposals", index, "status"), (line, 1))
        if not item.get("motivation"):
            findings.append(
                codes.NO_MOTIVATION.finding(
                    f"Voorstel {number} is '{status.id}', maar 'motivation' ontbreekt. "
                    "Schrijf waarom het OCMW dit besliste.",
                    rel,
                    status_line,
                    status_column,
                )
            )
        if "decided" not in item and ("proposals", index, "decided") not in lines:
            findings.append(
                codes.NO_DECISION_DATE.finding(
                    f"Voorstel {number} is '{status.id}', maar 'decided' ontbreekt. "
                    "Schrijf de datum van het besluit, zoals 2026-05-02.",
                    rel,
                    status_line,
                    status_column,
                )
            )
    decided = item.get("decided")
    if meeting is not None and decided is not None and decided < meeting:
        decided_line, decided_column = lines.get(("proposals", index, "decided"), (line, 1))
        findings.append(
            codes.DECIDED_TOO_EARLY.finding(
                f"Voorstel {number}: het besluit ({dutch_date(decided)}) valt voor het dialoogmoment "
                f"({dutch_date(meeting)}). Kijk de datums na.",
                rel,
                decided_line,
                decided_column,
            )
        )
    return findings


def _file_name_rule(rel: str, meeting: dt.date) -> list[Finding]:
    # The meeting date in the file name keeps the folder in order; 'date' is what the site uses.
    name = PurePosixPath(rel).name
    match = _DATED_NAME.match(name)
    expected = meeting.isoformat()
    if match and match.group(1) == expected:
        return []
    if match:
        message = (
            f"De naam van het bestand begint met {match.group(1)}, maar 'date' is {expected}. "
            f"Maak ze gelijk, bv. {expected}-{name[len(match.group(0)):]}."
        )
    else:
        message = f"Begin de naam van het bestand met de datum van het dialoogmoment, bv. {expected}-{name}."
    return [codes.FILE_NAME_DATE.finding(message, rel)]


def _item_lines(front_matter: yaml.MappingNode, key: str) -> list[int]:
    """File line of each item of the list under ``key`` (front matter starts on line 2)."""
    for key_node, value_node in front_matter.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return [item.start_mark.line + 2 for item in value_node.value]
    return []


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
