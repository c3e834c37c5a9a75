"""The languages Wegwijs knows: each one's own name (in its own script) and writing direction."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "talen.yml"
#: The source language of every sheet.
SOURCE = "nl"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    rtl: bool = False

    @property
    def dir(self) -> str:
        return "rtl" if self.rtl else "ltr"


DUTCH = Language(SOURCE, "Nederlands")


@functools.cache
def languages() -> dict[str, Language]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {code: Language(code, entry["name"], entry.get("dir") == "rtl") for code, entry in data.items()}


def language(code: str) -> Language | None:
    return DUTCH if code == SOURCE else languages().get(code)
