"""What editors read in the terminal: Dutch, without noise, correct plurals and decimal commas."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import make_project
from wegwijs.dutch import count, decimal

BROKEN = """---
title: Kapot
description: Een fiche met een tikfout.
catgory: hulp-en-geld
---

Tekst.
"""


def test_plurals_and_decimal_commas() -> None:
    assert count(1, "fout", "fouten") == "1 fout"
    assert count(2, "deel", "delen") == "2 delen"
    assert count(1, "deel", "delen") == "1 deel"
    assert decimal(13.83) == "13,8"
    assert decimal(13.0, 0) == "13"
    assert decimal(None) == "–"


def test_a_failed_build_says_why_in_dutch_without_english_noise(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", sheets={"kapot.md": BROKEN}, examples=False)
    # No NO_MKDOCS_2_WARNING from the test: the .venv's own setting must keep Material's banner away.
    env = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"} | {"NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )
    output = result.stdout + result.stderr

    assert result.returncode == 1
    assert "Wegwijs vond 2 fouten. Verbeter ze in de bestanden hierboven en maak de site opnieuw." in output
    assert "fout(en)" not in output
    assert "Aborted with a BuildError" not in output
    assert "end of life" not in output and "Zensical" not in output


def test_analyse_prints_decimal_commas(tmp_path: Path) -> None:
    sheet = BROKEN.replace("catgory", "category") + "\nDit is een zin. Dit is een langere zin met meer woorden erin.\n"
    project = make_project(tmp_path / "a", sheets={"fiche.md": sheet}, examples=False)
    wegwijs = Path(sys.executable).with_name("wegwijs")
    result = subprocess.run(
        [str(wegwijs), "analyse", "theme_sheets/fiche.md"], cwd=project, capture_output=True, text=True, timeout=300
    )

    assert result.returncode == 0, result.stderr
    summary = result.stdout.splitlines()[1]
    assert "gemiddeld 4,7 woorden per zin" in summary  # 14 words in 3 sentences
    assert "." not in summary.split("gemiddeld")[1]


def test_the_wegwijs_command_speaks_dutch(tmp_path: Path) -> None:
    wegwijs = Path(sys.executable).with_name("wegwijs")
    env = {**os.environ, "LANG": "en_US.UTF-8", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    shown = subprocess.run([str(wegwijs), "--help"], capture_output=True, text=True, env=env, timeout=120)
    missing = subprocess.run(
        [str(wegwijs), "new", "fiche", "Hulp"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )

    assert shown.returncode == 0
    assert "Toon deze hulp en stop." in shown.stdout and "Opdrachten:" in shown.stdout
    assert "Show this message and exit." not in shown.stdout
    assert missing.returncode == 2
    assert "Fout: Er ontbreekt een optie: '--category'" in missing.stderr
    assert "Missing option" not in missing.stderr and "Error:" not in missing.stderr
