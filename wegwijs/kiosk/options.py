"""The kiosk's settings (``extra.wegwijs.kiosk`` in mkdocs.yml) as one small typed object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wegwijs.findings import Finding, Rule, Severity

#: WCAG 2.2.1 (timing adjustable): a person needs at least 20 seconds to say "I am still here".
MIN_WARNING_SECONDS = 20

SHORT_WARNING = Rule(
    "WW090",
    "kiosk-te-kort",
    Severity.WARNING,
    "Wie traag leest of slecht ziet, heeft minstens 20 seconden nodig om op de knop te tikken.",
)


@dataclass(frozen=True)
class KioskOptions:
    idle_seconds: int = 120
    warning_seconds: int = 30
    #: The page the kiosk returns to, relative to the site root ('' is the start page).
    home: str = ""
    port: int = 8765

    @classmethod
    def from_settings(cls, kiosk: dict[str, Any] | None) -> KioskOptions:
        kiosk = kiosk or {}
        defaults = cls()
        return cls(
            idle_seconds=max(1, int(kiosk.get("idle_seconds", defaults.idle_seconds))),
            warning_seconds=max(1, int(kiosk.get("warning_seconds", defaults.warning_seconds))),
            home=str(kiosk.get("home", "/")).lstrip("/"),
            port=int(kiosk.get("port", defaults.port)),
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
