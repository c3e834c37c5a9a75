"""Dates as Dutch readers read them: '15 september 2026'."""

from __future__ import annotations

import datetime as dt
import os

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later`` (negative when ``later`` comes first)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


def today() -> dt.date:
    """The day the checks compare dates with: today, or the day of ``SOURCE_DATE_EPOCH`` when set.

    ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC; reproducible-builds.org) makes a build of the same
    sources give the same findings and files on any day, and lets tests fix "today". A value that is
    not a whole number is ignored, as if it were not set.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            pass
    return dt.date.today()


def build_time() -> dt.datetime:
    """The time a build stamps on its output: ``SOURCE_DATE_EPOCH`` when set (reproducible builds,
    https://reproducible-builds.org/specs/source-date-epoch/), otherwise now (UTC, whole seconds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (ValueError, OverflowError, OSError):  # not set, or not a whole number: ignored
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
