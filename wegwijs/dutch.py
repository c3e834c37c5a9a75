"""Numbers in Dutch for what editors read in the terminal: plurals and decimal commas."""

from __future__ import annotations


def count(n: int, one: str, many: str) -> str:
    """'1 fout', '3 fouten', '1 deel', '0 delen'."""
    return f"{n} {one if n == 1 else many}"


def decimal(value: float | int | None, digits: int = 1) -> str:
    """'13,8' for 13.83 (Dutch writes a decimal comma); '–' when there is no value."""
    if value is None:
        return "–"
    if isinstance(value, int) or digits == 0:
        return f"{value:.0f}"
    return f"{value:.{digits}f}".replace(".", ",")
