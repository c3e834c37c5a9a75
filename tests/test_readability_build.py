"""The readability check inside a real `mkdocs build` (no mocked MkDocs): log lines, strict failure,
the score in the page, the staff report and site/readability.json."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ("wegwijs_content.py", "wegwijs_dialogue.py", "wegwijs_readability.py")


def project(tmp_path: Path) -> Path:
    """A copy of the example project, built with the content, dialogue and readability hooks."""
    for folder in ("docs", "theme_sheets", "overrides"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "hooks").mkdir()
    for hook in HOOKS:
        shutil.copy(ROOT / "hooks" / hook, tmp_path / "hooks" / hook)
    shutil.copy(ROOT / "woordenlijst.yml", tmp_path / "woordenlijst.yml")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    start = config.index("hooks:")
    end = config.index("\n\n", start)
    hooks = "hooks:\n" + "".join(f"  - hooks/{hook}\n" for hook in HOOKS)
    (tmp_path / "mkdocs.yml").write_text(config[:start] + hooks + config[end + 1:], "utf-8")
    return tmp_path


def build(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=path, capture_output=True, text=True, timeout=600,
        env={"PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    path = project(tmp_path_factory.mktemp("site"))
    return path, build(path)


def test_example_content_builds_with_a_report_and_json(built) -> None:
    path, result = built
    assert result.returncode == 0, result.stderr
    report = (path / "site" / "leesbaarheid" / "index.html").read_text("utf-8")
    assert "Leesbaarheid van de site" in report and "De moeilijkste zinnen" in report
    data = json.loads((path / "site" / "readability.json").read_text("utf-8"))
    scores = [page["metrics"]["flesch_douma"] for page in data["pages"] if page["metrics"]["flesch_douma"] is not None]
    assert scores == sorted(scores) and len(scores) >= 10  # worst page first
    first = data["pages"][0]
    sentence_scores = [s["difficulty"] for s in first["sentences"]]
    assert sentence_scores == sorted(sentence_scores, reverse=True)  # hardest sentence first (difficulty.py)
    assert not any(f["severity"] == "error" for page in data["pages"] for f in page["findings"])


def test_glossary_terms_are_not_reported_as_hard_words(built) -> None:
    path, _ = built
    data = json.loads((path / "site" / "readability.json").read_text("utf-8"))
    messages = [f["message"] for page in data["pages"] for f in page["findings"] if f["code"] == "WW106"]
    assert not any("'leefloon'" in m or "'huurwaarborg'" in m or "'budgetmeter'" in m for m in messages)


def test_a_hard_page_fails_the_build_with_file_line_and_column(tmp_path: Path) -> None:
    path = project(tmp_path)
    words = " ".join(["woord"] * 40)
    (path / "theme_sheets" / "moeilijk.md").write_text(
        "---\ntitle: Moeilijk\ndescription: Een moeilijke fiche.\ncategory: hulp-en-geld\n---\n"
        f"# Moeilijk\n\nIndien je werkt, bel ons.\n\nDit {words} en nog meer.\n",
        "utf-8",
    )
    result = build(path)
    assert result.returncode != 0
    assert "theme_sheets/moeilijk.md:10:1: WW101 Deze zin heeft 44 woorden. Maak er 2 of 3 zinnen van." in result.stderr
    assert "WARNING -  wegwijs: theme_sheets/moeilijk.md:8:1: WW105 Schrijf 'als' in plaats van 'indien'." in result.stderr


def test_a_warning_fails_a_strict_build_only(tmp_path: Path) -> None:
    path = project(tmp_path)
    (path / "docs" / "toegankelijkheid.md").unlink(missing_ok=True)  # not ours: keep only our warning
    (path / "theme_sheets" / "ambtelijk.md").write_text(
        "---\ntitle: Ambtelijk\ndescription: Een fiche.\ncategory: hulp-en-geld\n---\n"
        "# Ambtelijk\n\nIndien je werkt, bel ons.\n",
        "utf-8",
    )
    line = "theme_sheets/ambtelijk.md:8:1: WW105 Schrijf 'als' in plaats van 'indien'."
    relaxed = build(path)
    assert relaxed.returncode == 0 and line in relaxed.stderr
    strict = build(path, "--strict")
    assert strict.returncode != 0 and line in strict.stderr
