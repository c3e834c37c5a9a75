"""Dutch sentences and words out of the extracted blocks, in one pass over the tokens.

A full stop ends a sentence only when the next word starts with a capital or a digit, and not after
an abbreviation that never ends one (bv., nr., dhr.): "Bel dhr. Peeters." is one sentence. Numbers
(3.500, 12.30) and dotted abbreviations (d.w.z., o.a.) are single tokens, so their dots never count.
Short sentences are sentences: "Ja. Nee. Misschien wel." is three.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress
from typing import NamedTuple

from wegwijs.readability import frequency, lexicon
from wegwijs.readability.markdown_text import Block
from wegwijs.readability.syllables import syllables

# Words only: the punctuation between two words (the "gap") is looked at only when it is more than
# one space, which keeps the hot loop at one regex match per word.
_WORD = re.compile(
    r"""
    (?<![^\W_])['’][stn](?![^\W_])          # 's, 't, 'n
  | (?<![\w.])(?>(?:[^\W\d_]{1,3}\.){2,})(?![^\W_])  # d.w.z., o.a.: the dots belong to the word
  | \d+(?:[.,:]\d+)*(?:-?[^\W\d_]+)*          # 3.500, 12.30, 3de, 18-jarige
  | [^\W\d_]+(?:['’-][^\W\d_]+|\d+)*          # woord, foto's, OCMW-kantoor, B1
    """,
    re.VERBOSE,
)
# The same pattern as a capturing split: [gap, word, gap, word, ..., tail] in one C-level call.
_SPLIT = re.compile("(" + _WORD.pattern + ")", re.VERBOSE).split
# On a line without quotes, digits, hyphens or a dot before a letter, only the last branch of _WORD
# can match, and it reduces to a run of letters: that regex is about twice as fast.
_SPLIT_LETTERS = re.compile(r"([^\W\d_]+)").split
_NEEDS_FULL = re.compile(r"['’\d-]|\.[^\W\d_]").search
_TERMINATOR = re.compile(r"[.!?…]")
_CLOSING = "\"”’'»)].!?…,;:"
_OPENING = "\"“„'‘«(["


class Word(NamedTuple):
    text: str
    syllables: int
    zipf: float
    line: int
    column: int
    lower: str


class Sentence:
    """One sentence: where it starts, its text and its words (with syllables and Zipf frequency).

    The engine's rules work on ``tokens`` and ``lowers`` (plain lists of strings); the ``Word``
    objects with their positions and the sentence's text are made on first use only, because most
    sentences of a page never need them: building them for every word was most of the engine's time.
    """

    __slots__ = ("line", "column", "block", "after_comma", "syllables", "tokens", "lowers",
                 "_segments", "_spans", "_text", "_words")

    def __init__(
        self, tokens: tuple[str, ...], segments: tuple[tuple, ...], spans: tuple[tuple[str, int, int], ...],
        block: int, after_comma: frozenset[int],
    ) -> None:
        # Tuples of strings and ints, not lists: the garbage collector stops tracking them, and a
        # site's worth of analyses otherwise made MkDocs' full collections several times slower.
        self.tokens = tokens  # the words' texts, in order
        self.lowers = tuple(map(str.lower, tokens))  # what most rules match against
        self.syllables = _syllable_sum(tokens)
        self.block = block
        self.after_comma = after_comma  # indices of words right after a comma: ', die' opens a clause
        self._segments = segments  # (line, column base, token ends in the piece, first, last) per run
        self._spans = spans
        self._text: str | None = None
        self._words: list[Word] | None = None
        line, base, ends, first, _ = segments[0]
        self.line = line
        self.column = base + ends[2 * first]

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            words: list[Word] = []
            info = _info
            make = tuple.__new__  # skips NamedTuple's Python-level __new__
            tokens = iter(self.tokens)
            for line, base, ends, first, last in self._segments:
                for index in range(first, last):
                    token = next(tokens)
                    lower, count, zipf = info.get(token) or _word_info(token)
                    words.append(make(Word, (token, count, zipf, line, base + ends[2 * index], lower)))
            self._words = words
        return self._words

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(" ".join(line[first:last].split()) for line, first, last in self._spans)
        return self._text

    def last_position(self) -> tuple[int, int]:
        """(line, column) of the last word, without making the ``Word`` objects."""
        line, base, ends, _, last = self._segments[-1]
        return line, base + ends[2 * last - 2]

    @property
    def flesch_douma(self) -> float:
        return flesch_douma(len(self.tokens), self.syllables, 1)

    def to_dict(self, words: bool = True) -> dict:
        """The JSON shape of ``wegwijs analyse``; ``words=False`` leaves out the per-word list."""
        data = {"line": self.line, "column": self.column, "text": self.text, "flesch_douma": self.flesch_douma}
        if words:
            data["words"] = [{"text": w.text, "syllables": w.syllables, "zipf": w.zipf} for w in self.words]
        return data

    def __repr__(self) -> str:
        return f"Sentence({self.line}:{self.column} {self.text!r})"


def flesch_douma(words: int, syllables: int, sentences: int) -> float:
    """206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence (Douma, 1960)."""
    return round(206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (words / sentences), 1)


def brouwer(words: int, syllables: int, sentences: int) -> float:
    """Brouwer's Leesindex A: 195 - 2 x words per sentence - 0.67 x syllables per 100 words (1963)."""
    return round(195 - 2 * (words / sentences) - 0.67 * (100.0 * syllables / words), 1)


# Per token: (lower case, syllables, Zipf), and the syllables alone so a sentence sums them in C.
_info: dict[str, tuple[str, int, float]] = {}
_syllables: dict[str, int] = {}


def _word_info(text: str) -> tuple[str, int, float]:
    lower = text.lower()
    info = (lower, syllables(text), frequency.zipf(lower))
    _info[text] = info
    _syllables[text] = info[1]
    return info


def word_info(token: str) -> tuple[str, int, float]:
    """(lower case, syllables, Zipf frequency) of a token, cached."""
    return _info.get(token) or _word_info(token)


def _syllable_sum(tokens: list[str]) -> int:
    try:
        return sum(map(_syllables.__getitem__, tokens))
    except KeyError:
        for token in tokens:
            if token not in _syllables:
                _word_info(token)
        return sum(map(_syllables.__getitem__, tokens))


def _is_clitic(token: str) -> bool:
    return token[0] in "'’" and len(token) == 2


def split_sentences(blocks: list[Block]) -> list[Sentence]:
    """Every sentence of every block, in document order.

    The text is split into words and gaps by one C-level regex split per line. Only the gaps that
    are not a single space (punctuation, quotes, several spaces), the first word of a line and the
    clitics ('s) need a look in Python; the runs of words between them are taken over in bulk.
    """
    never_end = lexicon.sentence_data().never_end
    out: list[Sentence] = []
    for block_index, block in enumerate(blocks):
        tokens: list[str] = []  # words of the current sentence
        segments: list[tuple] = []  # where those words are: see Sentence._segments
        spans: list[tuple[str, int, int]] = []  # finished lines of the current sentence
        after_comma: set[int] = set()
        pending = False  # a sentence end was seen; the next word decides whether it really ended
        comma = False
        for piece in block.pieces:
            text = piece.text
            parts = _SPLIT(text) if _NEEDS_FULL(text) else _SPLIT_LETTERS(text)
            count = len(parts) // 2  # words in this line, clitics included
            base = piece.offset + 1
            line = piece.line
            span_start = -1  # start of the current sentence in this line (-1: not in this line)
            last_end = 0
            if count:
                ends = tuple(accumulate(map(len, parts)))  # token j: start ends[2j], end ends[2j + 1]
                gaps = parts[0::2]  # gaps[j] comes before token j; gaps[count] is the tail
                events = list(compress(range(count), map(" ".__ne__, gaps)))
                if not events or events[0]:
                    events.insert(0, 0)
                if "'" in text or "’" in text:  # a clitic and the word after it need a look
                    extra = [j + k for j in range(count) if _is_clitic(parts[2 * j + 1]) for k in (0, 1)]
                    events = sorted({*events, *(j for j in extra if j < count)})
                events.append(count)
                run_start = -1  # first token of the current run of words in this line
                for position in range(len(events) - 1):
                    j = events[position]
                    gap = gaps[j]
                    start = ends[2 * j]
                    previous_end = ends[2 * j - 1] if j else 0
                    if gap != " " or start != previous_end + 1:
                        if tokens and span_start >= 0:
                            last_end = previous_end + len(gap) - len(gap.lstrip(_CLOSING))
                        if tokens:
                            terminator = _TERMINATOR.search(gap)
                            if terminator:
                                if terminator.start() == 0 and gap[0] == "." and gap[1:2] not in ".!?…" \
                                        and previous_end and not pending:
                                    last = tokens[-1]
                                    # 'dhr. Peeters', 'J. Peeters': the dot belongs to the abbreviation
                                    pending = not (last.lower() in never_end or (len(last) == 1 and last.isupper()))
                                else:
                                    pending = True
                            if "," in gap or ";" in gap or ":" in gap:
                                comma = True
                        lead = len(gap) - len(gap.rstrip(_OPENING))
                    else:
                        lead = 0
                        if span_start >= 0:
                            last_end = previous_end
                    token = parts[2 * j + 1]
                    if pending:
                        pending = False
                        if not token[0].islower():
                            if run_start >= 0:
                                segments.append((line, base, ends, run_start, j))
                                run_start = -1
                            _close(out, tokens, segments, spans, text, span_start, last_end, block_index, after_comma)
                            tokens, segments, spans, after_comma, span_start = [], [], [], set(), -1
                    if span_start < 0:
                        span_start = start - lead if not tokens else start
                    following = events[position + 1]
                    if _is_clitic(token):  # 's avonds: part of the sentence's text, not a word of its own
                        if run_start >= 0:
                            segments.append((line, base, ends, run_start, j))
                            run_start = -1
                        continue
                    if comma:
                        if tokens:
                            after_comma.add(len(tokens))
                        comma = False
                    if run_start < 0:
                        run_start = j
                    tokens.extend(parts[2 * j + 1: 2 * following: 2])  # this word and the plain run after it
                if run_start >= 0:
                    segments.append((line, base, ends, run_start, count))
                previous_end = ends[-2]
            else:
                previous_end = 0
            # what follows the last word of the line: its full stop, closing quote
            tail = parts[-1]
            if tokens and span_start >= 0:
                spans.append((text, span_start, previous_end + len(tail) - len(tail.lstrip(_CLOSING))))
            if tokens and _TERMINATOR.search(tail):
                pending = True
            if "," in tail or ";" in tail or ":" in tail:
                comma = True
        _close(out, tokens, segments, spans, None, -1, -1, block_index, after_comma)
    return out


_NO_COMMAS: frozenset[int] = frozenset()


def _close(
    out: list[Sentence], tokens: list[str], segments: list[tuple], spans: list, line: str | None, start: int,
    end: int, block: int, after_comma: set[int],
) -> None:
    if not tokens:
        return
    if line is not None and start >= 0:
        spans = spans + [(line, start, end)]
    commas = frozenset(after_comma) if after_comma else _NO_COMMAS
    out.append(Sentence(tuple(tokens), tuple(segments), tuple(spans), block, commas))
