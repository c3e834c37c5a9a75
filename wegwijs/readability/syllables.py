"""Dutch syllable counts: pyphen's nl_NL hyphenation points, then counted vowel nuclei per piece.

pyphen alone is wrong in systematic ways, because a hyphenation dictionary only marks where a line
may break, not where a syllable is: it never breaks off a single vowel (o-ver, e-ten, i-dee), nor
between two vowels that are two syllables (vi-de-o, bi-os-coop, ma-ri-a), and it knows nothing of
letters spoken one by one (OCMW = o-cee-em-wee) or silent French endings (fiche). So we count the
vowel nuclei inside each pyphen piece instead of counting the pieces: pyphen still contributes the
splits that spelling alone cannot show (ge-au-to-ma-ti-seerd, be-oor-de-len), and the nucleus rules
add the syllables it leaves out. Acronyms and loans come from ``data/lettergrepen.yml``.
"""

from __future__ import annotations

import re

from wegwijs.readability import frequency, lexicon, wordcache
from wegwijs.readability.numbers import number_syllables

_VOWELS = frozenset("aeiouyáàâéèêíìîóòôúùûý" + "äëïöü")
_DIAERESIS = frozenset("äëïöü")  # always the start of a new syllable: ide-ën, ru-ï-ne
# Letter groups that are one sound; longest first. The loans ('eau', 'ai', 'ay') are common enough.
_NUCLEI = ("aai", "ooi", "oei", "ieu", "eeu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui",
           "ei", "ou", "au", "ai", "ay", "ey", "oy", "uy")
_NUCLEI_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _nucleus in _NUCLEI:
    _NUCLEI_BY_FIRST[_nucleus[0]] = _NUCLEI_BY_FIRST.get(_nucleus[0], ()) + (_nucleus,)

_PART = re.compile(r"(\d+(?:[.,:]\d+)*)|([^\W\d_]+)")
_ORDINAL_SUFFIXES = frozenset({"de", "ste", "e", "ste", "ste"})
_cache: dict[str, int] = wordcache.table("syllables")
_merged = False  # whether wordcache's counts from earlier runs are in _cache
_hyphenator = None


def _pyphen():
    global _hyphenator
    if _hyphenator is None:
        import pyphen  # deferred: only pages with words need it

        _hyphenator = pyphen.Pyphen(lang="nl_NL", left=1, right=1)
    return _hyphenator


def _nuclei(word: str, breaks: frozenset[int] = frozenset()) -> int:
    """Vowel nuclei in a lower-case word; no nucleus spans a pyphen break (ge|au, be|oor)."""
    count = 0
    i = 0
    n = len(word)
    while i < n:
        char = word[i]
        if char not in _VOWELS or (char == "y" and (i == 0 or (i + 1 < n and word[i + 1] in _VOWELS))):
            i += 1  # a consonant; 'y' before a vowel is one too (yoga, royaal)
            continue
        previous = word[i - 1] if i else ""
        if char == "u" and previous == "q":
            i += 1  # 'qu' is /kw/: quota, enquête
            continue
        if char == "i" and previous in "cst" and i + 1 < n and _glide(word, i):
            i += 1  # 'ci', 'ti', 'si' before a vowel is /sj/: so-sjaal, sta-sjon, pen-sjoen
            continue
        count += 1
        if char in _DIAERESIS:
            i += 1
            continue
        for nucleus in _NUCLEI_BY_FIRST.get(char, ()):
            end = i + len(nucleus)
            if word.startswith(nucleus, i) and not any(b in breaks for b in range(i + 1, end)):
                i = end
                break
        else:
            i += 1  # a vowel on its own; the next one (vi-de-o, pi-a-no) starts a new syllable
    return count


def _glide(word: str, i: int) -> bool:
    following = word[i + 1]
    if following in "aou":
        return word[i - 1] in "ct" or following == "o"  # sociaal, station, pensioen (not: Maria, asiel)
    # officieel, financiële, patiënt; but not politie, commissie (there 'ie' is the vowel)
    return word[i - 1] in "ct" and (word.startswith("ee", i + 1) or following == "ë")


def is_spelled_out(token: str) -> bool:
    """True for an abbreviation that is read letter by letter: OCMW, CAW, vzw (not NAVO, not LET)."""
    letters = token.replace("-", "")
    if len(letters) < 2 or not letters.isalpha():
        return False
    data = lexicon.syllable_data()
    lower = letters.lower()
    if lower in data.spelled:
        return True
    if not letters.isupper() or lower in data.acronyms_as_words or lower in data.caps_words:
        return False
    if not any(char in _VOWELS for char in lower):
        return True
    # a common word in capitals (GRATIS, NIET) is shouted, not spelled
    return not (len(lower) >= 4 and frequency.zipf(lower) >= 4.0)


def _letters(token: str) -> int:
    names = lexicon.syllable_data().letters
    return sum(names.get(char, 1) for char in token.lower() if char.isalpha())


def _loan(lower: str) -> int | None:
    """Syllables of a known loan, also at the end of a compound: werkfiche, websites."""
    loans = lexicon.syllable_data().loans
    if lower in loans:
        return loans[lower]
    for start in range(1, len(lower) - 3):
        tail = lower[start:]
        if tail in loans:
            return _plain(lower[:start]) + loans[tail]
    return None


def _plain(lower: str) -> int:
    if not lower:
        return 0
    return _nuclei(lower, frozenset(_pyphen().positions(lower)))


def _word(part: str) -> int:
    if is_spelled_out(part):
        return _letters(part)
    lower = part.lower()
    loan = _loan(lower)
    if loan is not None:
        return loan
    return max(_plain(lower), 1)


def syllables(token: str) -> int:
    """Spoken syllables of one word token as the tokenizer yields it (compounds, numbers, 3de)."""
    global _merged
    cached = _cache.get(token)
    if cached is not None:
        return cached
    if not _merged:  # first miss: take the counts of earlier runs before loading pyphen
        _merged = True
        for known_token, value in wordcache.stored("syllables").items():
            _cache.setdefault(known_token, value)
        if token in _cache:
            return _cache[token]
    if token[:1] in "'’" and len(token) <= 2:
        count = 0  # 's, 't: a clitic, no syllable of its own ('s avonds = sa-vonds)
    elif token[:1] in "'’":
        count = _word(token[1:])  # 'n = een
    else:
        count = 0
        for part in token.split("-"):
            if not part:
                continue
            pieces = _PART.findall(part)
            after_number = False
            for number, word in pieces:
                if number:
                    count += number_syllables(number)
                    after_number = True
                elif after_number and word.lower() in _ORDINAL_SUFFIXES:
                    count += 1  # 3de = der-de, 1ste = eer-ste
                else:
                    count += _word(word)
                    after_number = False
        count = max(count, 1)
    _cache[token] = count
    wordcache.changed()
    return count
