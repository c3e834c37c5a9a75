"""Shared test helpers: copy the project into a temp dir and run real MkDocs builds there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: "Today" for every test build (SOURCE_DATE_EPOCH, 2026-12-01 12:00 UTC), so date rules such as an
#: overdue review give the same result on any day; a test can still set its own in os.environ.
TODAY_EPOCH = "1796126400"
#: What a project needs besides its content.
PROJECT_FILES = ("mkdocs.yml", "mkdocs-kiosk.yml", "hooks", "overrides", "woordenlijst.yml", "talen")


def make_project(
    root: Path,
    *,
    sheets: dict[str, str | bytes] | None = None,
    docs: dict[str, str | bytes] | None = None,
    examples: bool = True,
) -> Path:
    """A project in ``root``: the repo's config, theme and pages, the example sheets (or none), plus extras."""
    root.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, root / name)
    # The pages in docs/ are part of the product (the nav names them); 'examples' is about sheets.
    shutil.copytree(REPO / "docs", root / "docs")
    if examples:
        shutil.copytree(REPO / "theme_sheets", root / "theme_sheets")
    else:
        (root / "theme_sheets").mkdir()
    for folder, files in (("theme_sheets", sheets or {}), ("docs", docs or {})):
        for name, content in files.items():
            path = root / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
    return root


def mkdocs(project: Path, *args: str, config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    """Run the real ``mkdocs`` command line in ``project``."""
    env = {"SOURCE_DATE_EPOCH": TODAY_EPOCH, **os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "-f", str(project / config)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def build(project: Path, *args: str, config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    return mkdocs(project, "build", *args, config=config)


@pytest.fixture
def chromium_installed() -> None:
    from browser import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Debian's chromium is not at {CHROMIUM}: run scripts/setup.sh", pytrace=False)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The example content built once per test session (non-strict), for tests that only read it."""
    project = make_project(tmp_path_factory.mktemp("example"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project
