"""`wegwijs check` runs the content model's checks too, not only readability."""

from __future__ import annotations

import subprocess
import sys

from conftest import make_project

BAD_SHEET = "---\ntitle: X\ndescription: Y\ncategory: hulp-en-gel\nreviwed: 1\n---\n\nTekst hier.\n<script>x</script>\n"


def wegwijs(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", *args], cwd=project, capture_output=True, text=True, timeout=120
    )


def test_check_reports_front_matter_and_html_problems(tmp_path):
    project = make_project(tmp_path, sheets={"slecht.md": BAD_SHEET}, examples=False)
    result = wegwijs(project, "check", "theme_sheets/slecht.md")
    assert result.returncode == 1
    assert "theme_sheets/slecht.md:4:11: WW008" in result.stdout and "Bedoel je 'hulp-en-geld'?" in result.stdout
    assert "theme_sheets/slecht.md:5:1: WW004" in result.stdout and "Bedoel je 'reviewed'?" in result.stdout
    assert "theme_sheets/slecht.md:9:1: WW503" in result.stdout
    assert "Traceback" not in result.stderr


def test_check_on_the_example_content_finds_no_errors_or_warnings(tmp_path):
    project = make_project(tmp_path)
    result = wegwijs(project, "check")
    assert result.returncode == 0, result.stdout
    assert "alles in orde" in result.stdout.splitlines()[-1], result.stdout
