"""The guard's word lists, read from the data files next to this module (editors can extend them)."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(word for word in words if word)


@functools.cache
def street_words() -> tuple[str, ...]:
    # Longest first, so 'steenweg' wins over 'weg' when the mask shows the kind of street.
    return tuple(sorted(_lines("straatwoorden.txt"), key=len, reverse=True))


@functools.cache
def units() -> frozenset[str]:
    return frozenset(_lines("eenheden.txt"))


@functools.cache
def first_names() -> frozenset[str]:
    return frozenset(_lines("voornamen.txt"))


@functools.cache
def iban_lengths() -> dict[str, int]:
    return yaml.safe_load((DATA / "iban.yml").read_text(encoding="utf-8"))
