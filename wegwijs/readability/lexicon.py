"""Word lists of the readability rules, loaded from the YAML files in ``data/`` once, on first use.

The lists are data so that editors and staff (not only programmers) can read and extend them, like
Vale's vocabularies. Each loader returns plain Python sets and dicts shaped for fast lookups.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(name: str) -> Any:
    """Read ``wegwijs/readability/data/<name>.yml``."""
    text = resources.files("wegwijs.readability").joinpath("data").joinpath(f"{name}.yml").read_text("utf-8")
    return yaml.load(text, Loader=_Loader)


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(value).lower() for value in values or ())


@dataclass(frozen=True)
class Phrase:
    """An officialese word or phrase (as lower-case words) and what to write instead.

    ``tip`` is set for a word whose better word depends on the sentence ('termijn'): the editor
    gets the tip with an example instead of one word to put in its place.
    """

    words: tuple[str, ...]
    original: str
    suggestion: str
    tip: str | None = None


# Particles of separable verbs: 'voorleggen' is also written 'voor te leggen'.
_PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "op", "over", "toe", "uit", "voor", "vast",
              "terug", "weg")


def expand(entry: str) -> list[tuple[str, ...]]:
    """``in het bezit zijn/bent/is van`` -> one word tuple per combination of the alternatives."""
    options = [word.split("/") for word in entry.lower().split()]
    return [tuple(combination) for combination in itertools.product(*options)]


def paired(entry: str, suggestion: str) -> list[tuple[tuple[str, ...], str]]:
    """Each form of ``entry`` with the suggestion in the same form.

    ``ondertekenen/ondertekent/ondertekend: tekenen/tekent/getekend`` pairs the forms in order, so a
    participle gets a participle. A suggestion without slashes holds for every form.
    """
    forms = expand(entry)
    choices = suggestion.split("/")
    if len(choices) == 1:
        return [(words, suggestion) for words in forms]
    if len(choices) != len(forms):
        raise ValueError(f"ambtelijk.yml: '{entry}' has {len(forms)} forms but '{suggestion}' has {len(choices)}")
    return list(zip(forms, choices))


def _split_infinitive(words: tuple[str, ...], suggestion: str) -> tuple[tuple[str, ...], str] | None:
    """'voorleggen: tonen' -> ('voor', 'te', 'leggen'): 'te tonen'; 'bijvoegen: meesturen' ->
    ('bij', 'te', 'voegen'): 'mee te sturen'."""
    if len(words) != 1 or not words[0].endswith("en"):
        return None
    word = words[0]
    for particle in _PARTICLES:
        if word.startswith(particle) and len(word) > len(particle) + 3:
            rest = word[len(particle):]
            for other in _PARTICLES:
                if suggestion.startswith(other) and " " not in suggestion and len(suggestion) > len(other) + 3:
                    return (particle, "te", rest), f"{other} te {suggestion[len(other):]}"
            return (particle, "te", rest), f"te {suggestion}"
    return None


@functools.cache
def officialese() -> dict[str, list[Phrase]]:
    """First word -> candidate phrases, longest first, so a sentence is scanned once."""
    index: dict[str, list[Phrase]] = {}
    for entry, value in load_data("ambtelijk").items():
        if isinstance(value, dict):  # a tip: {tip: ...}
            for words in expand(str(entry)):
                index.setdefault(words[0], []).append(Phrase(words, " ".join(words), "", str(value["tip"])))
            continue
        for words, suggestion in paired(str(entry), str(value)):
            index.setdefault(words[0], []).append(Phrase(words, " ".join(words), suggestion))
            split = _split_infinitive(words, suggestion)
            if split is not None:
                index.setdefault(split[0][0], []).append(Phrase(split[0], " ".join(split[0]), split[1]))
    for phrases in index.values():
        phrases.sort(key=lambda phrase: -len(phrase.words))
    return index


@dataclass(frozen=True)
class PassiveLexicon:
    worden: frozenset[str]
    zijn: frozenset[str]
    not_participles: frozenset[str]
    determiners: frozenset[str]
    zijn_perfect: frozenset[str]
    zijn_passive: frozenset[str]
    irregular_participles: frozenset[str]


@functools.cache
def passive() -> PassiveLexicon:
    data = load_data("passief")
    return PassiveLexicon(
        worden=_words(data["worden"]),
        zijn=_words(data["zijn"]),
        not_participles=_words(data["geen_deelwoord"]),
        determiners=_words(data["lidwoorden"]),
        zijn_perfect=_words(data["voltooid_met_zijn"]),
        zijn_passive=_words(data["passief_met_zijn"]),
        irregular_participles=_words(data["onregelmatige_deelwoorden"]),
    )


@dataclass(frozen=True)
class ClauseLexicon:
    always: frozenset[str]
    after_comma: frozenset[str]


@functools.cache
def clauses() -> ClauseLexicon:
    data = load_data("bijzinnen")
    return ClauseLexicon(always=_words(data["altijd"]), after_comma=_words(data["na_komma_of_begin"]))


@dataclass(frozen=True)
class NominalisationLexicon:
    suffixes: dict[str, list[str]]
    exceptions: frozenset[str]
    min_verb_zipf: float


@functools.cache
def nominalisations() -> NominalisationLexicon:
    data = load_data("naamwoordstijl")
    return NominalisationLexicon(
        suffixes={str(k): [str(v) for v in vs] for k, vs in data["achtervoegsels"].items()},
        exceptions=_words(data["gewone_woorden"]),
        min_verb_zipf=float(data["minimale_zipf_werkwoord"]),
    )


@dataclass(frozen=True)
class SyllableLexicon:
    letters: dict[str, int]
    acronyms_as_words: frozenset[str]
    caps_words: frozenset[str]
    spelled: frozenset[str]
    loans: dict[str, int]


@functools.cache
def syllable_data() -> SyllableLexicon:
    data = load_data("lettergrepen")
    return SyllableLexicon(
        letters={str(k).lower(): int(v) for k, v in data["letternamen"].items()},
        acronyms_as_words=_words(data["letterwoorden_als_woord"]),
        caps_words=_words(data["woorden_in_hoofdletters"]),
        spelled=_words(data["gespelde_afkortingen"]),
        loans={str(k).lower(): int(v) for k, v in data["leenwoorden"].items()},
    )


@dataclass(frozen=True)
class SentenceLexicon:
    never_end: frozenset[str]
    may_end: frozenset[str]


@functools.cache
def sentence_data() -> SentenceLexicon:
    data = load_data("afkortingen")
    return SentenceLexicon(never_end=_words(data["nooit_zinseinde"]), may_end=_words(data["soms_zinseinde"]))
