"""Thresholds of the readability rules per reading level: a leaf module, so the rules and the
settings both import it and neither imports the other's importer (see ``settings`` for overrides)."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("A2", "B1")


@dataclass(frozen=True)
class Thresholds:
    sentence_words_warning: int = 20  # WW101 warns above this many words in one sentence
    sentence_words_error: int = 30  # ... and is an error above this many
    paragraph_words: int = 100  # WW102
    page_words_per_sentence: float = 12.0  # WW103: the page average
    flesch_douma_min: float = 60.0  # WW104
    zipf_min: float = 3.0  # WW106: words rarer than this (Zipf) are hard
    subordinate_clauses_max: int = 1  # WW110
    long_word_syllables: int = 4  # metric: a word with this many syllables or more is long
    min_page_words: int = 40  # WW103/WW104 judge a page only from this many words on
    sentence_difficulty_max: float = 70.0  # WW114: the hardest sentences (LiNT's level 4 starts at 60)


DEFAULT_THRESHOLDS: dict[str, Thresholds] = {
    "B1": Thresholds(),
    "A2": Thresholds(
        sentence_words_warning=15,
        sentence_words_error=25,
        paragraph_words=70,
        page_words_per_sentence=10.0,
        flesch_douma_min=70.0,
        zipf_min=3.5,
        subordinate_clauses_max=1,
        sentence_difficulty_max=60.0,  # LiNT's level 4
    ),
}

# Rules whose default severity depends on the level (all others use the rule's own severity).
DEFAULT_SEVERITIES: dict[str, dict[str, str]] = {
    "B1": {"WW108": "info", "WW109": "info"},
    "A2": {"WW108": "warning", "WW109": "warning"},
}

