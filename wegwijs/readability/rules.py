"""The readability rules (WW1xx): one small function each, registered with its code and reason.

A rule gets the page (:class:`Page`) and yields :class:`Hit`\\ s; the engine turns hits into findings
with the severity of the level and drops the ones an editor silenced. Messages are plain Dutch,
because editors read them: short sentences, and what to do next.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, groupby
from operator import attrgetter

from wegwijs.findings import Rule, Severity
from wegwijs.readability import detect, difficulty, lexicon
from wegwijs.readability.markdown_text import LIST_ITEM, PARAGRAPH, Piece
from wegwijs.readability.sentences import Sentence, Word, word_info
from wegwijs.readability.thresholds import Thresholds


@dataclass
class Hit:
    sentence: int | None  # index of the sentence the hit is about; None for the whole page
    line: int
    column: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None  # None: the rule's severity at this level
    end_line: int | None = None  # where the underlined words end (see ``Finding.end_column``)
    end_column: int | None = None


def at_word(index: int, word: Word, message: str, suggestion: str | None = None, last: Word | None = None) -> Hit:
    """A hit that underlines ``word`` (through ``last``, when the finding is about several words)."""
    end = last or word
    return Hit(index, word.line, word.column, message, suggestion, end_line=end.line, end_column=end.end_column)


def at_sentence(index: int, sentence: Sentence, message: str, severity: Severity | None = None) -> Hit:
    """A hit that underlines the whole sentence."""
    end_line, end_column = sentence.end_position()
    return Hit(index, sentence.line, sentence.column, message, severity=severity, end_line=end_line,
               end_column=end_column)


_TOKENS = attrgetter("tokens")
_BLOCK = attrgetter("block")


class Page:
    """What the rules look at: the sentences, the blocks and the page's own words and settings.

    ``occurrences`` maps each word (as written) to the sentences it is in, once per occurrence:
    rules decide per distinct word and then visit only the sentences that hold one of theirs.
    """

    def __init__(
        self, sentences: list[Sentence], block_kinds: list[str], thresholds: Thresholds, first_line: int,
        glossary: object | None = None, abbreviations: dict[str, str] | None = None,
    ) -> None:
        self.sentences = sentences
        self.block_kinds = block_kinds
        self.thresholds = thresholds
        self.first_line = first_line
        self.glossary = glossary
        self.abbreviations = abbreviations or {}
        self.metrics: dict = {}
        # (line, column, character) of each invisible character or no-break space in the text
        self.invisible: list[tuple[int, int, str]] = []
        self.headings: list[tuple[int, Piece]] = []  # (level, first piece) of each '#' heading
        self.passives: list = [None] * len(sentences)  # detect.Passive | None per sentence
        occurrences: defaultdict[str, list[int]] = defaultdict(list)
        for index, sentence in enumerate(sentences):
            for token in sentence.tokens:
                occurrences[token].append(index)
        self.occurrences = occurrences
        self.vocabulary = Counter({token: len(found) for token, found in occurrences.items()})
        self._defined = {key.lower() for key in self.abbreviations}
        self._by_lower: dict[str, set[str]] | None = None
        self._block_words: dict[int, int] | None = None

    def lowers(self) -> dict[str, set[str]]:
        """Each word of this page in lower case, with the ways it is written (Kind, kind)."""
        if self._by_lower is None:
            self._by_lower = {}
            for token in self.occurrences:
                self._by_lower.setdefault(word_info(token)[0], set()).add(token)
        return self._by_lower

    def tokens_of(self, lowers: set[str] | frozenset[str]) -> set[str]:
        """The words as written on this page whose lower case is in ``lowers``."""
        by_lower = self.lowers()
        return set().union(*map(by_lower.__getitem__, by_lower.keys() & lowers))

    def indices_with(self, tokens: set[str] | frozenset[str]) -> list[int]:
        """Indices of the sentences that hold one of ``tokens`` (as written), in order."""
        found: set[int] = set()
        for token in self.occurrences.keys() & tokens:
            found.update(self.occurrences[token])
        return sorted(found)

    def with_any(self, tokens: set[str] | frozenset[str], *, lower: bool = True) -> Iterator[tuple[int, Sentence]]:
        """The sentences (with their index) that hold one of ``tokens``: lower-case words, or the
        words as written when ``lower`` is False."""
        sentences = self.sentences
        for index in self.indices_with(self.tokens_of(tokens) if lower else tokens):
            yield index, sentences[index]

    def block_words(self) -> dict[int, int]:
        """Words per block that has a sentence, in order of the blocks."""
        if self._block_words is None:
            self._block_words = {
                block: sum(map(len, map(_TOKENS, sentences)))
                for block, sentences in groupby(self.sentences, _BLOCK)
            }
        return self._block_words

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
        yield at_sentence(index, sentence, f"Deze zin heeft {count} woorden. {advice}", severity)


@rule("WW102", "alinea-te-lang", Severity.WARNING, "Een lange alinea schrikt af. Korte stukken lezen makkelijker.")
def paragraph_too_long(page: Page) -> Iterator[Hit]:
    limit = page.thresholds.paragraph_words
    long_blocks = {
        block: count for block, count in page.block_words().items()
        if count > limit and page.block_kinds[block] in (PARAGRAPH, LIST_ITEM)
    }
    for index, sentence in enumerate(page.sentences):
        count = long_blocks.pop(sentence.block, None)
        if count is not None:  # the block's first sentence
            parts = math.ceil(count / max(limit, 1))
            yield Hit(
                index, sentence.line, sentence.column,
                f"Deze alinea heeft {count} woorden. Maak er {parts} kortere alinea's van.",
            )
            if not long_blocks:
                return


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
    # A phrase can only be in a sentence that holds its rarest word, and only when the page has all
    # its words: that keeps common first words ('voor', 'in') from sending every sentence through.
    lowers = page.lowers()
    candidates: set[str] = set()
    for first in detect.officialese_starts().intersection(lowers):
        for phrase in lexicon.officialese()[first]:
            if all(word in lowers for word in phrase.words):
                rarest = min(page.tokens_of(set(phrase.words)), key=lambda token: len(page.occurrences[token]))
                candidates.update(page.tokens_of({word_info(rarest)[0]}))
    messages: dict[lexicon.Phrase, str | None] = {}  # per phrase: the message, or None when explained
    for index in page.indices_with(candidates):
        sentence = page.sentences[index]
        for word, phrase, last in detect.officialese(sentence):
            if phrase not in messages:
                # a term the glossary explains is used on purpose: 'verhoogde tegemoetkoming'
                explained = all(page.explained(part) for part in phrase.words)
                messages[phrase] = None if explained else phrase.tip or (
                    f"Schrijf {_quote(phrase.suggestion)} in plaats van {_quote(phrase.original)}."
                )
            message = messages[phrase]
            if message is not None:
                yield at_word(index, word, message, None if phrase.tip else phrase.suggestion, last)


@rule("WW106", "moeilijk-woord", Severity.WARNING, "Een woord dat weinig mensen kennen, houdt de lezer tegen.")
def hard_word(page: Page) -> Iterator[Hit]:
    threshold = page.thresholds.zipf_min
    rare = {info[0] for info in map(word_info, page.vocabulary) if info[2] < threshold}
    seen: set[str] = set()
    for index, sentence in page.with_any(rare):
        for position, lower in enumerate(sentence.lowers):
            if lower not in rare or lower in seen:
                continue
            word = sentence.word(position)
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
            yield at_word(
                index, word,
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
            first, last = sorted((found.auxiliary, found.participle), key=lambda word: (word.line, word.column))
            yield at_word(index, first, message.format(words=words), last=last)


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
    nouns = {lower for lower in page.lowers() if detect.nominalisation(lower)}
    for index, sentence in page.with_any(nouns):
        for position, lower in enumerate(sentence.lowers):
            verb = detect.nominalisation(lower) if lower in nouns else None
            if verb:
                word = sentence.word(position)
                yield at_word(
                    index, word, f"Schrijf liever een werkwoord: {_quote(verb)} in plaats van {_quote(word.text)}.", verb,
                )


@rule("WW110", "te-veel-bijzinnen", Severity.WARNING, "Veel bijzinnen maken een zin moeilijk om te volgen.")
def too_many_clauses(page: Page) -> Iterator[Hit]:
    limit = page.thresholds.subordinate_clauses_max
    # Only a sentence with more than ``limit`` words that can open a clause can have too many.
    words = Counter(chain.from_iterable(map(page.occurrences.__getitem__, page.tokens_of(detect.clause_words()))))
    for index in sorted(index for index, count in words.items() if count > limit):
        sentence = page.sentences[index]
        starts = detect.clause_starts(sentence)
        if len(starts) > limit:
            clauses = [sentence.word(position) for position in starts]
            yield at_word(
                index, clauses[0],
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
                    word = sentence.word(position)
                    yield at_word(index, word, f"Leg {_quote(part)} uit: schrijf het voluit of zet het in de woordenlijst.")




# What an editor is told about each invisible character: its code point and a plain name.
_INVISIBLE_NAMES = {
    "\u00ad": "een zacht afbreekstreepje",
    "\u200b": "een spatie zonder breedte",
    "\u200c": "een onzichtbaar scheidingsteken",
    "\u200d": "een onzichtbaar verbindingsteken",
    "\u2060": "een onzichtbaar verbindingsteken",
    "\ufeff": "een onzichtbaar teken uit een ander programma",
}
NO_BREAK_SPACES = "\u00a0\u202f"


@rule("WW112", "onzichtbaar-teken", Severity.WARNING, "Een teken dat je niet ziet, kan een woord breken of zoekwerk storen.")
def invisible_character(page: Page) -> Iterator[Hit]:
    for line, column, char in page.invisible:
        name = _INVISIBLE_NAMES.get(char)
        if name is not None:
            yield Hit(
                None, line, column, f"Hier staat een onzichtbaar teken (U+{ord(char):04X}, {name}). Haal het weg.",
                end_line=line, end_column=column + 1,
            )


@rule("WW113", "vaste-spatie", Severity.INFO, "Een vaste spatie lijkt een gewone spatie, maar de regel breekt er niet.")
def no_break_space(page: Page) -> Iterator[Hit]:
    for line, column, char in page.invisible:
        if char in NO_BREAK_SPACES:
            yield Hit(
                None, line, column,
                f"Hier staat een vaste spatie (U+{ord(char):04X}). Is dat zo bedoeld? Anders: typ een gewone spatie.",
                end_line=line, end_column=column + 1,
            )


_MIN_DIFFICULTY_WORDS = 8


@rule("WW114", "zin-heel-moeilijk", Severity.WARNING,
      "Een zin met veel zeldzame woorden en veel inhoud in één deel begrijpen weinig lezers.")
def hardest_sentence(page: Page) -> Iterator[Hit]:
    limit = page.thresholds.sentence_difficulty_max
    kinds = page.block_kinds
    for index, sentence in enumerate(page.sentences):
        # LiNT scores clauses: a heading, a table cell or a short list item is none
        if len(sentence.tokens) < _MIN_DIFFICULTY_WORDS or kinds[sentence.block] not in (PARAGRAPH, LIST_ITEM):
            continue
        if sentence.difficulty is None or sentence.difficulty < limit:
            continue
        if kinds[sentence.block] == LIST_ITEM and not difficulty.features(sentence).clauses:
            continue  # a list item without a finite verb: a fragment, not a clause
        yield at_sentence(
            index, sentence,
            f"Deze zin is heel moeilijk (score {sentence.difficulty:.0f} van 100). "
            "Kies gewone woorden en zeg één ding per zin.",
        )


# 'welke' opens a relative clause when a pronoun or an article follows ("de papieren welke je nodig
# hebt"), or after a comma; as a question word a noun follows ("Welke papieren heb je nodig?").
_AFTER_RELATIVE = frozenset("je jij u we wij ze zij hij ik men het de een er jullie door".split())


@rule("WW115", "welke-als-die", Severity.WARNING, "'Welke' in plaats van 'die' of 'dat' is ambtelijke taal.")
def relative_welke(page: Page) -> Iterator[Hit]:
    for index, sentence in page.with_any({"welke"}):
        lowers = sentence.lowers
        for position, lower in enumerate(lowers):
            if lower != "welke" or not position:
                continue
            following = lowers[position + 1] if position + 1 < len(lowers) else ""
            if position in sentence.after_comma or following in _AFTER_RELATIVE:
                yield at_word(index, sentence.word(position),
                              "Schrijf 'die' of 'dat' in plaats van 'welke'.", "die")


_FORMAL = {"u": "je", "uw": "je"}


@rule("WW116", "u-in-plaats-van-je", Severity.WARNING, "Op deze site spreken we de lezer aan met 'je'.")
def formal_you(page: Page) -> Iterator[Hit]:
    for index, sentence in page.with_any(set(_FORMAL)):
        for position, lower in enumerate(sentence.lowers):
            if lower in _FORMAL:
                word = sentence.word(position)
                yield at_word(index, word, f"Schrijf {_quote(_FORMAL[lower])} in plaats van {_quote(word.text)}.",
                              _FORMAL[lower])


# 'dienen ... te' with words in between: the split form of 'dient te' (WW105 has the joined one).
_DIENEN = {"dien": "moet", "dient": "moet", "dienen": "moeten", "diende": "moest", "dienden": "moesten"}
_SPLIT_REACH = 12  # words between 'dient' and 'te'


@rule("WW117", "dient-te", Severity.WARNING, "'Dienen te' is ambtelijke taal voor 'moeten'.")
def split_dienen(page: Page) -> Iterator[Hit]:
    for index, sentence in page.with_any(set(_DIENEN)):
        lowers = sentence.lowers
        for position, lower in enumerate(lowers):
            if lower not in _DIENEN:
                continue
            reach = lowers[position + 2: position + 2 + _SPLIT_REACH]  # 'dient te' itself is WW105's
            if "te" in reach and (position + 1 >= len(lowers) or lowers[position + 1] != "te"):
                last = sentence.word(position + 2 + reach.index("te"))
                plain = _DIENEN[lower]
                yield at_word(
                    index, sentence.word(position),
                    f"Schrijf {_quote(plain)} in plaats van '{sentence.tokens[position]} ... te': "
                    f"'Je moet het formulier indienen.'", plain, last,
                )
                break


@rule("WW118", "kop-overgeslagen", Severity.WARNING, "Wie een schermlezer gebruikt, springt van kop naar kop.")
def heading_jump(page: Page) -> Iterator[Hit]:
    previous = 1  # the page title is the first level
    for level, piece in page.headings:
        if level > previous + 1:
            yield Hit(
                None, piece.line, piece.offset + 1,
                f"Deze kop is niveau {level}, maar de kop ervoor is niveau {previous}. "
                f"Maak er een kop van niveau {previous + 1} van (met {'#' * (previous + 1)}).",
            )
        previous = level
