"""The readability rules (WW1xx): one small function each, registered with its code and reason.

A rule gets the page (:class:`Page`) and yields :class:`Hit`\\ s; the engine turns hits into findings
with the severity of the level and drops the ones an editor silenced. Messages are plain Dutch,
because editors read them: short sentences, and what to do next.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from wegwijs.findings import Rule, Severity
from wegwijs.readability import detect
from wegwijs.readability.markdown_text import LIST_ITEM, PARAGRAPH
from wegwijs.readability.sentences import Sentence, word_info
from wegwijs.readability.settings import Thresholds


@dataclass
class Hit:
    sentence: int | None  # index of the sentence the hit is about; None for the whole page
    line: int
    column: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's severity at this level


@dataclass
class Page:
    """What the rules look at: the sentences, the blocks and the page's own words and settings."""

    sentences: list[Sentence]
    block_kinds: list[str]
    thresholds: Thresholds
    metrics: dict
    first_line: int
    glossary: object | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    passives: list = field(default_factory=list)  # detect.Passive | None per sentence
    vocabulary: Counter = field(default_factory=Counter)  # token -> how often it occurs on the page

    def with_any(self, tokens: set[str] | frozenset[str], *, lower: bool = True) -> Iterator[tuple[int, Sentence]]:
        """The sentences (with their index) that hold one of ``tokens``: lower-case words, or the
        words as written when ``lower`` is False. Rules decide per distinct word, then look only here."""
        if not tokens:
            return
        for index, sentence in enumerate(self.sentences):
            if not tokens.isdisjoint(sentence.lowers if lower else sentence.tokens):
                yield index, sentence

    def __post_init__(self) -> None:
        self._defined = {key.lower() for key in self.abbreviations}

    def explained(self, lower: str) -> bool:
        """In the glossary, or an abbreviation defined on the page itself (*[CAW]: ...)."""
        if lower in self._defined:
            return True
        return self.glossary is not None and bool(self.glossary.covers(lower))


Check = Callable[[Page], Iterator[Hit]]
# Not a check on the text: reported by the engine when an inline comment names an unknown code.
UNKNOWN_CODE = Rule("WW100", "onbekende-code", Severity.WARNING, "Een tikfout in 'negeer' mag niet stil voorbijgaan.")
RULES: dict[str, Rule] = {UNKNOWN_CODE.code: UNKNOWN_CODE}
CHECKS: dict[str, Check] = {}


def rule(code: str, name: str, severity: Severity, why: str) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        RULES[code] = Rule(code, name, severity, why)
        CHECKS[code] = check
        return check

    return register


def _quote(text: str) -> str:
    return f"'{text}'"


@rule("WW101", "zin-te-lang", Severity.WARNING, "Een lange zin is moeilijk: de lezer vergeet het begin.")
def sentence_too_long(page: Page) -> Iterator[Hit]:
    limits = page.thresholds
    for index, sentence in enumerate(page.sentences):
        count = len(sentence.tokens)
        if count <= limits.sentence_words_warning:
            continue
        parts = max(2, math.ceil(count / max(limits.sentence_words_warning, 1)))
        advice = f"Maak er {parts - 1} of {parts} zinnen van." if parts > 2 else "Maak er 2 zinnen van."
        severity = Severity.ERROR if count > limits.sentence_words_error else None
        yield Hit(index, sentence.line, sentence.column, f"Deze zin heeft {count} woorden. {advice}", severity=severity)


@rule("WW102", "alinea-te-lang", Severity.WARNING, "Een lange alinea schrikt af. Korte stukken lezen makkelijker.")
def paragraph_too_long(page: Page) -> Iterator[Hit]:
    limit = page.thresholds.paragraph_words
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    for index, sentence in enumerate(page.sentences):
        first.setdefault(sentence.block, index)
        counts[sentence.block] = counts.get(sentence.block, 0) + len(sentence.tokens)
    for block, count in counts.items():
        if count > limit and page.block_kinds[block] in (PARAGRAPH, LIST_ITEM):
            sentence = page.sentences[first[block]]
            parts = math.ceil(count / max(limit, 1))
            yield Hit(
                first[block], sentence.line, sentence.column,
                f"Deze alinea heeft {count} woorden. Maak er {parts} kortere alinea's van.",
            )


@rule("WW103", "zinnen-te-lang", Severity.WARNING, "Korte zinnen maken een tekst makkelijk.")
def average_too_long(page: Page) -> Iterator[Hit]:
    limits = page.thresholds
    average = page.metrics["words_per_sentence"]
    if page.metrics["words"] >= limits.min_page_words and average > limits.page_words_per_sentence:
        yield Hit(
            None, page.first_line, 1,
            f"De zinnen op deze pagina hebben gemiddeld {average:.0f} woorden. "
            f"Mik op {limits.page_words_per_sentence:.0f} of minder.",
        )


@rule("WW104", "tekst-te-moeilijk", Severity.WARNING, "De leesscore (Flesch-Douma) meet hoe lang zinnen en woorden zijn.")
def score_too_low(page: Page) -> Iterator[Hit]:
    limits = page.thresholds
    score = page.metrics["flesch_douma"]
    if page.metrics["words"] >= limits.min_page_words and score is not None and score < limits.flesch_douma_min:
        yield Hit(
            None, page.first_line, 1,
            f"Deze pagina is moeilijk om te lezen (score {score:.0f}, doel {limits.flesch_douma_min:.0f}). "
            "Schrijf kortere zinnen en woorden.",
        )


