"""`wegwijs check` and `wegwijs analyse`: --strict, exit codes 0/1/2, JSON for every outcome, file
errors in `analyse`, and readability settings reported at their own line (a real build agrees)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from click.testing import CliRunner

from conftest import build, make_project
from wegwijs.cli import main

WARNING = "---\ntitle: Ambtelijk\n---\nIndien je werkt, bel ons.\n"


def run(*args: str, cwd: Path):
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    (tmp_path / "pagina.md").write_text(WARNING, "utf-8")
    assert run("check", "pagina.md", cwd=tmp_path).exit_code == 0
    strict = run("check", "--strict", "pagina.md", cwd=tmp_path)
    assert strict.exit_code == 1
    assert "pagina.md:4:1: WW105" in strict.output


def test_a_missing_path_is_exit_two_also_in_json(tmp_path: Path) -> None:
    text = run("check", "bestaat-niet.md", cwd=tmp_path)
    assert text.exit_code == 2
    assert "'bestaat-niet.md' bestaat niet" in text.output
    data = run("check", "--format", "json", "bestaat-niet.md", cwd=tmp_path)
    assert data.exit_code == 2
    assert json.loads(data.output) == {
        "errors": [{"message": "'bestaat-niet.md' bestaat niet. Kijk de naam van het bestand of de map na."}],
        "failed": True,
    }
    assert run("analyse", "bestaat-niet.md", cwd=tmp_path).exit_code == 2
    assert run("check", "-f", "geen.yml", cwd=tmp_path).exit_code == 2


def test_json_has_totals_rule_names_and_fails_under_strict(tmp_path: Path) -> None:
    (tmp_path / "pagina.md").write_text(WARNING, "utf-8")
    result = run("check", "--strict", "--format", "json", "pagina.md", cwd=tmp_path)
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["totals"] == {"pages": 1, "error": 0, "warning": 1, "info": 0}
    assert data["failed"] is True
    assert data["pages"][0]["findings"][0]["name"] == "ambtelijk-woord"


def test_analyse_reports_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\nWe helpen je graag.\n".encode("latin-1"))
    result = run("analyse", "latin1.md", cwd=tmp_path)
    assert result.exit_code == 1
    assert "2:11: WW010 Dit bestand is geen UTF-8." in result.output
    assert "0 meldingen" not in result.output and "WW106" not in result.output
    data = run("analyse", "--format", "json", "latin1.md", cwd=tmp_path)
    assert data.exit_code == 1
    assert json.loads(data.output)[0]["findings"][0]["code"] == "WW010"


SETTINGS_TYPO = "    readability:\n      B1:\n        sentence_words_warnin: 18\n      rules:\n        WW999: off\n"


def test_readability_settings_are_reported_at_their_own_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, examples=False)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    text = text.replace("    review_max_age_months: 12\n", "    review_max_age_months: 12\n" + SETTINGS_TYPO)
    config.write_text(text, "utf-8")
    line = text.splitlines().index("        sentence_words_warnin: 18") + 1
    expected = {
        f"mkdocs.yml:{line}:9: WW004 Het veld 'sentence_words_warnin' kennen we niet. Bedoel je 'sentence_words_warning'?",
        f"mkdocs.yml:{line + 2}:9: WW028 De code 'WW999' kennen we niet.",
    }
    checked = run("check", cwd=project)
    assert checked.exit_code == 1
    for message in expected:
        assert message in checked.output, checked.output
    built = build(project)
    assert built.returncode == 1
    for message in expected:
        assert message in built.stderr, built.stderr
    assert "mkdocs.yml:1:1:" not in checked.output + built.stderr
