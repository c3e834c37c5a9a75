"""Run every detector over a text, drop what the allowlist allows, and report masked findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wegwijs.findings import Finding
from wegwijs.settings import Settings
from wegwijs.privacy.detectors import DETECTORS, Hit, normalize_phone
from wegwijs.content.blocks import paragraphs
from wegwijs.privacy.values import normalize


@dataclass(frozen=True)
class Allowlist:
    """Public data that may appear: the office's own phone, e-mail and address, and words in config.

    Entries are compared in normalised form, so '03/620.15.60' allows '03 620 15 60' too.
    """

    values: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_entries(cls, entries: Iterable[str]) -> Allowlist:
        values: set[str] = set()
        for entry in entries:
            if not entry:
                continue
            values.add(" ".join(entry.lower().split()))
            values.add(normalize_phone(entry))
            # An entry such as 'Kerkstraat 1, 2920 Kalmthout' allows the street and number in it.
            values.update(hit.normalized for hit in _hits(entry))
        values.discard("")
        return cls(frozenset(values))

    @classmethod
    def from_settings(cls, settings: Settings) -> Allowlist:
        organisation = settings.organisation
        own = [organisation.phone, organisation.email, organisation.address]
        return cls.from_entries([*own, *(settings.dialogue.get("allowlist") or [])])

    def allows(self, hit: Hit) -> bool:
        return hit.normalized in self.values


def _hits(line: str) -> list[Hit]:
    """Every hit in one line; where two overlap, the earlier detector wins."""
    hits: list[Hit] = []
    for detector in DETECTORS:
        for hit in detector(line):
            if not any(hit.start < other.end and other.start < hit.end for other in hits):
                hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _finding(hit: Hit, rel_path: str, line: int, column: int) -> Finding:
    return hit.rule.finding(
        f"Hier staat {hit.what} ({hit.masked}). Een dialoogresultaat is anoniem: haal het weg.",
        rel_path,
        line,
        column,
        suggestion="Is dit een openbaar gegeven van het OCMW zelf? Zet het dan in "
        "extra.wegwijs.dialogue.allowlist in mkdocs.yml.",
    )


def scan_text(text: str, rel_path: str, *, first_line: int = 1, allowlist: Allowlist | None = None) -> list[Finding]:
    """Findings for every piece of personal data in ``text``; ``first_line`` is the file line of its start.

    Each line, and each paragraph with its lines joined, is read normalised (see ``values``).
    Code blocks are read too: a client's phone number in a code example is published all the same.
    Paragraphs come from ``content.blocks``, so a paragraph never runs on into a code block.
    """
    return scan_pieces([(text, first_line, 1)], rel_path, allowlist=allowlist, split=True)


def scan_pieces(
    pieces: Iterable[tuple[str, int, int]],
    rel_path: str,
    *,
    allowlist: Allowlist | None = None,
    split: bool = False,
    whole: bool = False,
    seen: set | None = None,
) -> list[Finding]:
    """Findings in texts given as (text, file line, column of its first character).

    ``split``: read each line and each paragraph of a text; ``whole``: read each text as one value
    (its lines joined) with positions in it; neither: one value, reported at its start. The same piece of data is reported
    once per file (found in a line, its paragraph and its YAML value alike).
    """
    allowlist = allowlist or Allowlist()
    seen = set() if seen is None else seen
    findings: list[Finding] = []
    for text, first_line, first_column in pieces:
        units = [(0, text)]
        exact = split or whole
        if split:
            offset = 0
            units = []
            for line in text.split("\n"):
                units.append((offset, line))
                offset += len(line) + 1
            units += [u for u in paragraphs(text, front_matter=True) if "\n" in u[1]]
        for start, unit in units:
            normalized, where = normalize(unit)
            for hit in _hits(normalized):
                if allowlist.allows(hit):
                    continue
                offset = start + (where[hit.start] if exact and hit.start < len(where) else 0)
                line = first_line + text.count("\n", 0, offset)
                line_start = text.rfind("\n", 0, offset) + 1
                column = (first_column if line == first_line else 1) + offset - line_start
                key = (hit.rule.code, hit.normalized)
                if key in seen:  # the same data found by another reading of the file
                    continue
                seen.add(key)
                findings.append(_finding(hit, rel_path, line, column))
    return findings
