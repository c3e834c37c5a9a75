"""Where the big word tables come from, row by row: wordfreq's Dutch list and LiNT-II's data.

``wordtables`` writes these rows into its SQLite file once; ``frequency`` and ``lintdata`` look words
up there. What a value means is described in those two modules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from importlib import metadata

LINT_PACKAGE = "lint_ii"
LINT_DATA = "lint_ii/linguistic_data/data"
LINT_NOUNS = "nouns_sem_types_20260420.parquet"  # the list LiNT-II's newest coefficients were fitted with
ZERO_COUNT = 1.359228547196266  # LiNT-II's value for a word SUBTLEX-NL never saw
_SEEN_THRICE = 1.7  # log10(count / 43.8 million x 1e9): 2 times is 1.66, 3 times 1.84
_KINDS = {"concrete": 1, "abstract": 0, "undefined": 0}

#: The rows change with these, as they do with the package versions: part of the file's name.
LINT_MADE_WITH = f"{LINT_NOUNS};{_SEEN_THRICE};{ZERO_COUNT}"


def lint_distribution() -> metadata.Distribution:
    try:
        return metadata.distribution(LINT_PACKAGE)
    except metadata.PackageNotFoundError:
        raise SystemExit(
            "wegwijs: LiNT-II's word data is missing; install it with "
            f"'pip install --no-deps {LINT_PACKAGE}' (scripts/setup.sh does this)"
        ) from None


@functools.cache
def _read() -> tuple[dict[str, float], dict[str, int]]:
    """Per word: the frequency LiNT-II counts it with (None on the skip list), and its noun kind."""
    import pyarrow.parquet as pq  # deferred: only a run that meets a new word pays for it

    distribution = lint_distribution()

    def columns(name: str, *names: str) -> list[list]:
        table = pq.read_table(str(distribution.locate_file(f"{LINT_DATA}/{name}")), columns=list(names))
        return [table.column(column).to_pylist() for column in names]

    words, counts = columns("subtlex_wordfreq.parquet", "word", "word_count")
    # a word seen twice (1.66; the list has no word seen once) counts as one never seen (1.36): that
    # leaves out 226,000 of 437,000 words, and a run that meets a new word loads the table in half the time
    frequencies: dict[str, float | None] = {
        word: count for word, count in zip(words, counts) if count >= _SEEN_THRICE
    }
    nouns, kinds, heads = columns(LINT_NOUNS, "word", "super_sem_type", "head")
    noun_kinds = {noun: _KINDS.get(kind, -1) for noun, kind in zip(nouns, kinds)}
    for noun, head in zip(nouns, heads):
        if head:
            frequencies[noun] = frequencies.get(head, ZERO_COUNT)
    (skipped,) = columns("subtlex_wordfreq_skiplist.parquet", "word")
    for word in skipped:
        frequencies[word] = None
    return frequencies, noun_kinds  # type: ignore[return-value]


def _wordfreq_rows() -> Iterable[tuple[str, float]]:
    import wordfreq  # deferred: importing and unpacking the table takes ~0.5 s of CPU

    return wordfreq.get_frequency_dict("nl", wordlist="best").items()


#: table name -> (the packages it is made from, what else it depends on, its rows (word, value)).
TABLES: dict[str, tuple[tuple[str, ...], str, Callable[[], Iterable[tuple[str, object]]]]] = {
    "zipf": (("wordfreq",), "", _wordfreq_rows),
    "lint_frequency": ((LINT_PACKAGE,), LINT_MADE_WITH, lambda: _read()[0].items()),
    "lint_noun_kind": ((LINT_PACKAGE,), LINT_MADE_WITH, lambda: _read()[1].items()),
}
