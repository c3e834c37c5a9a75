"""Run every detector over a text, drop what the allowlist allows, and report masked findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wegwijs.findings import Finding
from wegwijs.settings import Settings
from wegwijs.privacy.detectors import DETECTORS, Hit, normalize_phone


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


def scan_text(text: str, rel_path: str, *, first_line: int = 1, allowlist: Allowlist | None = None) -> list[Finding]:
    """Findings for every piece of personal data in ``text``; ``first_line`` is the file line of its start."""
    allowlist = allowlist or Allowlist()
    findings: list[Finding] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        for hit in _hits(line):
            if allowlist.allows(hit):
                continue
            findings.append(
                hit.rule.finding(
                    f"Hier staat {hit.what} ({hit.masked}). Een dialoogresultaat is anoniem: haal het weg.",
                    rel_path,
                    number,
                    hit.start + 1,
                    suggestion="Is dit een openbaar gegeven van het OCMW zelf? Zet het dan in "
                    "extra.wegwijs.dialogue.allowlist in mkdocs.yml.",
                )
            )
    return findings
