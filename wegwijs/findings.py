"""Findings: what every check in Wegwijs reports, with a stable code and a source position.

Code ranges (like ruff's prefixes), so an editor can tell at a glance where a finding comes from:

- ``WW0xx``: files, front matter and settings (the content model)
- ``WW1xx``: readability
- ``WW2xx``: dialogue results
- ``WW3xx``: anonymity guard
- ``WW4xx``: brochure
- ``WW5xx``: links, images and HTML in pages
- ``WW7xx``: translations of theme sheets
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self.value]


_RANKS = {"error": 2, "warning": 1, "info": 0}


@dataclass(frozen=True)
class Rule:
    """A check's identity: code, short Dutch name and default severity."""

    code: str
    name: str
    severity: Severity
    why: str = ""

    def finding(
        self,
        message: str,
        path: str,
        line: int = 1,
        column: int = 1,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            path=path,
            line=line,
            column=column,
            suggestion=suggestion,
        )


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int = 1
    column: int = 1
    suggestion: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # Where the finding's word or words end (the column just after them), so a preview can underline
    # exactly them; None when the finding is about a whole file or page.
    end_line: int | None = None
    end_column: int | None = None

    def format(self) -> str:
        """The one-line form used in logs: ``path:line:column: CODE message``."""
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "message": self.message,
            "suggestion": self.suggestion,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
