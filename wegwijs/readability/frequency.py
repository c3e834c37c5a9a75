"""How common a Dutch word is: wordfreq's Zipf scale (0 = unknown, 3 = once per million words).

``wordfreq.zipf_frequency`` tokenises and normalises on every call, which costs microseconds per
word; we look words up in wordfreq's Dutch frequency table directly (kept in ``wordtables``, so it is
never loaded whole), with a per-word cache that ``wordcache`` keeps on disk between runs, so a run
that meets no new word never opens the table at all.
"""

from __future__ import annotations

import math
import re

from wegwijs.readability import wordcache, wordtables

_cache: dict[str, float] = wordcache.table("zipf")
_DIGIT = re.compile(r"\d")
_table = wordtables.Table("zipf")


def _to_zipf(frequency: float) -> float:
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word; hyphenated compounds combine their parts as wordfreq does."""
    cached = _cache.get(word)
    if cached is None:
        cached = wordcache.recall("zipf", word, _cache)  # before loading the big table
    if cached is not None:
        return cached  # type: ignore[return-value]
    key = _DIGIT.sub("0", word)  # wordfreq stores all numbers with their digits replaced by 0
    frequency = _table.get(key, 0.0)
    if not frequency and "-" in key:
        parts = [_table.get(part, 0.0) for part in key.split("-") if part]
        # wordfreq's rule for multi-token phrases: 1/f = sum of 1/f_i (unknown part -> unknown)
        if parts and all(parts):
            frequency = 1.0 / sum(1.0 / part for part in parts)
    value = _to_zipf(frequency)
    _cache[word] = value
    wordcache.changed()
    return value


def known(word: str) -> bool:
    return zipf(word) > 0.0
