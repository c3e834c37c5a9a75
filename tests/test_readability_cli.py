"""`wegwijs check` and `wegwijs analyse`: exit codes, text lines and the stable JSON shape."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wegwijs.cli import main

PLAIN = "---\ntitle: Hulp\n---\n# Hulp\n\nWe helpen je graag. Bel ons.\n"
LONG = "---\ntitle: Lang\nlevel: A2\n---\nDit " + " ".join(["woord"] * 30) + ".\n"
WARNING = "---\ntitle: Ambtelijk\n---\nIndien je werkt, bel ons.\n"


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    (tmp_path / "goed.md").write_text(PLAIN, "utf-8")
    (tmp_path / "waarschuwing.md").write_text(WARNING, "utf-8")
    return tmp_path


def run(*args: str, cwd: Path):
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_plain_pages_pass(pages: Path) -> None:
    result = run("check", str(pages / "goed.md"), cwd=pages)
    assert result.exit_code == 0
    assert "1 pagina nagekeken: alles in orde." in result.output


def test_warnings_alone_exit_zero_and_name_file_line_and_column(pages: Path) -> None:
    result = run("check", str(pages / "waarschuwing.md"), cwd=pages)
    assert result.exit_code == 0
    assert "waarschuwing.md:4:1: WW105 Schrijf 'als' in plaats van 'indien'." in result.output
    assert "\x1b[" not in result.output  # no colour when the output is not a terminal


def test_an_error_exits_one(pages: Path) -> None:
    (pages / "lang.md").write_text(LONG, "utf-8")
    result = run("check", str(pages), cwd=pages)
    assert result.exit_code == 1
    assert "lang.md:5:1: WW101 Deze zin heeft 31 woorden." in result.output


def test_level_option_overrides_the_page(pages: Path) -> None:
    sentence = "---\ntitle: X\n---\nDit " + " ".join(["woord"] * 17) + ".\n"
    (pages / "zin.md").write_text(sentence, "utf-8")
    assert "WW101" not in run("check", str(pages / "zin.md"), cwd=pages).output
    assert "WW101" in run("check", "--level", "A2", str(pages / "zin.md"), cwd=pages).output


def test_front_matter_ignore(pages: Path) -> None:
    (pages / "stil.md").write_text("---\ntitle: X\nreadability:\n  ignore: [WW105]\n---\nIndien je werkt.\n", "utf-8")
    assert "WW105" not in run("check", str(pages / "stil.md"), cwd=pages).output


def test_check_json(pages: Path) -> None:
    result = run("check", "--format", "json", str(pages), cwd=pages)
    data = json.loads(result.output)
    by_path = {Path(page["path"]).name: page for page in data["pages"]}
    assert by_path["waarschuwing.md"]["findings"][0] == {
        "code": "WW105", "name": "ambtelijk-woord", "line": 4, "column": 1, "severity": "warning",
        "message": "Schrijf 'als' in plaats van 'indien'.", "suggestion": "als",
        "end_line": 4, "end_column": 7,
    }
    assert data["totals"] == {"pages": 2, "error": 0, "warning": 1, "info": 0}
    assert data["failed"] is False and data["errors"] == []


def test_analyse_json_shape(pages: Path) -> None:
    result = run("analyse", str(pages / "goed.md"), "--format", "json", cwd=pages)
    assert result.exit_code == 0
    (page,) = json.loads(result.output)
    assert {"path", "metrics", "sentences", "findings"} <= page.keys()
    assert {"sentences", "words", "syllables", "words_per_sentence", "flesch_douma", "brouwer"} <= page["metrics"].keys()
    assert page["metrics"]["sentences"] == 3 and page["metrics"]["words"] == 7
    first = page["sentences"][0]
    assert first == {
        "line": 4, "column": 3, "text": "Hulp", "flesch_douma": first["flesch_douma"],
        "difficulty": first["difficulty"], "level": 1,
        "words": [{"text": "Hulp", "syllables": 1, "zipf": first["words"][0]["zipf"], "line": 4, "column": 3,
                   "end_column": 7}],
    }
    assert 0 <= first["difficulty"] < 35 and 0 <= page["metrics"]["difficulty"] <= 100
    assert page["sentences"][1]["line"] == 6 and page["sentences"][1]["text"] == "We helpen je graag."


def test_check_reads_the_project_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: T\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "extra:\n  wegwijs:\n    organisation: {name: OCMW}\n    categories: [{id: a, label: A}]\n"
        "    readability:\n      rules: {WW105: error}\n",
        "utf-8",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(WARNING, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "docs/index.md:4:1: WW105" in result.output
