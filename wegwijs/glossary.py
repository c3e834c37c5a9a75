"""The glossary: welfare-office terms with a one-sentence plain explanation.

A term that is in the glossary is explained where it appears and is never reported as a hard word.
The glossary is a data file (``woordenlijst.yml``) so staff can extend it without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from wegwijs.content.schema import Field, validate
from wegwijs.content.source import compose_yaml, decode
from wegwijs.findings import Finding

TERM_SCHEMA = {
    "term": Field(str, required=True, help="Schrijf het woord zoals het in de tekst staat."),
    "explanation": Field(str, required=True, help="Leg het woord uit in één korte zin."),
    "forms": Field(list, items=Field(str)),
    # Everyday words people type in the search box for this term ("geld tekort" for leefloon).
    "synonyms": Field(list, items=Field(str), help="Schrijf woorden die mensen typen als ze dit zoeken."),
}

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_WORD_START = re.compile(r"(?<![\w-])\w+")  # where a spelling may start: see Glossary.used_in
_LEADING = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    term: str
    explanation: str
    forms: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.term, *self.forms)

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


class Glossary:
    def __init__(self, terms: list[Term]) -> None:
        self.terms = sorted(terms, key=lambda t: t.term.lower())
        self._words = {
            word.lower() for term in terms for spelling in term.spellings for word in _WORD.findall(spelling)
        }
        self._patterns: dict[str, re.Pattern[str]] = {}

    def covers(self, word: str) -> bool:
        """True when ``word`` (any case) is part of a glossary term or one of its forms."""
        return word.lower() in self._words

    def __len__(self) -> int:
        return len(self.terms)

    def used_in(self, text: str) -> list[Term]:
        """The terms that occur in ``text`` (case-sensitive on each spelling, whole words)."""
        # One scan collects the words that start after a non-word character. A spelling can only
        # occur where its own first word is one of them, so only those few spellings get a search:
        # a search per spelling per page took most of a 200-page build.
        starts = set(_WORD_START.findall(text))
        return [t for t in self.terms if any(self._occurs(s, text, starts) for s in t.spellings)]

    def _occurs(self, spelling: str, text: str, starts: set[str]) -> bool:
        first = _LEADING.match(spelling)
        if first is not None and first.group() not in starts:
            return False
        pattern = self._patterns.get(spelling)
        if pattern is None:
            pattern = self._patterns[spelling] = re.compile(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])")
        return pattern.search(text) is not None


def load_glossary(path: Path, rel_path: str) -> tuple[Glossary, list[Finding]]:
    """Load ``woordenlijst.yml``: a YAML list of terms. Problems become findings."""
    if not path.exists():
        return Glossary([]), []
    text, findings = decode(path.read_bytes(), rel_path)
    node, parse_findings = compose_yaml(text, rel_path, line_offset=0)
    findings += parse_findings
    if node is None:
        return Glossary([]), findings
    # Wrap the top-level list so the shared schema validator (which starts at a mapping) applies.
    wrapped = yaml.MappingNode(
        "tag:yaml.org,2002:map",
        [(yaml.ScalarNode("tag:yaml.org,2002:str", "terms", node.start_mark, node.end_mark), node)],
        node.start_mark,
        node.end_mark,
    )
    schema = {"terms": Field(list, items=Field(dict, fields=TERM_SCHEMA))}
    values, schema_findings, _ = validate(wrapped, schema, rel_path, line_offset=0, where="woordenlijst")
    findings += schema_findings
    terms = [
        Term(v["term"], v["explanation"], tuple(v.get("forms", ())), tuple(v.get("synonyms", ())))
        for v in values.get("terms", [])
        if "term" in v and "explanation" in v
    ]
    return Glossary(terms), findings
