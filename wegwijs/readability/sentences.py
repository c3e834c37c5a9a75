"""Dutch sentences and words out of the extracted blocks.

A full stop ends a sentence only when the next word starts with a capital or a digit, and not after
an abbreviation that never ends one (bv., nr., dhr.): "Bel dhr. Peeters." is one sentence. Numbers
(3.500, 12.30) and dotted abbreviations (d.w.z., o.a.) are single tokens, so their dots never count.
Short sentences are sentences: "Ja. Nee. Misschien wel." is three.

Speed: a block is split into words and gaps by one C-level regex split. Python looks only at the
gaps that hold a full stop, question mark or ellipsis (about one per sentence); a sentence is then a
slice of the block's words. Everything the rules seldom need (positions, text, lower case, word
objects, commas) is worked out from the block on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress
from typing import NamedTuple

from wegwijs.readability import frequency, lexicon
from wegwijs.readability.markdown_text import Block
from wegwijs.readability.syllables import syllables

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
# Without quotes, digits, hyphens or a dot before a letter, only the last branch of _WORD can match,
# and it reduces to a run of letters: that regex is about twice as fast.
_SPLIT_LETTERS = re.compile(r"([^\W\d_]+)").split


def _latin1_members(cls: str) -> str:
    return re.escape("".join(c for c in map(chr, range(256)) if re.fullmatch(cls, c)))


# What the Unicode classes match among the 256 Latin-1 characters, asked of the classes themselves.
_LATIN1_CLASSES = tuple(
    (cls, "[" + _latin1_members(cls) + "]") for cls in (r"[^\W\d_]", r"[^\W_]", r"[\w.]", r"\d")
)


def _latin1(pattern: str) -> str:
    """``pattern`` with its Unicode classes spelled out for Latin-1 text.

    The regex engine tests a class like [^\\W\\d_] per character through Unicode lookups; a plain
    set of characters is tested from a bitmap, which makes the split 2 to 3 times faster. The
    classes must appear whole as in ``_LATIN1_CLASSES`` (a bare \\d only outside brackets).
    """
    for unicode_class, latin in _LATIN1_CLASSES:
        pattern = pattern.replace(unicode_class, latin)
    return pattern


# Most pages are Latin-1 (Dutch, French and German letters): they get the fast versions.
_SPLIT_LATIN1 = re.compile(_latin1("(" + _WORD.pattern + ")"), re.VERBOSE).split
_SPLIT_LETTERS_LATIN1 = re.compile(_latin1(r"([^\W\d_]+)")).split
# _NEEDS_FULL as one leading character set, which the regex engine scans for quickly.
_NEEDS_FULL_LATIN1 = re.compile(_latin1(r"[-'’0-9.](?:(?<=\.)[^\W\d_]|(?<!\.))")).search


# Typographic quotes, dashes and the like are outside Latin-1 but are no letters, so a text with
# them still splits the same with the Latin-1 patterns; any other character might be a letter.
_MAYBE_OTHER_LETTER = re.compile(r"[^\x00-\xff\s‘’‚“”„…–—•·€]").search


def _split(text: str) -> list[str]:
    """[gap, word, gap, word, ..., tail]: the words of ``text`` and what is between them."""
    if text.isascii() or not _MAYBE_OTHER_LETTER(text):
        return _SPLIT_LATIN1(text) if _NEEDS_FULL_LATIN1(text) else _SPLIT_LETTERS_LATIN1(text)
    return _SPLIT(text) if _NEEDS_FULL(text) else _SPLIT_LETTERS(text)
_NEEDS_FULL = re.compile(r"['’\d-]|\.[^\W\d_]").search
_TERMINATOR = re.compile(r"[.!?…]")
_CLOSING = "\"”’'»)].!?…,;:"
_OPENING = "\"“„'‘«(["
_COMMA = re.compile(r"[,;:]").search
# Characters a reader never sees that would cut a word in two ("be\u00adkoming"): a soft hyphen,
# zero-width space, non-joiner and joiner, word joiner and a byte order mark inside the text.
# Words are read without them; rule WW112 reports where they are.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


class Word(NamedTuple):
    text: str
    syllables: int
    zipf: float
    line: int
    column: int
    lower: str
    end_column: int = 0  # the column just after the word (on ``line``): underline column..end_column


class _Layout:
    """One block's text, cut into words and gaps, and where each of its lines sits in the file."""

    __slots__ = ("text", "parts", "clitics", "_block", "_starts", "_ends", "_removed")

    def __init__(self, block: Block, text: str, parts: list[str], clitics: list[bool] | None,
                 removed: list[int] | None = None) -> None:
        self.text = text  # the block's lines joined by newlines
        self.parts = parts  # [gap, word, gap, word, ..., tail]: the gap before word k is parts[2k]
        self.clitics = clitics  # per word: 's, 't, 'n (None when the block has none)
        self._block = block
        self._starts: list[int] | None = None
        self._ends: tuple[int, ...] | None = None
        # Where invisible characters were taken out, as offsets in ``text`` (None: there were none).
        self._removed = removed

    @property
    def ends(self) -> tuple[int, ...]:
        """Offsets in ``text``: word k starts at ends[2k] and ends at ends[2k + 1]."""
        if self._ends is None:
            self._ends = tuple(accumulate(map(len, self.parts)))
        return self._ends

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source file of an offset in ``text``."""
        if self._removed is not None:
            offset += bisect_right(self._removed, offset)
        pieces = self._block.pieces
        if len(pieces) == 1:
            return pieces[0].line, pieces[0].offset + 1 + offset
        if self._starts is None:
            self._starts = [0, *accumulate(len(piece.text) + 1 for piece in pieces[:-1])]
        index = bisect_right(self._starts, offset) - 1
        return pieces[index].line, pieces[index].offset + 1 + offset - self._starts[index]

    def word_start(self, word: int) -> tuple[int, int]:
        return self.position(self.ends[2 * word])

    def word_end(self, word: int) -> tuple[int, int]:
        """(line, column) just after the last character of word ``word``."""
        if self._removed is None:  # a word never spans two lines: its end is its start plus its length
            line, column = self.position(self.ends[2 * word])
            return line, column + len(self.parts[2 * word + 1])
        line, column = self.position(self.ends[2 * word + 1] - 1)
        return line, column + 1


class Sentence:
    """One sentence: its words (``tokens``, without the clitics 's, 't, 'n) and its block.

    Rules mostly need only the tokens. The rest (position, text, lower case, ``Word`` objects
    with syllables and Zipf frequency) is worked out on first use: most sentences never need it.
    """

    __slots__ = ("tokens", "block", "_layout", "_start", "_end", "_index",
                 "_lowers", "_syllables", "_after_comma", "_text", "_words", "_position", "difficulty")

    def __init__(self, tokens: tuple[str, ...], block: int, layout: _Layout, start: int, end: int,
                 index: tuple[int, ...] | None) -> None:
        self.tokens = tokens
        self.block = block
        self._layout = layout
        self._start = start  # the block's words start:end make this sentence (clitics included)
        self._end = end
        self._index = index  # the block word of each token, when clitics are left out
        self._lowers = self._syllables = self._after_comma = self._text = self._words = self._position = None
        self.difficulty: float | None = None  # 0-100, higher is harder; set by the analysis (difficulty.py)

    def _word_index(self, position: int) -> int:
        return self._start + position if self._index is None else self._index[position]

    @property
    def lowers(self) -> tuple[str, ...]:
        if self._lowers is None:
            self._lowers = tuple(map(str.lower, self.tokens))
        return self._lowers

    @property
    def syllables(self) -> int:
        if self._syllables is None:
            self._syllables = syllable_sum(self.tokens)
        return self._syllables

    @property
    def line(self) -> int:
        return self.position[0]

    @property
    def column(self) -> int:
        return self.position[1]

    @property
    def position(self) -> tuple[int, int]:
        """(line, column) of the first word."""
        if self._position is None:
            self._position = self._layout.word_start(self._word_index(0))
        return self._position

    def end_position(self) -> tuple[int, int]:
        """(line, column) just after the last word."""
        return self._layout.word_end(self._word_index(len(self.tokens) - 1))

    def last_position(self) -> tuple[int, int]:
        """(line, column) of the last word, without making the ``Word`` objects."""
        return self._layout.word_start(self._word_index(len(self.tokens) - 1))

    def word(self, position: int) -> Word:
        """The ``Word`` at ``position`` in ``tokens``."""
        if self._words is not None:
            return self._words[position]
        token = self.tokens[position]
        lower, count, zipf = _info.get(token) or _word_info(token)
        layout, word = self._layout, self._word_index(position)
        line, column = layout.word_start(word)
        end = column + len(token) if layout._removed is None else layout.word_end(word)[1]
        return Word(token, count, zipf, line, column, lower, end)

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            self._words = [self.word(position) for position in range(len(self.tokens))]
        return self._words

    @property
    def text(self) -> str:
        if self._text is None:
            layout = self._layout
            parts, ends = layout.parts, layout.ends
            before, after = parts[2 * self._start], parts[2 * self._end]
            first = ends[2 * self._start] - (len(before) - len(before.rstrip(_OPENING)))
            last = ends[2 * self._end - 1] + len(after) - len(after.lstrip(_CLOSING))
            if "\n" in layout.text[first:last]:
                # A line break: what opens the next line (a pipe, a bracket) is markup, not text.
                chunks = []
                for word in range(self._start + 1, self._end):
                    gap = parts[2 * word]
                    if "\n" in gap:
                        chunks.append(layout.text[first: ends[2 * word - 1] + len(gap) - len(gap.lstrip(_CLOSING))])
                        first = ends[2 * word]
                chunks.append(layout.text[first:last])
                self._text = " ".join(" ".join(chunks).split())
            else:
                self._text = " ".join(layout.text[first:last].split())
        return self._text

    @property
    def after_comma(self) -> frozenset[int]:
        """Indices of words right after a comma, semicolon or colon: ', die' opens a clause."""
        if self._after_comma is None:
            parts, clitics = self._layout.parts, self._layout.clitics
            found = []
            comma = False
            count = 0
            for word in range(self._start, self._end):
                if word > self._start and _COMMA(parts[2 * word]):
                    comma = True
                if clitics is not None and clitics[word]:
                    continue
                if comma and count:
                    found.append(count)
                comma = False
                count += 1
            self._after_comma = frozenset(found)
        return self._after_comma

    @property
    def flesch_douma(self) -> float:
        return flesch_douma(len(self.tokens), self.syllables, 1)

    def to_dict(self, words: bool = True) -> dict:
        """The JSON shape of ``wegwijs analyse``; ``words=False`` leaves out the per-word list."""
        data = {"line": self.line, "column": self.column, "text": self.text, "flesch_douma": self.flesch_douma}
        if self.difficulty is not None:
            data["difficulty"] = self.difficulty
            data["level"] = 1 + sum(self.difficulty >= band for band in DIFFICULTY_BANDS)
        if words:
            data["words"] = [
                {"text": w.text, "syllables": w.syllables, "zipf": w.zipf, "line": w.line, "column": w.column,
                 "end_column": w.end_column}
                for w in self.words
            ]
        return data

    def __repr__(self) -> str:
        return f"Sentence({self.line}:{self.column} {self.text!r})"


def flesch_douma(words: int, syllables: int, sentences: int) -> float:
    """206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence (Douma, 1960)."""
    return round(206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (words / sentences), 1)


def brouwer(words: int, syllables: int, sentences: int) -> float:
    """Brouwer's Leesindex A: 195 - 2 x words per sentence - 0.67 x syllables per 100 words (1963)."""
    return round(195 - 2 * (words / sentences) - 0.67 * (100.0 * syllables / words), 1)


# LiNT's level bands of the difficulty score (difficulty.py): below 35 level 1, from 60 on level 4.
DIFFICULTY_BANDS = (35.0, 47.0, 60.0)


# Per token: (lower case, syllables, Zipf), and the syllables alone so a sentence sums them in C.
_info: dict[str, tuple[str, int, float]] = {}
_syllables: dict[str, int] = {}


# A number in digits counts as at most this many syllables in the formulas: a reader takes '1861' or
# '3.500' in at a glance, so a year must not make a sentence look hard (it would count 6 to 9).
NUMBER_SYLLABLES_MAX = 2
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*").fullmatch


def _word_info(text: str) -> tuple[str, int, float]:
    lower = text.lower()
    count = syllables(text)
    if count > NUMBER_SYLLABLES_MAX and text[0].isdigit() and _NUMBER(text):
        count = NUMBER_SYLLABLES_MAX
    info = (lower, count, frequency.zipf(lower))
    _info[text] = info
    _syllables[text] = info[1]
    return info


def word_info(token: str) -> tuple[str, int, float]:
    """(lower case, syllables, Zipf frequency) of a token, cached."""
    return _info.get(token) or _word_info(token)


def syllable_sum(tokens: tuple[str, ...]) -> int:
    try:
        return sum(map(_syllables.__getitem__, tokens))
    except KeyError:
        for token in tokens:
            if token not in _syllables:
                _word_info(token)
        return sum(map(_syllables.__getitem__, tokens))


def _is_clitic(token: str) -> bool:
    return token[0] in "'’" and len(token) == 2


def split_sentences(blocks: list[Block], invisible: bool = True) -> list[Sentence]:
    """Every sentence of every block, in document order.

    ``invisible`` False tells that no block holds an ``INVISIBLE`` character (the caller searched
    the whole page at once), which saves a search per block.
    """
    never_end: frozenset[str] | None = None
    out: list[Sentence] = []
    append = out.append
    for block_index, block in enumerate(blocks):
        pieces = block.pieces
        text = pieces[0].text if len(pieces) == 1 else "\n".join(piece.text for piece in pieces)
        removed = None
        if invisible and INVISIBLE.search(text):
            removed = [found.start() - taken for taken, found in enumerate(INVISIBLE.finditer(text))]
            text = INVISIBLE.sub("", text)
        parts = _split(text)
        count = len(parts) >> 1
        if not count:
            continue
        tokens = tuple(parts[1::2])
        clitics = None
        if "'" in text or "’" in text:
            clitics = [_is_clitic(token) for token in tokens]
            if not any(clitics):
                clitics = None
        layout = _Layout(block, text, parts, clitics, removed)
        start = 0
        # Only a full stop, question mark or ellipsis before the last word can end a sentence; a
        # block without one (a heading, most list items) is one sentence, with no look at its gaps.
        if _TERMINATOR.search(text, 0, len(text) - len(parts[-1])):
            never_end = never_end or lexicon.sentence_data().never_end
            # Only a gap that is not a single space can hold one: compress finds those in C.
            for word in compress(range(1, count), map(" ".__ne__, parts[2: 2 * count: 2])):
                gap = parts[2 * word]
                terminator = _TERMINATOR.search(gap)
                if terminator is None or tokens[word][0].islower():
                    continue
                if gap[0] == "." and gap[1:2] not in ".!?…":
                    last = tokens[word - 1]
                    # 'dhr. Peeters', 'J. Peeters': the dot belongs to the abbreviation
                    if last.lower() in never_end or (len(last) == 1 and last.isupper()):
                        continue
                if clitics is None:
                    append(Sentence(tokens[start:word], block_index, layout, start, word, None))
                else:
                    _add_with_clitics(append, tokens, clitics, block_index, layout, start, word)
                start = word
        if clitics is None:
            append(Sentence(tokens[start:] if start else tokens, block_index, layout, start, count, None))
        else:
            _add_with_clitics(append, tokens, clitics, block_index, layout, start, count)
    return out


def _add_with_clitics(
    append, tokens: tuple[str, ...], clitics: list[bool], block: int, layout: _Layout, start: int, end: int,
) -> None:
    index = tuple(word for word in range(start, end) if not clitics[word])
    if index:
        append(Sentence(tuple(tokens[word] for word in index), block, layout, start, end, index))
