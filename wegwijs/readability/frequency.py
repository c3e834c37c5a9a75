"""How common a Dutch word is: wordfreq's Zipf scale (0 = unknown, 3 = once per million words).

``wordfreq.zipf_frequency`` tokenises and normalises on every call, which costs microseconds per
word; we load wordfreq's Dutch frequency table once (lazily: pages without text never pay) and look
words up in it directly, with a per-word cache that ``wordcache`` keeps on disk between runs, so
a run that meets no new word never loads the table at all.
"""

from __future__ import annotations

import marshal
import math
import re
from importlib import metadata
from pathlib import Path

from wegwijs.readability import wordcache

_table: dict[str, float] | None = None
_cache: dict[str, float] = wordcache.table("zipf")
_DIGIT = re.compile(r"\d")


def _frequencies() -> dict[str, float]:
    global _table
    if _table is None:
        _table = _cached_table()
    return _table


def _cache_path() -> Path:
    return wordcache.cache_dir() / f"wordfreq-nl-{metadata.version('wordfreq')}.marshal"


def _cached_table() -> dict[str, float]:
    """wordfreq's Dutch table, kept as a marshal file: it loads in a tenth of wordfreq's own time,
    which matters because every build and every ``wegwijs check`` pays it once."""
    path = _cache_path()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    import wordfreq  # deferred: importing and unpacking the table takes ~0.5 s of CPU

    table = wordfreq.get_frequency_dict("nl", wordlist="best")
    wordcache.write(path, table)
    return table


def _to_zipf(frequency: float) -> float:
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word; hyphenated compounds combine their parts as wordfreq does."""
    cached = _cache.get(word)
    if cached is None:
        cached = wordcache.recall("zipf", word, _cache)  # before loading the big table
    if cached is not None:
        return cached  # type: ignore[return-value]
    table = _frequencies()
    key = _DIGIT.sub("0", word)  # wordfreq stores all numbers with their digits replaced by 0
    frequency = table.get(key, 0.0)
    if not frequency and "-" in key:
        parts = [table.get(part, 0.0) for part in key.split("-") if part]
        # wordfreq's rule for multi-token phrases: 1/f = sum of 1/f_i (unknown part -> unknown)
        if parts and all(parts):
            frequency = 1.0 / sum(1.0 / part for part in parts)
    value = _to_zipf(frequency)
    _cache[word] = value
    wordcache.changed()
    return value


def known(word: str) -> bool:
    return zipf(word) > 0.0
