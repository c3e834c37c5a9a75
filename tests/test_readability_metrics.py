"""Page and sentence metrics: the formulas, the JSON contract, and the word tables file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from wegwijs.readability import analyse_markdown, lintdata
from wegwijs.readability.sentences import brouwer, flesch_douma


def test_formulas() -> None:
    # 10 words, 15 syllables, 1 sentence: 206.84 - 0.77*150 - 0.93*10 = 82.04; 195 - 20 - 0.67*150 = 74.5
    assert flesch_douma(10, 15, 1) == 82.0
    assert brouwer(10, 15, 1) == 74.5


def test_page_metrics_and_shape() -> None:
    analysis = analyse_markdown("# Hulp\n\nWe helpen je graag. Je aanvraag wordt onderzocht.\n", path="p.md")
    m = analysis.metrics
    assert (m["sentences"], m["words"]) == (3, 9)
    assert m["syllables"] == 1 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 3  # hulp we hel-pen je graag je aan-vraag wordt on-der-zocht
    assert m["words_per_sentence"] == 3.0
    assert m["flesch_douma"] == flesch_douma(9, m["syllables"], 3)
    assert m["passive_sentences"] == 1 and m["paragraphs"] == 2
    data = analysis.to_dict()
    assert list(data) == ["path", "level", "metrics", "sentences", "findings"]
    assert list(data["sentences"][0]) == ["line", "column", "text", "flesch_douma", "difficulty", "level", "words"]
    assert list(data["sentences"][0]["words"][0]) == ["text", "syllables", "zipf", "line", "column", "end_column"]
    assert data["sentences"][0]["words"][0]["column"] == 3 and data["sentences"][0]["words"][0]["end_column"] == 7
    assert list(data["findings"][0]) == ["code", "line", "column", "severity", "message", "suggestion", "end_line", "end_column"]


def test_an_empty_page_has_no_score() -> None:
    metrics = analyse_markdown("```\ncode\n```\n", path="leeg.md").metrics
    assert metrics["words"] == 0 and metrics["flesch_douma"] is None


WORDS = ["leefloon", "de", "huurwaarborg", "aanbieden", "ocmw", "sociaal-onderzoek", "qwzxv"]
TABLES_SCRIPT = f"""
import json, wordfreq
from wegwijs.readability import frequency, lintdata, wordtables
words = {WORDS!r}
print(json.dumps({{
    "ours": [frequency.zipf(w) for w in words],
    "wordfreq": [wordfreq.zipf_frequency(w, "nl") for w in words],
    "lint": [lintdata.word(w) for w in words],
    "opened": wordtables.opened(),
}}))
"""


def test_the_word_tables_are_made_once_and_give_wordfreqs_own_answers(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run() -> dict:
        done = subprocess.run([sys.executable, "-c", TABLES_SCRIPT], capture_output=True, text=True, env=env, check=True)
        return json.loads(done.stdout)

    # scripts/setup.sh makes the file; the engine then uses that file and makes no other.
    made_by_setup = subprocess.run(
        [sys.executable, "-m", "wegwijs.readability.maketables"], capture_output=True, text=True, env=env, check=True
    )
    assert made_by_setup.stderr == "" and "woordtabellen klaar" in made_by_setup.stdout
    (tables,) = (tmp_path / "wegwijs").glob("wordtables-*.sqlite")
    made = tables.stat().st_mtime_ns
    first = run()
    assert first["opened"] and list((tmp_path / "wegwijs").glob("wordtables-*")) == [tables]
    for path in (tmp_path / "wegwijs").glob("words-*.marshal"):
        path.unlink()  # the per-word cache gone: the second run must look each word up in the file
    second = run()
    assert second["opened"] and tables.stat().st_mtime_ns == made
    assert first == second
    assert first["ours"] == first["wordfreq"] and first["ours"][0] > 2 and first["ours"][-1] == 0
    # huurwaarborg counts as its head (waarborg); aanbieden is on LiNT-II's skip list; an unknown word never seen.
    lint = dict(zip(WORDS, first["lint"]))
    assert lint["aanbieden"][0] is None and lint["qwzxv"] == [lintdata.ZERO_COUNT, -1]
    assert lint["huurwaarborg"][0] == lintdata.word("waarborg")[0] and lint["huurwaarborg"][1] in (0, 1)



def test_a_damaged_or_unwritable_word_tables_file_still_gives_the_same_answers(tmp_path: Path) -> None:
    def run(cache: Path) -> dict:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        done = subprocess.run([sys.executable, "-c", TABLES_SCRIPT], capture_output=True, text=True, env=env)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return json.loads(done.stdout)

    good = run(tmp_path / "good")
    (tables,) = (tmp_path / "good" / "wegwijs").glob("wordtables-*.sqlite")
    damaged = tmp_path / "damaged" / "wegwijs"
    damaged.mkdir(parents=True)
    (damaged / tables.name).write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    assert run(tmp_path / "damaged") == good
    assert (damaged / tables.name).stat().st_size == tables.stat().st_size  # made again
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    assert run(not_a_folder) == good  # nowhere to keep the tables: they live in memory for the run
