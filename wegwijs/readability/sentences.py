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

_TOKEN = re.compile(
    r"""
    (?P<clitic>(?<![^\W_])['’][stn](?![^\W_]))
  | (?P<abbr>(?:[^\W\d_]{1,3}\.){2,}(?![^\W_]))
  | (?P<num>\d+(?:[.,:]\d+)*(?:-?[^\W\d_]+)*)
  | (?P<word>[^\W\d_]+(?:['’-][^\W\d_]+|\d+)*)
  | (?P<end>\.{2,}|…|[.!?]+)
  | (?P<comma>[,;:])
  | (?P<quote>["“”„«»‘’'()])
    """,
    re.VERBOSE,
)


class Word(NamedTuple):
    text: str
    syllables: int
    zipf: float
    line: int
    column: int
    lower: str


class Sentence:
    """One sentence: where it starts, its text and its words (with syllables and Zipf frequency)."""

    __slots__ = ("line", "column", "text", "words", "block", "after_comma", "syllables")

    def __init__(self, words: list[Word], text: str, block: int, after_comma: frozenset[int]) -> None:
        self.words = words
        self.line = words[0].line
        self.column = words[0].column
        self.text = text
        self.block = block
        self.after_comma = after_comma  # indices of words right after a comma: ', die' opens a clause
        self.syllables = sum(word.syllables for word in words)

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


class _Builder:
    """Collects the tokens of the sentence being read and makes a :class:`Sentence` of them."""

    def __init__(self, out: list[Sentence]) -> None:
        self.out = out
        self.words: list[Word] = []
        self.spans: list[list] = []  # [piece, start, end] per line of the sentence
        self.after_comma: set[int] = set()
        self.block = 0
        self.opening: tuple[Piece, int] | None = None  # an opening quote or bracket before a sentence

    def extend(self, piece: Piece, start: int, end: int) -> None:
        if self.opening is not None:
            if self.opening[0] is piece and len(self.words) <= 1:
                start = self.opening[1]
            self.opening = None
        if self.spans and self.spans[-1][0] is piece:
            self.spans[-1][2] = end
        else:
            self.spans.append([piece, start, end])

    def close(self) -> None:
        if self.words:
            text = " ".join(" ".join(piece.text[start:end].split()) for piece, start, end in self.spans)
            self.out.append(Sentence(self.words, text, self.block, frozenset(self.after_comma)))
        self.words = []
        self.spans = []
        self.after_comma = set()


def split_sentences(blocks: list[Block]) -> list[Sentence]:
    """Every sentence of every block, in document order."""
    never_end = lexicon.sentence_data().never_end
    info_cache = _info
    out: list[Sentence] = []
    builder = _Builder(out)
    for block_index, block in enumerate(blocks):
        builder.block = block_index
        pending = False  # a full stop was seen; the next word decides whether the sentence ended
        comma = False
        previous_end = -1
        previous_piece = None
        for piece in block.pieces:
            text = piece.text
            line = piece.line
            offset = piece.offset + 1
            for match in _TOKEN.finditer(text):
                kind = match.lastgroup
                start = match.start()
                if kind == "end":
                    if builder.words:
                        if pending or match.group() != "." or previous_piece is not piece or start != previous_end:
                            pending = True
                        else:
                            last = builder.words[-1].text
                            # 'dhr. Peeters', 'J. Peeters': the dot belongs to the abbreviation
                            pending = not (last.lower() in never_end or (len(last) == 1 and last.isupper()))
                        builder.extend(piece, start, match.end())
                    previous_end, previous_piece = match.end(), piece
                    continue
                if kind == "quote":
                    if previous_piece is piece and start == previous_end and builder.spans:
                        builder.extend(piece, start, match.end())  # closing: "Kom morgen."
                    else:
                        builder.opening = (piece, start)
                    previous_end, previous_piece = match.end(), piece
                    continue
                if kind == "comma":
                    comma = True
                    if builder.words:
                        builder.extend(piece, start, match.end())
                    previous_end, previous_piece = match.end(), piece
                    continue
                token = match.group()
                if pending:
                    pending = False
                    if not token[0].islower() or kind == "clitic":
                        builder.close()
                if kind == "clitic":
                    builder.extend(piece, start, match.end())
                    previous_end, previous_piece = match.end(), piece
                    continue
                info = info_cache.get(token) or _word_info(token)
                if comma:
                    if builder.words:
                        builder.after_comma.add(len(builder.words))
                    comma = False
                builder.words.append(Word(token, info[1], info[2], line, offset + start, info[0]))
                builder.extend(piece, start, match.end())
                previous_end, previous_piece = match.end(), piece
        builder.close()
    return out
