"""Every published proposal as rows for a spreadsheet or the council report (``wegwijs dialoog export``).

Nothing leaves through the export that the anonymity guard would stop: every cell is scanned on its
own, with the line of its key in the source file, before a single row is written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from wegwijs.dialogue.model import DialogueResult, Proposal
from wegwijs.findings import Finding
from wegwijs.privacy import Allowlist, scan_text

#: Column headings, in the order of the content model's keys they come from.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("dialoogmoment", "title"),
    ("datum", "date"),
    ("thema", "theme"),
    ("voorstel", "proposal"),
    ("status", "status"),
    ("besluit op", "decided"),
    ("waarom", "motivation"),
    ("laatste stap", "progress"),
)
#: What a cell holds instead of text the guard stopped (``--verberg``).
HIDDEN = "[weggelaten: persoonsgegevens]"


@dataclass
class Cell:
    value: str
    #: (line, column) of the value's key in the source, for the guard's findings.
    line: int
    column: int


@dataclass
class Row:
    result: DialogueResult
    proposal: Proposal
    cells: list[Cell]


def rows(results: Iterable[DialogueResult]) -> list[Row]:
    """One row per proposal: newest meeting first, proposals in the order of their file."""
    return [
        Row(result, proposal, _cells(result, proposal))
        for result in sorted(results, key=lambda r: r.sort_key)
        for proposal in result.proposals
    ]


def _cells(result: DialogueResult, proposal: Proposal) -> list[Cell]:
    index = proposal.number - 1
    step = proposal.last_step
    values = {
        "title": result.title,
        "date": result.date.isoformat(),
        "theme": result.theme,
        "proposal": proposal.text,
        "status": proposal.status.id,
        "decided": proposal.decided.isoformat() if proposal.decided else "",
        "motivation": proposal.motivation or "",
        "progress": f"{step.on.isoformat()}: {step.text}" if step else "",
    }
    cells = []
    for _, key in COLUMNS:
        where = (key,) if key in ("title", "date", "theme") else ("proposals", index, key)
        if key == "progress" and step is not None:
            line, column = step.line, step.column
        else:
            line, column = result.positions.get(where, (proposal.line, 1))
        cells.append(Cell(values[key], line, column))
    return cells


def guard_rows(table: list[Row], allowlist: Allowlist) -> list[tuple[Row, int, list[Finding]]]:
    """Every cell the anonymity guard stops: (row, column index, its findings)."""
    stopped = []
    for row in table:
        for index, cell in enumerate(row.cells):
            findings = scan_text(cell.value, row.result.rel_path, first_line=cell.line, allowlist=allowlist)
            if findings:
                stopped.append((row, index, findings))
    return stopped


def hide(table: list[Row], stopped: list[tuple[Row, int, list[Finding]]]) -> None:
    for row, index, _ in stopped:
        row.cells[index].value = HIDDEN


def write_csv(table: list[Row], stream: TextIO) -> None:
    writer = csv.writer(stream)
    writer.writerow([heading for heading, _ in COLUMNS])
    for row in table:
        writer.writerow([cell.value for cell in row.cells])
