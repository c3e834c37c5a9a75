"""LiNT-II's word data: SUBTLEX-NL word frequencies and nouns with their semantic type.

The data comes from the ``lint_ii`` package on PyPI (LiNT-II by Jenia Kim and Henk Pander Maat,
Utrecht University, EUPL-1.2; SUBTLEX-NL by Keuleers, Brysbaert & New 2010). We read its parquet
files and never import ``lint_ii`` itself: its modules import spaCy and need the spaCy model
nl_core_news_lg, which cannot be installed here. ``scripts/setup.sh`` installs it without its
dependencies for that reason; ``pyarrow`` reads the files.

Reading the parquet files takes about a second, so the two tables we need are kept in ``wordtables``
(SQLite, looked up per word), and the answer for each word also goes into ``wordcache``: a build that
meets no new word opens neither.

Per lower-case word, as LiNT-II's ``WordFeatures`` counts it without a tagger:

- ``frequency``: the log10 frequency per billion words in SUBTLEX-NL (the Zipf scale); a compound in
  the noun list counts as its head (huurwaarborg -> waarborg); an unknown word counts as never seen
  (1.36), and so does a word SUBTLEX-NL saw only twice (1.66: a small difference that halves the
  table); ``None`` for a word on LiNT-II's skip list (separable verbs such as 'aanvragen', whose
  SUBTLEX count misses the split forms).
- ``noun_kind``: 1 for a concrete noun, 0 for an abstract one (or one with both meanings), -1 when
  the word is not in the noun list.
"""

from __future__ import annotations

from pathlib import Path

from wegwijs.readability import wordcache, wordtables
from wegwijs.readability.wordsources import LINT_DATA, LINT_NOUNS, ZERO_COUNT, lint_distribution

__all__ = ["ZERO_COUNT", "coefficients", "word"]

_cache: dict[str, tuple[float | None, int]] = wordcache.table("lint")
_frequencies = wordtables.Table("lint_frequency")
_noun_kinds = wordtables.Table("lint_noun_kind")


def word(lower: str) -> tuple[float | None, int]:
    """(frequency, noun kind) of a lower-case word, as described in the module's docstring."""
    found = _cache.get(lower)
    if found is None:
        # before loading the big tables
        found = wordcache.recall("lint", lower, _cache)  # type: ignore[assignment]
    if found is not None:
        return found
    found = _cache[lower] = (_frequencies.get(lower, ZERO_COUNT), _noun_kinds.get(lower, -1))
    wordcache.changed()
    return found


_FITTED_WITH = {"model_version": "3.8.0", "noun_list": LINT_NOUNS[:-8]}


def coefficients() -> dict[str, float]:
    """LiNT-II's regression coefficients, as its package publishes them (``coefficients.json``): the
    fit for the noun list we use (and spaCy 3.8's parse, the newest)."""
    import json

    path = lint_distribution().locate_file(f"{LINT_DATA}/coefficients.json")
    fits = json.loads(Path(str(path)).read_text("utf-8"))
    fit = next(fit for fit in fits if all(fit.get(key) == value for key, value in _FITTED_WITH.items()))
    return {name: float(value["coef"]) for name, value in fit["coefficients"].items()}
