"""The kiosk's settings (``extra.wegwijs.kiosk`` in mkdocs.yml) as one small typed object.

The defaults live here and only here: the settings schema (``wegwijs/settings.py``) takes its
defaults from this class, so the validated settings and the launcher never disagree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from wegwijs.findings import Finding
from wegwijs.kiosk.codes import SHORT_WARNING

#: WCAG 2.2.1 (timing adjustable): a person needs at least 20 seconds to say "I am still here".
MIN_WARNING_SECONDS = 20


@dataclass(frozen=True)
class KioskOptions:
    idle_seconds: int = 120
    warning_seconds: int = 30
    #: The page the kiosk returns to, relative to the site root ('' is the start page).
    home: str = ""
    port: int = 8765

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        """Each option's default, by its name in mkdocs.yml."""
        return {f.name: f.default for f in dataclasses.fields(cls)}

    @classmethod
    def from_settings(cls, kiosk: dict[str, Any] | None) -> KioskOptions:
        values = {**cls.defaults(), **{k: v for k, v in (kiosk or {}).items() if v is not None}}
        return cls(
            idle_seconds=max(1, int(values["idle_seconds"])),
            warning_seconds=max(1, int(values["warning_seconds"])),
            home=str(values["home"]).lstrip("/"),
            port=int(values["port"]),
        )

    def findings(self, config_name: str) -> list[Finding]:
        if self.warning_seconds >= MIN_WARNING_SECONDS:
            return []
        return [
            SHORT_WARNING.finding(
                f"De kiosk toont de waarschuwing maar {self.warning_seconds} seconden. "
                f"Zet 'warning_seconds' op {MIN_WARNING_SECONDS} of meer.",
                config_name,
            )
        ]

    def for_page(self) -> dict[str, Any]:
        return {"idle_seconds": self.idle_seconds, "warning_seconds": self.warning_seconds, "home": self.home}
