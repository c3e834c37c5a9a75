"""What ``wegwijs check`` and ``wegwijs analyse`` share: running the engine's one project check
(:func:`wegwijs.pipeline.check_project`, the same function the build calls) on the paths given,
and the exit codes.

Exit codes (documented in README and the editors' guide):

- 0: nothing that fails (warnings and tips alone, unless ``--strict``)
- 1: at least one error, or under ``--strict`` at least one warning
- 2: the command cannot run: a path or settings file that does not exist, a wrong option
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wegwijs.dialogue.check import MARKDOWN_SUFFIXES
from wegwijs.findings import Finding, Severity
from wegwijs.pipeline import Report, load_and_check

OK, FINDINGS, USAGE = 0, 1, 2


class UsageProblem(Exception):
    """A path or file the command needs does not exist (exit code 2)."""


def run_check(paths: tuple[Path, ...], config_file: Path | None, level: str | None) -> Report:
    missing = [path for path in paths if not path.exists()]
    if missing:
        raise UsageProblem(f"'{missing[0]}' bestaat niet. Kijk de naam van het bestand of de map na.")
    if config_file is not None and not config_file.is_file():
        raise UsageProblem(f"Het bestand met instellingen '{config_file}' bestaat niet.")
    config = config_file or Path("mkdocs.yml")
    return load_and_check(config, [md for path in paths for md in _markdown(path)] if paths else None, level=level)


def _markdown(path: Path) -> list[Path]:
    if path.is_dir():
        # Every extension MkDocs reads as a page (a '.markdown' result is published too).
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES)
    return [path]


def unique(findings: Iterable[Finding]) -> list[Finding]:
    """Each finding once (the build's log shows a finding once too), in source order."""
    return sorted(dict.fromkeys(findings), key=lambda f: (f.path, f.line, f.column, f.code))


def fails(findings: Iterable[Finding], strict: bool) -> bool:
    worst = Severity.WARNING if strict else Severity.ERROR
    return any(f.severity.rank >= worst.rank for f in findings)


def finding_json(finding: Finding) -> dict:
    return {"path": finding.path, **finding.to_dict()}
