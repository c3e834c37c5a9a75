"""Glossary terms in a rendered page: each term opens its explanation in place, at reading size.

A term becomes a disclosure: a button (``aria-expanded``) followed by its explanation, hidden until
the reader taps, clicks or presses Enter on the word (``overrides/assets/wegwijs/glossary.js``).
Only the first occurrence of a term in each section (from one ``h2`` to the next) is marked:
"leefloon" underlined three times in one paragraph is noise, not help. Words inside links,
headings, code, buttons and navigation stay as they are: a button cannot sit inside those.
"""

from __future__ import annotations

import html
import re

from wegwijs.glossary import Glossary, Term

_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
#: Elements whose text is never marked: interactive, code, headings, and what a screen shows apart.
SKIP = frozenset(
    "a abbr button code dfn h1 h2 h3 h4 h5 h6 kbd label nav option pre samp script select style "
    "summary svg textarea title".split()
)
#: A new section starts at these headings: each term is marked again once per section.
SECTION = frozenset({"h1", "h2"})
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


def _spelling_variants(term: Term) -> dict[str, Term]:
    """Each spelling as written, and with a capital first letter (a term can start a sentence)."""
    found: dict[str, Term] = {}
    for spelling in term.spellings:
        for variant in (spelling, spelling[:1].upper() + spelling[1:]):
            found.setdefault(html.escape(variant, quote=False), term)
    return found


class TermMarker:
    """Marks the glossary terms of one glossary; one instance serves every page of a build."""

    def __init__(self, glossary: Glossary) -> None:
        self._by_spelling: dict[str, Term] = {}
        for term in glossary.terms:
            for spelling, owner in _spelling_variants(term).items():
                self._by_spelling.setdefault(spelling, owner)
        # Longest first, so "sociaal onderzoek" wins over "onderzoek".
        spellings = sorted(self._by_spelling, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in spellings) + r")(?![\w-])")
            if spellings
            else None
        )

    def mark(self, page_html: str, prefix: str = "ww-uitleg") -> str:
        """``page_html`` with the first occurrence of each term per section made a disclosure."""
        if self._pattern is None:
            return page_html
        out: list[str] = []
        skip_depth: list[str] = []
        seen: set[str] = set()
        counter = 0
        position = 0
        for token in _TOKEN.finditer(page_html):
            text = page_html[position : token.start()]
            if text:
                if skip_depth:
                    out.append(text)
                else:
                    marked, counter = self._mark_text(text, seen, prefix, counter)
                    out.append(marked)
            tag = token.group()
            out.append(tag)
            position = token.end()
            name_match = _TAG_NAME.match(tag)
            if not name_match or tag.startswith("<!"):
                continue
            name = name_match.group(1).lower()
            closing = tag.startswith("</")
            if not closing and name in SECTION:
                seen = set()
            if name in VOID or tag.endswith("/>"):
                continue
            if name in SKIP:
                if closing:
                    if name in skip_depth:
                        while skip_depth and skip_depth.pop() != name:
                            pass
                else:
                    skip_depth.append(name)
        rest = page_html[position:]
        if rest and not skip_depth:
            rest, counter = self._mark_text(rest, seen, prefix, counter)
        out.append(rest)
        return "".join(out)

    def _mark_text(self, text: str, seen: set[str], prefix: str, counter: int) -> tuple[str, int]:
        assert self._pattern is not None
        pieces: list[str] = []
        last = 0
        for match in self._pattern.finditer(text):
            term = self._by_spelling[match.group(1)]
            if term.term in seen:
                continue
            seen.add(term.term)
            counter += 1
            pieces.append(text[last : match.start()])
            pieces.append(disclosure(match.group(1), term, f"{prefix}-{counter}"))
            last = match.end()
        if not pieces:
            return text, counter
        pieces.append(text[last:])
        return "".join(pieces), counter


def disclosure(word_html: str, term: Term, ident: str) -> str:
    """The markup of one marked term. ``word_html`` is already HTML (escaped text from the page)."""
    explanation = html.escape(term.explanation)
    return (
        '<span class="ww-term">'
        f'<button type="button" class="ww-term__word" aria-expanded="false" aria-controls="{ident}" '
        f'data-ww-term>{word_html}</button>'
        f'<span class="ww-term__uitleg" id="{ident}" data-ww-term-uitleg hidden>'
        f'<span class="ww-term__naam">{html.escape(term.term)}:</span> {explanation}</span>'
        "</span>"
    )
