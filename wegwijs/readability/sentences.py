"""Dutch sentences and words out of the extracted blocks, in one pass over the tokens.

A full stop ends a sentence only when the next word starts with a capital or a digit, and not after
an abbreviation that never ends one (bv., nr., dhr.): "Bel dhr. Peeters." is one sentence. Numbers
(3.500, 12.30) and dotted abbreviations (d.w.z., o.a.) are single tokens, so their dots never count.
Short sentences are sentences: "Ja. Nee. Misschien wel." is three.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wegwijs.readability import frequency, lexicon
from wegwijs.readability.markdown_text import Block, Piece
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
    """One sentence: where it starts, its text and its words (with syllables and Zipf frequency)."""

    __slots__ = ("line", "column", "text", "words", "block", "after_comma", "syllables", "lowers")

    def __init__(self, words: list[Word], text: str, block: int, after_comma: frozenset[int]) -> None:
        self.words = words
        self.line = words[0].line
        self.column = words[0].column
        self.text = text
        self.block = block
        self.after_comma = after_comma  # indices of words right after a comma: ', die' opens a clause
        self.syllables = sum(word.syllables for word in words)
        self.lowers = [word.lower for word in words]  # what most rules match against

    @property
    def flesch_douma(self) -> float:
        return flesch_douma(len(self.words), self.syllables, 1)

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "flesch_douma": self.flesch_douma,
            "words": [{"text": w.text, "syllables": w.syllables, "zipf": w.zipf} for w in self.words],
        }

    def __repr__(self) -> str:
        return f"Sentence({self.line}:{self.column} {self.text!r})"


def flesch_douma(words: int, syllables: int, sentences: int) -> float:
    """206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence (Douma, 1960)."""
    return round(206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (words / sentences), 1)


def brouwer(words: int, syllables: int, sentences: int) -> float:
    """Brouwer's Leesindex A: 195 - 2 x words per sentence - 0.67 x syllables per 100 words (1963)."""
    return round(195 - 2 * (words / sentences) - 0.67 * (100.0 * syllables / words), 1)


_info: dict[str, tuple[str, int, float]] = {}


def _word_info(text: str) -> tuple[str, int, float]:
    lower = text.lower()
    info = (lower, syllables(text), frequency.zipf(lower))
    _info[text] = info
    return info


def split_sentences(blocks: list[Block]) -> list[Sentence]:
    """Every sentence of every block, in document order.

    This is the engine's hot loop (one iteration per word), hence the local variables.
    """
    never_end = lexicon.sentence_data().never_end
    info_cache = _info
    make_word = tuple.__new__  # skips NamedTuple's Python-level __new__
    out: list[Sentence] = []
    for block_index, block in enumerate(blocks):
        words: list[Word] = []
        spans: list[tuple[Piece, int, int]] = []  # finished lines of the current sentence
        after_comma: set[int] = set()
        pending = False  # a sentence end was seen; the next word decides whether it really ended
        comma = False
        for piece in block.pieces:
            text = piece.text
            line = piece.line
            offset = piece.offset + 1
            span_start = -1  # start of the current sentence in this piece (-1: not in this piece)
            previous_end = 0
            last_end = 0
            for match in _WORD.finditer(text):
                start, end = match.span()
                if start != previous_end + 1 or text[previous_end] != " ":
                    gap = text[previous_end:start]
                    if words and span_start >= 0:
                        last_end = previous_end + len(gap) - len(gap.lstrip(_CLOSING))
                    if words:
                        terminator = _TERMINATOR.search(gap)
                        if terminator:
                            if terminator.start() == 0 and gap[0] == "." and gap[1:2] not in ".!?…" \
                                    and previous_end and not pending:
                                last = words[-1].text
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
                previous_end = end
                token = match.group()
                if pending:
                    pending = False
                    if not token[0].islower():
                        _close(out, words, spans, piece, span_start, last_end, block_index, after_comma)
                        words, spans, after_comma, span_start = [], [], set(), -1
                if span_start < 0:
                    span_start = start - lead if not words else start
                if token[0] in "'’" and len(token) == 2:
                    continue  # 's avonds: part of the sentence's text, not a word of its own
                info = info_cache.get(token) or _word_info(token)
                if comma:
                    if words:
                        after_comma.add(len(words))
                    comma = False
                words.append(make_word(Word, (token, info[1], info[2], line, offset + start, info[0])))
            # what follows the last word of the piece: its full stop, closing quote
            tail = text[previous_end:]
            if words and span_start >= 0:
                spans.append((piece, span_start, previous_end + len(tail) - len(tail.lstrip(_CLOSING))))
            if words and _TERMINATOR.search(tail):
                pending = True
            if "," in tail or ";" in tail or ":" in tail:
                comma = True
        _close(out, words, spans, None, -1, -1, block_index, after_comma)
    return out


def _close(
    out: list[Sentence], words: list[Word], spans: list, piece: Piece | None, start: int, end: int,
    block: int, after_comma: set[int],
) -> None:
    if not words:
        return
    if piece is not None and start >= 0:
        spans = spans + [(piece, start, end)]
    text = " ".join(" ".join(part.text[first:last].split()) for part, first, last in spans)
    out.append(Sentence(words, text, block, frozenset(after_comma)))
