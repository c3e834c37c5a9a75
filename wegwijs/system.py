"""The parts of the machine Wegwijs needs beyond Python, each with the Debian package that brings it.

``scripts/setup.sh`` runs this after it installs the packages, and ``tests/test_system.py`` runs it
before any browser or PDF test: a missing part then fails at once with what to install, not as a
time-out deep inside a browser test. (A Debian "Recommends" that was once installed by hand on a
developer's machine hid such a gap before.)

Run it: ``python -m wegwijs.system`` (exit 1 when a part is missing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from wegwijs.kiosk.voices import dutch_voice_problem


@dataclass(frozen=True)
class SystemPart:
    name: str
    packages: tuple[str, ...]
    #: ``None`` when the part works, else what is wrong.
    problem: Callable[[], str | None]


def _program_runs(*command: str) -> Callable[[], str | None]:
    def problem() -> str | None:
        if not shutil.which(command[0]):
            return f"{command[0]} is not installed"
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            return f"{' '.join(command)} did not answer within 60 s"
        return None if result.returncode == 0 else f"{' '.join(command)} failed: {result.stderr.strip()[:200]}"

    return problem


def _font(family: str, file_prefix: str) -> Callable[[], str | None]:
    def problem() -> str | None:
        if not shutil.which("fc-match"):
            return "fontconfig (fc-match) is not installed"
        found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout
        return None if file_prefix in found else f"the font {family!r} is missing (fc-match gives {found!r})"

    return problem


PARTS: tuple[SystemPart, ...] = (
    SystemPart("Chromium (browser tests, kiosk)", ("chromium",), _program_runs("chromium", "--version")),
    SystemPart("pdftoppm (brochure pages as images)", ("poppler-utils",), _program_runs("pdftoppm", "-v")),
    SystemPart("DejaVu Sans (embedded in the brochure)", ("fonts-dejavu-core",), _font("DejaVu Sans", "DejaVuSans")),
    SystemPart("Liberation Sans (Chromium's default sans-serif)", ("fonts-liberation",), _font("Liberation Sans", "LiberationSans")),
    SystemPart(
        "a Dutch voice for 'Lees voor' (speech-dispatcher with espeak-ng)",
        ("speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng"),
        dutch_voice_problem,
    ),
)


def missing_parts(parts: tuple[SystemPart, ...] = PARTS) -> list[str]:
    """One line per part that does not work: what is wrong and which packages to install."""
    lines = []
    for part in parts:
        if problem := part.problem():
            lines.append(f"{part.name}: {problem} -> apt-get install --no-install-recommends {' '.join(part.packages)}")
    return lines


def main() -> int:
    missing = missing_parts()
    for line in missing:
        print(f"setup: MISSING {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
