"""LiNT-II's word data: SUBTLEX-NL word frequencies and nouns with their semantic type.

The data comes from the ``lint_ii`` package on PyPI (LiNT-II by Jenia Kim and Henk Pander Maat,
Utrecht University, EUPL-1.2; SUBTLEX-NL by Keuleers, Brysbaert & New 2010). We read its parquet
files and never import ``lint_ii`` itself: its modules import spaCy and need the spaCy model
nl_core_news_lg, which cannot be installed here. ``scripts/setup.sh`` installs it without its
dependencies for that reason; ``pyarrow`` reads the files.

Reading the parquet files takes about a second, so the two tables we need are kept as a marshal file
next to wordfreq's (``wordcache.cache_dir()``), and the answer for each word also goes into
``wordcache``: a build that meets no new word loads neither.

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

import marshal
from importlib import metadata
from pathlib import Path

from wegwijs.readability import wordcache

_PACKAGE = "lint_ii"
_DATA = "lint_ii/linguistic_data/data"
_NOUNS = "nouns_sem_types_20260420.parquet"  # the list LiNT-II's newest coefficients were fitted with
ZERO_COUNT = 1.359228547196266  # LiNT-II's value for a word SUBTLEX-NL never saw
_SEEN_THRICE = 1.7  # log10(count / 43.8 million x 1e9): 2 times is 1.66, 3 times 1.84
_KINDS = {"concrete": 1, "abstract": 0, "undefined": 0}

_tables: tuple[dict[str, float], dict[str, int]] | None = None
_cache: dict[str, tuple[float | None, int]] = wordcache.table("lint")


def _distribution() -> metadata.Distribution:
    try:
        return metadata.distribution(_PACKAGE)
    except metadata.PackageNotFoundError:
        raise SystemExit(
            "wegwijs: LiNT-II's word data is missing; install it with "
            f"'pip install --no-deps {_PACKAGE}' (scripts/setup.sh does this)"
        ) from None


def _cache_path() -> Path:
    return wordcache.cache_dir() / f"lint_ii-{_distribution().version}-{_NOUNS[:-8]}-3.marshal"


def _read() -> tuple[dict[str, float], dict[str, int]]:
    """Per word: the frequency LiNT-II counts it with (None on the skip list), and its noun kind."""
    import pyarrow.parquet as pq  # deferred: only a run that meets a new word pays for it

    distribution = _distribution()

    def columns(name: str, *names: str) -> list[list]:
        table = pq.read_table(str(distribution.locate_file(f"{_DATA}/{name}")), columns=list(names))
        return [table.column(column).to_pylist() for column in names]

    words, counts = columns("subtlex_wordfreq.parquet", "word", "word_count")
    # a word seen twice (1.66; the list has no word seen once) counts as one never seen (1.36): that
    # leaves out 226,000 of 437,000 words, and a run that meets a new word loads the table in half the time
    frequencies: dict[str, float | None] = {
        word: count for word, count in zip(words, counts) if count >= _SEEN_THRICE
    }
    nouns, kinds, heads = columns(_NOUNS, "word", "super_sem_type", "head")
    noun_kinds = {noun: _KINDS.get(kind, -1) for noun, kind in zip(nouns, kinds)}
    for noun, head in zip(nouns, heads):
        if head:
            frequencies[noun] = frequencies.get(head, ZERO_COUNT)
    (skipped,) = columns("subtlex_wordfreq_skiplist.parquet", "word")
    for word in skipped:
        frequencies[word] = None
    return frequencies, noun_kinds  # type: ignore[return-value]


def _load() -> tuple[dict[str, float], dict[str, int]]:
    global _tables
    if _tables is None:
        path = _cache_path()
        try:
            _tables = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            _tables = _read()
            wordcache.write(path, _tables)
    return _tables


def word(lower: str) -> tuple[float | None, int]:
    """(frequency, noun kind) of a lower-case word, as described in the module's docstring."""
    found = _cache.get(lower)
    if found is None:
        # before loading the big tables
        found = wordcache.recall("lint", lower, _cache)  # type: ignore[assignment]
    if found is not None:
        return found
    frequencies, kinds = _load()
    found = _cache[lower] = (frequencies.get(lower, ZERO_COUNT), kinds.get(lower, -1))
    wordcache.changed()
    return found


_FITTED_WITH = {"model_version": "3.8.0", "noun_list": _NOUNS[:-8]}


def coefficients() -> dict[str, float]:
    """LiNT-II's regression coefficients, as its package publishes them (``coefficients.json``): the
    fit for the noun list we use (and spaCy 3.8's parse, the newest)."""
    import json

    path = _distribution().locate_file(f"{_DATA}/coefficients.json")
    fits = json.loads(Path(str(path)).read_text("utf-8"))
    fit = next(fit for fit in fits if all(fit.get(key) == value for key, value in _FITTED_WITH.items()))
    return {name: float(value["coef"]) for name, value in fit["coefficients"].items()}
