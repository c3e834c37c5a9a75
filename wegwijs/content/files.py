"""Files in content folders that are really somewhere else (symlinks out of the project).

A committed symlink ``theme_sheets/x.txt -> /proc/self/environ`` would otherwise be read and
copied into the public site. Such a file is never read or copied; the editor gets WW014.
"""

from __future__ import annotations

from pathlib import Path

from wegwijs.content import codes
from wegwijs.findings import Finding


def points_outside(path: Path, project_dir: Path) -> bool:
    """True when ``path`` (after following every symlink) is not inside ``project_dir``."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a broken or looping link
        return path.is_symlink()
    return not real.is_relative_to(project_dir.resolve())


def outside_finding(path: Path, project_dir: Path) -> Finding:
    try:
        rel = path.relative_to(project_dir).as_posix()
    except ValueError:
        rel = str(path)
    return codes.OUTSIDE_LINK.finding(
        "Dit bestand is een snelkoppeling naar een plek buiten het project. De site neemt het niet over. "
        "Zet het echte bestand in de map.",
        rel,
    )
