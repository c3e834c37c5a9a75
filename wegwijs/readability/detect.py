"""Language patterns the rules look for: passive voice, subordinate clauses, nominalisations,
officialese phrases, hard words and unexplained abbreviations. Pure functions over a sentence's
words; the word lists come from ``data/``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from wegwijs.readability import frequency, lexicon
from wegwijs.readability.sentences import Sentence, Word
from wegwijs.readability.syllables import is_spelled_out

zipf = frequency.zipf

_PARTICLES = (
    "aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|samen|binnen|buiten|"
    "neer|langs|tegen|achter|vrij|goed|kwijt|klaar|thuis|open|dicht|stop|rond|tussen"
)
_PARTICIPLE = re.compile(
    rf"^(?:(?P<particle>{_PARTICLES})?ge[^\W\d_]{{2,}}(?:d|t|n)|(?:{_PARTICLES})?(?:be|ver|ont|her|er)[^\W\d_]{{2,}}d)$"
)


class Passive(NamedTuple):
    auxiliary: Word
    participle: Word
    kind: str  # "worden" or "zijn"


def is_participle(lower: str, previous: str = "") -> bool:
    kind = _participle_kind(lower)
    if kind is not None:
        return kind
    return previous not in lexicon.passive().determiners  # 'het gebed' is a noun


def may_be_participle(lower: str) -> bool:
    """False when the word can never be a past participle: a sentence without one is not passive."""
    return _participle_kind(lower) is not False


@functools.cache
def _participle_kind(lower: str) -> bool | None:
    """True or False when the word alone decides; None for the regular shape (ge...d, ver...d),
    a participle unless an article comes before it."""
    data = lexicon.passive()
    if lower in data.irregular_participles:
        return True
    if lower in data.not_participles:
        return False
    match = _PARTICIPLE.match(lower)
    if not match:
        return False
    particle = match.group("particle")
    if particle and lower[len(particle):] in data.not_participles:
        return False  # opgeven, doorgeven
    return None


@functools.cache
def auxiliaries() -> frozenset[str]:
    """Every form of 'worden' and 'zijn': a sentence without one is not passive."""
    data = lexicon.passive()
    return data.worden | data.zijn


@functools.cache
def clause_words() -> frozenset[str]:
    """Every word that can open a subordinate clause: a sentence without one has none."""
    data = lexicon.clauses()
    return data.always | data.after_comma


@functools.cache
def officialese_starts() -> frozenset[str]:
    return frozenset(lexicon.officialese())


def passive(sentence: Sentence) -> Passive | None:
    """'worden' with a past participle; 'zijn' with one where the participle or 'door' shows it."""
    lowers = sentence.lowers
    if auxiliaries().isdisjoint(lowers):
        return None  # most sentences: no form of 'worden' or 'zijn'
    data = lexicon.passive()
    found_zijn: Passive | None = None
    for index, lower in enumerate(lowers):
        is_worden = lower in data.worden
        if not is_worden and lower not in data.zijn:
            continue
        participle = _nearest_participle(lowers, index)
        if participle is None:
            continue
        if is_worden:
            return Passive(sentence.word(index), sentence.word(participle), "worden")
        if found_zijn is None:
            part = lowers[participle]
            if part in data.zijn_passive or ("door" in lowers and part not in data.zijn_perfect):
                found_zijn = Passive(sentence.word(index), sentence.word(participle), "zijn")
    return found_zijn


def _nearest_participle(lowers: list[str], index: int) -> int | None:
    """The participle nearest to the auxiliary at ``index`` in the same clause.

    A word that opens a subordinate clause between them ends the search: in "Het OCMW beslist
    binnen 30 dagen nadat je dossier volledig is" the 'is' belongs to the clause after 'nadat'.
    """
    worden = lexicon.passive().worden
    always = lexicon.clauses().always
    best = None
    for position, lower in enumerate(lowers):
        if position == index or lower in worden:
            continue
        if is_participle(lower, lowers[position - 1] if position else ""):
            if best is None or abs(position - index) < abs(best - index):
                low, high = sorted((position, index))
                if always.isdisjoint(lowers[low + 1: high]):
                    best = position
    return best


def subordinate_clauses(sentence: Sentence) -> list[Word]:
    """Words that open a subordinate clause: always (omdat, terwijl) or after a comma (, die)."""
    return [sentence.word(index) for index in clause_starts(sentence)]


def clause_starts(sentence: Sentence) -> list[int]:
    """Positions of the words that open a subordinate clause (see ``subordinate_clauses``)."""
    data = lexicon.clauses()
    always, after_comma = data.always, data.after_comma
    found = []
    commas = None
    lowers = sentence.lowers
    for index, lower in enumerate(lowers):
        if lower in always:
            found.append(index)
        elif lower in after_comma:
            if commas is None:
                commas = sentence.after_comma  # worked out only for sentences that need it
            if index == 0 or index in commas:
                found.append(index)
            elif lower in _RELATIVE and index + 1 < len(lowers) and lowers[index + 1] in _CLAUSE_SUBJECTS:
                found.append(index)  # without a comma: 'het formulier dat je invult', 'ik weet dat het kan'
    return found


# 'die' or 'dat' followed by a subject opens a clause, comma or not.
_RELATIVE = frozenset({"die", "dat"})
_CLAUSE_SUBJECTS = frozenset("je jij u we wij ze zij hij ik men het de een er jullie".split())


@functools.cache
def nominalisation(lower: str) -> str | None:
    """The verb (or 'adjective + zijn') a noun is built on: betaling -> betalen; else None."""
    data = lexicon.nominalisations()
    if len(lower) < 7:
        return None
    for suffix, replacements in data.suffixes.items():
        # a noun of an officialese verb is never a common word: ondertekening -> tekenen
        if lower.endswith(suffix):
            for replacement in replacements:
                plain = officialese_word(lower[: -len(suffix)] + replacement)
                if plain is not None:
                    return plain
    if any(lower[start:] in data.exceptions for start in range(len(lower) - 4)):
        return None
    for suffix, replacements in data.suffixes.items():
        if not lower.endswith(suffix):
            continue
        stem = lower[: -len(suffix)]
        for replacement in replacements:
            candidate = stem + replacement
            head = candidate.split(" ", 1)[0]
            if len(stem) >= 3 and frequency.zipf(head) >= data.min_verb_zipf:
                return candidate
    return None


def officialese_word(lower: str) -> str | None:
    """The plain word for a one-word officialese entry ('voorleggen' -> 'tonen'); None for others and tips."""
    for phrase in lexicon.officialese().get(lower, ()):
        if phrase.words == (lower,) and not phrase.tip:
            return phrase.suggestion
    return None


def officialese(sentence: Sentence) -> list[tuple[Word, lexicon.Phrase, Word]]:
    """Each officialese phrase in the sentence: its first word, the phrase and its last word."""
    index = lexicon.officialese()
    lowers = sentence.lowers
    found = []
    taken = 0  # a phrase's own words do not start another phrase
    for position in [position for position, lower in enumerate(lowers) if lower in index]:
        if position < taken:
            continue
        for phrase in index[lowers[position]]:
            size = len(phrase.words)
            if lowers[position: position + size] == phrase.words:
                found.append((sentence.word(position), phrase, sentence.word(position + size - 1)))
                taken = position + size
                break
    return found


def is_officialese_word(lower: str) -> bool:
    return any(len(phrase.words) == 1 for phrase in lexicon.officialese().get(lower, ()))


@functools.cache
def is_abbreviation(text: str) -> bool:
    """An all-capital word of at least two letters that is not a shouted common word (LET OP)."""
    letters = text.replace("-", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    return is_spelled_out(text) or letters.lower() in lexicon.syllable_data().acronyms_as_words


@functools.cache
def familiar(lower: str, threshold: float) -> bool:
    """Common enough, also as an inflected form: diploma's (diploma), oefen/oefent (oefenen)."""
    if zipf(lower) >= threshold:
        return True
    if lower.endswith(("'s", "’s")) and zipf(lower[:-2]) >= threshold:
        return True
    if zipf(lower + "en") >= threshold or (lower.endswith("t") and zipf(lower[:-1] + "en") >= threshold):
        return True
    return known_compound(lower, threshold)


@functools.cache
def known_compound(lower: str, threshold: float) -> bool:
    """True when a rare word is made of two common ones (huur + waarborg), maybe with a linking s/e."""
    if len(lower) < 7:
        return False
    zipf = frequency.zipf
    for split in range(3, len(lower) - 2):
        head, tail = lower[:split], lower[split:]
        if zipf(tail) < threshold:
            continue
        if zipf(head) >= threshold or (head[-1] in "se" and len(head) > 3 and zipf(head[:-1]) >= threshold):
            return True
        if head.endswith("en") and len(head) > 4 and zipf(head[:-2]) >= threshold:
            return True
    return False
