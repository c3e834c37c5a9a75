"""What the speed-ups must not change: the on-disk word cache gives the same results and spares
loading wordfreq and pyphen; the one-scan glossary lookup finds what a search per spelling finds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from wegwijs.glossary import Glossary, Term

TEXT = (
    "# Hulp van het OCMW\\n\\nIndien je een leefloon krijgt, wordt je dossier door de dienst onderzocht. "
    "Breng je identiteitskaart mee, bv. op 12.30 uur. Het CAW helpt 's avonds ook.\\n"
)
SCRIPT = f"""
import json
from wegwijs.readability import analyse_markdown, syllables, wordtables
analysis = analyse_markdown("{TEXT}", path="x.md")
print(json.dumps({{
    "analysis": analysis.to_dict(),
    "findings": [f.format() for f in analysis.findings],
    "table_loaded": wordtables.opened(),
    "pyphen_loaded": syllables._hyphenator is not None,
}}))
"""


def run_engine(cache: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout)


def test_the_word_cache_gives_the_same_results_without_loading_wordfreq_or_pyphen(tmp_path: Path) -> None:
    cold = run_engine(tmp_path)
    assert cold["table_loaded"] and cold["pyphen_loaded"]
    assert list((tmp_path / "wegwijs").glob("words-*.marshal"))
    warm = run_engine(tmp_path)
    assert not warm["table_loaded"] and not warm["pyphen_loaded"]
    assert warm["analysis"] == cold["analysis"] and warm["findings"] == cold["findings"]
    assert cold["analysis"]["metrics"]["words"] > 20


def test_a_broken_word_cache_is_rebuilt(tmp_path: Path) -> None:
    cold = run_engine(tmp_path)
    for path in (tmp_path / "wegwijs").glob("words-*.marshal"):
        path.write_bytes(b"not marshal")
    again = run_engine(tmp_path)
    assert again["analysis"] == cold["analysis"] and again["table_loaded"]


def _naive_used_in(glossary: Glossary, text: str) -> list[Term]:
    return [
        term for term in glossary.terms
        if any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text) for s in term.spellings)
    ]


def test_glossary_lookup_matches_a_search_per_spelling() -> None:
    glossary = Glossary([
        Term("sociaal onderzoek", "x", ("sociale onderzoek",)),
        Term("onderzoek", "x"),
        Term("OCMW", "x", ("OCMW's",)),
        Term("UiTPAS-balie", "x"),
        Term("UiTPAS", "x"),
        Term("leefloon", "x", ("leeflonen",)),
    ])
    texts = [
        "Het sociaal onderzoek duurt kort.",
        "Het sociaalonderzoek.",
        "Ga naar de UiTPAS-balie.",
        "Je UiTPAS-kaart en je UiTPAS.",
        "Het OCMW-kantoor en de OCMW's.",
        "De leeflonen; het leefloon-bedrag.",
        "x-leefloon en _leefloon en leefloon_",
        "",
    ]
    for text in texts:
        assert glossary.used_in(text) == _naive_used_in(glossary, text), text
