"""Difficulty per sentence and per page, after LiNT's features that can be computed offline.

LiNT (Pander Maat, Kleijn & Frissen 2023; LiNT-II by Kim & Pander Maat 2025, both Utrecht University)
predicts how well adults understand a Dutch text from four features, fitted on a cloze study:

    LiNT = 100 - (3.204 + 15.845 x freq - 1.331 x max_dependency - 3.829 x content_per_clause
                  + 13.096 x concrete_nouns)

(the coefficients of the original LiNT, as the LiNT implementations publish them), with 0-34 level 1,
35-46 level 2, 47-59 level 3 and 60-100 level 4. Higher is harder. We keep the formula and its bands,
and measure what we can without a parser or a noun lexicon:

- ``freq``: the mean log frequency of the content words, without names, numbers and abbreviations;
  a rare compound of two common words counts as its last part (huur|waarborg), as LiNT counts a
  transparent compound by its base word. LiNT takes log10 of a word's count in SUBTLEX-NL (43.8
  million words); we take wordfreq's Zipf value (log10 per billion words) on that scale, Zipf - 1.36.
  That is our reading of LiNT's feature, and it puts our scores in LiNT's bands on our test texts.
- ``content_per_clause``: content words divided by clauses, one clause per finite verb. Without a
  tagger, a finite verb is a word from our list of common finite forms, or the word next to a
  subject pronoun ('je krijgt', 'krijg je').
- ``max_dependency``: there is no parser. The longest dependency in a sentence grows with its
  length, so we take 0.6 x the number of words (a 10-word sentence: 6). We tried the longest stretch
  between commas and clause openers instead; it ranked our graded sentences worse (bench/difficulty.py).
- ``concrete_nouns``: there is no lexicon we may ship, so a neutral 0.5 for every sentence.

Our features only approximate LiNT's, so LiNT's constant does not put our scores in its bands: we
move every score down by 12 points, which puts the graded texts of bench/data/graded_texts.yml in the
level their writer gave them. Those texts calibrate the bands, so the level agreement there is no
independent result; the rankings (which the shift does not change) are.

One sentence has only a few content words, so one rare word would swing its mean frequency: the
sentence's mean is taken as if it also held two words of Zipf 5.0 (an everyday word). A page uses
its plain mean, as LiNT does.

``bench/difficulty.py`` measures the result against Flesch-Douma and textstat on graded texts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from wegwijs.readability import frequency, lexicon
from wegwijs.readability.sentences import DIFFICULTY_BANDS, Sentence, word_info

_CONSTANT, _FREQ, _DEPENDENCY, _DENSITY, _CONCRETE = 3.204, 15.845, 1.331, 3.829, 13.096
_NEUTRAL_CONCRETE = 0.5
_DEPENDENCY_PER_WORD = 0.6
_PRIOR_WORDS, _PRIOR_ZIPF = 2, 5.0
_SHIFT = 12.0  # see the module's docstring: our features are not LiNT's, the bands are
_NO_CONTENT_ZIPF = 6.0  # a sentence of function words only ("Wat is het?") is easy
_MIN_ZIPF, _MAX_ZIPF = 1.0, 7.0
_ZIPF_TO_SUBTLEX_LOG = 9 - 7.64  # Zipf = log10(count) + 9 - log10(43.8 million)
LEVEL_BANDS = DIFFICULTY_BANDS  # below the first: level 1; from the last on: level 4


@dataclass(frozen=True)
class Features:
    words: int
    content_words: int
    zipf_sum: float
    clauses: int  # finite verbs found; 0 for a fragment ("je identiteitskaart of je verblijfsdocument")


@dataclass(frozen=True)
class _Lexicon:
    function_words: frozenset[str]
    finite_verbs: frozenset[str]
    subjects: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = lexicon.load_data("functiewoorden")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in data[key])

    return _Lexicon(words("functiewoorden"), words("persoonsvormen"), words("onderwerpen"))


@functools.cache
def content_zipf(lower: str) -> float:
    """The Zipf value a content word counts with (its base word for a transparent compound)."""
    value = frequency.zipf(lower)
    if value < 3.5 and len(lower) >= 7:
        for split in range(3, len(lower) - 2):
            head, tail = lower[:split], lower[split:]
            head_zipf = frequency.zipf(head) or (frequency.zipf(head[:-1]) if head[-1] in "se" else 0.0)
            if head_zipf >= 3.5 and len(tail) >= 3 and frequency.zipf(tail) >= 3.5:
                value = max(value, frequency.zipf(tail))
                break
    return min(max(value, _MIN_ZIPF), _MAX_ZIPF)


# Per token as written: the Zipf value it counts with as a content word, 0.0 when it is none (a
# function word, a number, an abbreviation, a name); for a capitalised token the value holds only in
# the middle of a sentence, the first word is looked at again (see ``_first``).
_content: dict[str, float] = {}


def _token_value(token: str) -> float:
    lower, _, zipf = word_info(token)
    if lower in _lexicon().function_words or not token[0].isalpha() or token[0].isupper():
        value = 0.0  # numbers, names and abbreviations do not make a sentence hard in LiNT
    else:
        value = content_zipf(lower)
    _content[token] = value
    return value


def _first(token: str) -> float:
    """The value of a sentence's first word: a capital there is no name, unless the word is unknown
    (Wegwijs, Łukasz) or an abbreviation (OCMW)."""
    lower, _, zipf = word_info(token)
    if not zipf or lower in _lexicon().function_words or not token[0].isalpha() or (len(token) > 1 and token.isupper()):
        return 0.0
    return content_zipf(lower)


# Features and score per sentence (its words as written): headings, standard phrases and repeated
# sentences are worked out once per process.
_assessed: dict[tuple[str, ...], tuple[Features, float]] = {}


def assess(sentence: Sentence) -> tuple[Features, float]:
    """The sentence's features and its difficulty (0-100, higher is harder)."""
    found = _assessed.get(sentence.tokens)
    if found is None:
        features = _compute(sentence)
        found = _assessed[sentence.tokens] = (features, sentence_score(features))
    return found


