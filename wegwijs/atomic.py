"""Unique temporary names and atomic replaces, so two builds of one project never collide.

Two ``mkdocs build`` runs at once (an editor and a CI job) share the brochure cache and the output
folders. A fixed ``.tmp`` name or a delete-then-copy lets one build see, or remove, the other's
half-written files.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path


def temporary_name(target: Path, suffix: str = ".tmp") -> Path:
    """A name next to ``target`` that no other process or thread will pick."""
    return target.with_name(f"{target.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}{suffix}")


def write_text(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` atomically: a reader sees the old file or the new one."""
    tmp = temporary_name(target)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)


def replace_tree(source: Path, target: Path) -> None:
    """Make ``target`` a copy of the folder ``source``; a concurrent copy wins or loses whole."""
    staging = temporary_name(target)
    shutil.copytree(source, staging)
    for _ in range(10):
        old = temporary_name(target, ".old")
        try:
            target.rename(old)
        except FileNotFoundError:
            pass
        except OSError:
            continue
        try:
            staging.rename(target)
        except OSError:  # another build put its copy in place between the two renames
            shutil.rmtree(old, ignore_errors=True)
            continue
        shutil.rmtree(old, ignore_errors=True)
        return
    shutil.rmtree(staging, ignore_errors=True)  # the other build's copy is just as new
