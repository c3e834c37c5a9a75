"""Everyday words that lead to a sheet in the site's search (offline, in Material's lunr index).

People type "geld tekort" or "huur betalen", not "leefloon" or "huurwaarborg". A sheet is found by
its own words, by its ``tags`` and by the ``synonyms`` of the glossary terms in its title and tags
(``woordenlijst.yml``): the editors keep both, no word list lives in code.
"""

from __future__ import annotations

from collections.abc import Iterable

from wegwijs.glossary import Glossary

#: The field these words get in the search index (``wegwijs_mkdocs/search.py``).
FIELD = "woorden"
#: Its weight next to Material's own: title 1e3, tags 1e6. Between the two: an everyday word is a
#: strong sign, but a sheet whose title or tag says the word itself still comes first.
BOOST = 1e5


def sheet_search_words(title: str, tags: Iterable[str], glossary: Glossary) -> list[str]:
    """The search words of one sheet: its tags, then the synonyms of the glossary terms it is about."""
    tags = list(tags)
    words: list[str] = list(tags)
    for term in glossary.used_in(" | ".join([title, *tags])):
        words.extend(term.synonyms)
    seen: set[str] = set()
    return [w for w in words if not (w.lower() in seen or seen.add(w.lower()))]