def features(sentence: Sentence) -> Features:
    """The sentence's words, content words (and their Zipf sum) and clauses.

    Speed: every sentence of every page goes through here, so the per-token work is one dictionary
    lookup (``_content``) and the loops run in C; only sentences with a subject pronoun look further.
    """
    return assess(sentence)[0]


def _compute(sentence: Sentence) -> Features:
    words = _lexicon()
    tokens = sentence.tokens
    get = _content.get
    values = [get(token) for token in tokens[1:]]
    if None in values:
        values = [_token_value(token) if value is None else value for token, value in zip(tokens[1:], values)]
    first = _first(tokens[0])
    content = len(values) - values.count(0.0) + (first > 0.0)
    zipf_sum = sum(values) + first
    lowers = sentence.lowers
    finite_verbs, subjects = words.finite_verbs, words.subjects
    clauses = sum(map(finite_verbs.__contains__, lowers))
    if not subjects.isdisjoint(lowers):
        # 'je krijgt' (the next word) or 'dan krijg je' (the word before): a finite verb not in our list
        function_words = words.function_words
        last = len(lowers) - 1
        for position, lower in enumerate(lowers):
            if lower not in subjects:
                continue
            after = lowers[position + 1] if position < last else ""
            before = lowers[position - 1] if position > 1 else ""
            if after and after not in function_words and after not in finite_verbs:
                clauses += 1
            elif not (after in finite_verbs) and before and before not in function_words and before not in finite_verbs:
                clauses += 1
    return Features(len(tokens), content, zipf_sum, clauses)


def score(content_words: int, zipf_sum: float, clauses: int, dependency: float, prior: int = 0) -> float:
    """LiNT's formula over the features, 0-100, higher is harder."""
    counted = content_words + prior
    mean = (zipf_sum + prior * _PRIOR_ZIPF) / counted if counted else _NO_CONTENT_ZIPF
    freq = mean - _ZIPF_TO_SUBTLEX_LOG
    density = content_words / max(clauses, 1)
    ease = (_CONSTANT + _FREQ * freq - _DEPENDENCY * dependency - _DENSITY * density
            + _CONCRETE * _NEUTRAL_CONCRETE)
    return round(min(max(100.0 - ease - _SHIFT, 0.0), 100.0), 1)


def sentence_score(found: Features) -> float:
    return score(found.content_words, found.zipf_sum, found.clauses, _DEPENDENCY_PER_WORD * found.words, _PRIOR_WORDS)


def page_score(found: list[Features]) -> float | None:
    """The page as LiNT scores a document: all content words, all clauses, the mean sentence."""
    if not found:
        return None
    dependency = _DEPENDENCY_PER_WORD * sum(f.words for f in found) / len(found)
    return score(sum(f.content_words for f in found), sum(f.zipf_sum for f in found),
                 sum(max(1, f.clauses) for f in found), dependency)


def level(difficulty: float) -> int:
    """LiNT's four bands: 1 (most adults understand it) to 4 (most adults find it hard)."""
    return 1 + sum(difficulty >= band for band in LEVEL_BANDS)
