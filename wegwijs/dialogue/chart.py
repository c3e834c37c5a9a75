"""Geometry of the overview's bar chart, as plain numbers: the template only draws them.

The chart must read without colour and without JavaScript: every bar has a text label and its count
in text, and a fill pattern of its own (solid, stripes, cross, dots, empty), all in the text colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from wegwijs.dialogue.overview import Overview

WIDTH = 400
ROW_HEIGHT = 64
BAR_HEIGHT = 26
#: Room to the right of the longest bar for its count ("12 voorstellen").
COUNT_ROOM = 130


@dataclass(frozen=True)
class Bar:
    status: str
    label: str
    pattern: str
    count: int
    count_text: str
    label_y: int
    bar_y: int
    bar_width: int
    count_x: int
    count_y: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_height: int
    bars: list[Bar]
    summary: str


def proposals_text(count: int) -> str:
    return f"{count} voorstel" if count == 1 else f"{count} voorstellen"


def bar_chart(overview: Overview) -> Chart:
    longest = max((g.count for g in overview.groups), default=0) or 1
    room = WIDTH - COUNT_ROOM
    bars = []
    for index, group in enumerate(overview.groups):
        top = index * ROW_HEIGHT
        # A bar of 0 still gets a sliver of outline, so the row does not look forgotten.
        width = max(round(group.count / longest * room), 2)
        bars.append(
            Bar(
                status=group.status.id,
                label=group.status.label,
                pattern=group.status.pattern,
                count=group.count,
                count_text=proposals_text(group.count),
                label_y=top + 20,
                bar_y=top + 28,
                bar_width=width,
                count_x=width + 10,
                count_y=top + 28 + BAR_HEIGHT - 7,
            )
        )
    summary = ". ".join(f"{b.label}: {b.count_text}" for b in bars) + "."
    return Chart(WIDTH, len(bars) * ROW_HEIGHT, BAR_HEIGHT, bars, summary)