@rule("WW105", "ambtelijk-woord", Severity.WARNING, "Ambtelijke taal is moeilijk. Er is een gewoon woord voor.")
def officialese_word(page: Page) -> Iterator[Hit]:
    first_words = {word_info(token)[0] for token in page.vocabulary}.intersection(detect.officialese_starts())
    for index, sentence in page.with_any(first_words):
        for word, phrase in detect.officialese(sentence):
            if all(page.explained(part) for part in phrase.words):
                continue  # a term the glossary explains is used on purpose: 'verhoogde tegemoetkoming'
            yield Hit(
                index, word.line, word.column,
                f"Schrijf {_quote(phrase.suggestion)} in plaats van {_quote(phrase.original)}.",
                suggestion=phrase.suggestion,
            )


@rule("WW106", "moeilijk-woord", Severity.WARNING, "Een woord dat weinig mensen kennen, houdt de lezer tegen.")
def hard_word(page: Page) -> Iterator[Hit]:
    threshold = page.thresholds.zipf_min
    rare = {info[0] for info in map(word_info, page.vocabulary) if info[2] < threshold}
    seen: set[str] = set()
    for index, sentence in page.with_any(rare):
        for position, lower in enumerate(sentence.lowers):
            if lower not in rare or lower in seen:
                continue
            word = sentence.words[position]
            text = word.text
            if not text.isalpha() and not ("-" in text or "'" in text or "’" in text):
                continue  # numbers, 3de, o.a.: not words a reader has to know
            if position and text[0].isupper():
                continue  # a name: Kalmthout, Peeters
            if text.isupper() and len(text) > 1:
                continue  # abbreviations are WW111's
            seen.add(word.lower)
            if page.explained(word.lower) or detect.familiar(word.lower, threshold):
                continue
            if detect.is_officialese_word(word.lower):
                continue  # WW105 reports it, with a better word to use
            if "-" in text and all(_familiar_part(page, part, threshold) for part in text.split("-") if part):
                continue  # OCMW-kantoor, leefloon-aanvraag: each part is known or explained
            yield Hit(
                index, word.line, word.column,
                f"Veel lezers kennen {_quote(text)} niet. Kies een gewoner woord of zet het in de woordenlijst.",
            )


def _familiar_part(page: Page, part: str, threshold: float) -> bool:
    lower = part.lower()
    return (
        detect.is_abbreviation(part)  # explained or not: that is WW111's concern
        or page.explained(lower)
        or detect.familiar(lower, threshold)
    )


def _passive_hits(page: Page, kind: str, message: str) -> Iterator[Hit]:
    for index, found in enumerate(page.passives):
        if found is not None and found.kind == kind:
            words = f"{found.auxiliary.text} ... {found.participle.text}"
            yield Hit(index, found.auxiliary.line, found.auxiliary.column, message.format(words=words))


@rule("WW107", "passieve-zin", Severity.WARNING, "In een passieve zin staat niet wie iets doet.")
def passive_worden(page: Page) -> Iterator[Hit]:
    return _passive_hits(page, "worden", "Deze zin zegt niet wie het doet ('{words}'). Schrijf wie wat doet.")


@rule("WW108", "passieve-zin-zijn", Severity.INFO, "In een passieve zin staat niet wie iets doet.")
def passive_zijn(page: Page) -> Iterator[Hit]:
    return _passive_hits(
        page, "zijn", "Deze zin zegt misschien niet wie het doet ('{words}'). Schrijf wie wat doet."
    )


@rule("WW109", "naamwoordstijl", Severity.INFO, "Een werkwoord is duidelijker dan een zelfstandig naamwoord.")
def nominal_style(page: Page) -> Iterator[Hit]:
    nouns = {lower for lower in {word_info(token)[0] for token in page.vocabulary} if detect.nominalisation(lower)}
    for index, sentence in page.with_any(nouns):
        for position, lower in enumerate(sentence.lowers):
            verb = detect.nominalisation(lower) if lower in nouns else None
            if verb:
                word = sentence.words[position]
                yield Hit(
                    index, word.line, word.column,
                    f"Schrijf liever een werkwoord: {_quote(verb)} in plaats van {_quote(word.text)}.",
                    suggestion=verb,
                )


@rule("WW110", "te-veel-bijzinnen", Severity.WARNING, "Veel bijzinnen maken een zin moeilijk om te volgen.")
def too_many_clauses(page: Page) -> Iterator[Hit]:
    limit = page.thresholds.subordinate_clauses_max
    for index, sentence in page.with_any(detect.clause_words()):
        clauses = detect.subordinate_clauses(sentence)
        if len(clauses) > limit:
            yield Hit(
                index, sentence.line, sentence.column,
                f"Deze zin heeft {len(clauses)} bijzinnen ({', '.join(w.text for w in clauses)}). "
                "Maak er kortere zinnen van.",
            )


@rule("WW111", "afkorting-zonder-uitleg", Severity.WARNING, "Niet iedereen kent een afkorting.")
def unexplained_abbreviation(page: Page) -> Iterator[Hit]:
    seen: set[str] = set()
    candidates = {
        token for token in page.vocabulary
        if not token.islower() and any(detect.is_abbreviation(part) for part in token.split("-"))
    }
    for index, sentence in page.with_any(candidates, lower=False):
        for position, text in enumerate(sentence.tokens):
            if text not in candidates:
                continue  # the common case, decided without splitting
            for part in text.split("-"):
                if part in seen or not detect.is_abbreviation(part):
                    continue
                seen.add(part)
                if not page.explained(part.lower()):
                    word = sentence.words[position]
                    yield Hit(
                        index, word.line, word.column,
                        f"Leg {_quote(part)} uit: schrijf het voluit of zet het in de woordenlijst.",
                    )


