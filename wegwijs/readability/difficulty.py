"""Difficulty per sentence and per page, after LiNT-II's features that can be computed offline.

LiNT-II (Kim & Pander Maat 2025, Utrecht University; after LiNT, Pander Maat, Kleijn & Frissen 2023)
predicts how well adults understand a Dutch text from four features, fitted on a reading study:

    LiNT-II = 100 - (const + a x freq + b x max_dependency + c x content_per_clause + d x concrete_nouns)

We take its coefficients from its package (``lint_ii`` on PyPI, EUPL-1.2; ``lintdata.coefficients``:
const -11.47, freq 18.68, max_dependency -1.41, content_per_clause -2.58, concrete 15.46) and
LiNT's bands: 0-34 level 1, 35-46 level 2, 47-59 level 3, 60-100 level 4. Higher is harder. LiNT-II
parses with spaCy's nl_core_news_lg, which cannot be installed here, so we approximate what needs
a parser, and use LiNT-II's own word data for the rest (``lintdata``: SUBTLEX-NL by Keuleers,
Brysbaert & New 2010, and LiNT-II's noun list):

- ``freq``: the mean SUBTLEX-NL log frequency (per billion words) of the content words, without
  names, numbers and abbreviations; a compound in the noun list counts as its head (huur|waarborg),
  a word on LiNT-II's skip list (separable verbs) has no frequency. Which words are content words
  comes from our function-word list and wordfreq (an unknown capitalised word is a name).
- ``content_per_clause``: content words divided by clauses, one clause per finite verb. Without a
  tagger, a finite verb is a word from our list of common finite forms, or the word next to a
  subject pronoun ('je krijgt', 'krijg je').
- ``max_dependency``: there is no parser. The longest dependency in a sentence grows with its
  length, so we take 0.6 x the number of words (a 10-word sentence: 6). We tried the longest stretch
  between commas and clause openers instead; it ranked our graded sentences worse (bench/difficulty.py).
- ``concrete_nouns``: concrete nouns / nouns, by LiNT-II's noun list (concrete: people, objects,
  places, times, measures; abstract: ideas, organisations, abstract events; a noun with both senses
  counts as not concrete). Without a tagger, a noun is a word in that list that is not a function
  word or a finite verb; a year counts as a concrete time. A sentence without one: a neutral 0.5.

With these data LiNT-II's own constant puts 6 of the 8 graded texts of bench/data/graded_texts.yml
in their writer's level (the two level-2 texts score 32 and 34, just under the band); we move every
score 3 points up, which puts all 8 there. Those texts calibrate that shift, so the level agreement
there is no independent result; the rankings (which the shift does not change) are. On those texts
(bench/difficulty.py) the sentence Spearman correlation with the text's level is 0.908, against
0.860 for Flesch-Douma, 0.867 for textstat and 0.895 for sentence length alone; with wordfreq and no
noun list it was 0.869. The margin over sentence length is small (46 sentences, one writer).

One sentence has only a few content words, so one rare word would swing its mean frequency: the
sentence's mean is taken as if it also held two words of frequency 5.0 (an everyday word). A page
uses its plain mean, as LiNT-II does.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from wegwijs.readability import lexicon, lintdata
from wegwijs.readability.sentences import DIFFICULTY_BANDS, Sentence, word_info

_NEUTRAL_CONCRETE = 0.5  # a sentence without a known noun
_SKIPPED = -1.0  # a content word without a frequency (LiNT-II's skip list): counts, but not in the mean
_DEPENDENCY_PER_WORD = 0.6
_PRIOR_WORDS, _PRIOR_ZIPF = 2, 5.0
_SHIFT = -3.0  # see the module's docstring: 3 points harder puts the graded texts in their levels
_NO_CONTENT_ZIPF = 6.0  # a sentence of function words only ("Wat is het?") is easy
LEVEL_BANDS = DIFFICULTY_BANDS  # below the first: level 1; from the last on: level 4


@dataclass(frozen=True)
class Features:
    words: int
    content_words: int
    zipf_sum: float  # the sum of the SUBTLEX-NL frequencies of the content words that have one
    clauses: int  # finite verbs found; 0 for a fragment ("je identiteitskaart of je verblijfsdocument")
    counted: int = 0  # content words with a frequency (not on LiNT-II's skip list)
    concrete: int = 0  # concrete nouns
    nouns: int = 0  # nouns in LiNT-II's noun list, concrete or not


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
def _coefficients() -> dict[str, float]:
    return lintdata.coefficients()


def content_frequency(lower: str) -> float:
    """The SUBTLEX-NL frequency a content word counts with (``_SKIPPED`` when it has none)."""
    value = lintdata.word(lower)[0]
    return _SKIPPED if value is None else value


# Per token as written: the Zipf value it counts with as a content word, 0.0 when it is none (a
# function word, a number, an abbreviation, a name); for a capitalised token the value holds only in
# the middle of a sentence, the first word is looked at again (see ``_first``).
_content: dict[str, float] = {}


def _token_value(token: str) -> float:
    lower, _, zipf = word_info(token)
    if lower in _lexicon().function_words or not token[0].isalpha() or token[0].isupper():
        value = 0.0  # numbers, names and abbreviations do not make a sentence hard in LiNT
    else:
        value = content_frequency(lower)
    _content[token] = value
    return value


def _first(token: str) -> float:
    """The value of a sentence's first word: a capital there is no name, unless the word is unknown
    (Wegwijs, Łukasz) or an abbreviation (OCMW)."""
    lower, _, zipf = word_info(token)
    if not zipf or lower in _lexicon().function_words or not token[0].isalpha() or (len(token) > 1 and token.isupper()):
        return 0.0
    return content_frequency(lower)


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
    content = len(values) - values.count(0.0) + (first != 0.0)
    skipped = values.count(_SKIPPED) + (first == _SKIPPED)
    zipf_sum = sum(values) + first - _SKIPPED * skipped
    lowers = sentence.lowers
    finite_verbs, subjects = words.finite_verbs, words.subjects
    get_kind = _kinds.get
    kinds = [get_kind(lower) for lower in lowers]
    if None in kinds:
        kinds = [_kind(lower) if kind is None else kind for lower, kind in zip(lowers, kinds)]
    concrete = kinds.count(1)
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
    return Features(len(tokens), content, zipf_sum, clauses, content - skipped, concrete, concrete + kinds.count(0))


# Per lower-case word: its noun kind (lintdata.word), -1 for words that are no noun here.
_kinds: dict[str, int] = {}


def _kind(lower: str) -> int:
    words = _lexicon()
    if len(lower) == 4 and lower.isdigit():
        kind = 1  # a year: a time, which LiNT-II's noun list counts as concrete ('jaar', 'maandag')
    elif not lower[:1].isalpha() or lower in words.function_words or lower in words.finite_verbs:
        kind = -1  # 'is', 'hebben', 'de': in the noun list as a noun sense, but not a noun here
    else:
        kind = lintdata.word(lower)[1]
    _kinds[lower] = kind
    return kind


def score(found: Features, dependency: float, prior: int = 0) -> float:
    """LiNT-II's formula over the features, 0-100, higher is harder."""
    counted = found.counted + prior
    mean = (found.zipf_sum + prior * _PRIOR_ZIPF) / counted if counted else _NO_CONTENT_ZIPF
    density = found.content_words / max(found.clauses, 1)
    concrete = found.concrete / found.nouns if found.nouns else _NEUTRAL_CONCRETE
    weights = _coefficients()
    ease = (weights["const"] + weights["mean_log_word_freq"] * mean + weights["mean_max_sdl"] * dependency
            + weights["mean_content_words"] * density + weights["proportion_concrete"] * concrete)
    return round(min(max(100.0 - ease - _SHIFT, 0.0), 100.0), 1)


def sentence_score(found: Features) -> float:
    return score(found, _DEPENDENCY_PER_WORD * found.words, _PRIOR_WORDS)


def page_score(found: list[Features]) -> float | None:
    """The page as LiNT scores a document: all content words, all clauses, the mean sentence."""
    if not found:
        return None
    dependency = _DEPENDENCY_PER_WORD * sum(f.words for f in found) / len(found)
    pooled = Features(sum(f.words for f in found), sum(f.content_words for f in found),
                      sum(f.zipf_sum for f in found), sum(max(1, f.clauses) for f in found),
                      sum(f.counted for f in found), sum(f.concrete for f in found), sum(f.nouns for f in found))
    return score(pooled, dependency)


def level(difficulty: float) -> int:
    """LiNT's four bands: 1 (most adults understand it) to 4 (most adults find it hard)."""
    return 1 + sum(difficulty >= band for band in LEVEL_BANDS)
