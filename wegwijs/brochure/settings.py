"""The brochure's settings (``extra.wegwijs.brochure``): one typed class, its defaults in one place.

The schema that validates mkdocs.yml is made from this class, so the validator, the engine and the
editors' guide cannot disagree about a default. Light on purpose: the site settings import it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from wegwijs.content.schema import Field

PAPERS = ("A4", "A5")


@dataclass(frozen=True)
class BrochureSettings:
    enabled: bool = True
    title: str = "Welkom bij het OCMW"
    subtitle: str | None = None
    #: The paper of the main file (``welkomstbrochure.pdf``) and of ``wegwijs brochure``.
    paper: str = "A4"
    #: Also make the A5 booklet (its pages and the imposed file to fold and staple).
    booklet: bool = True
    #: Slugs in brochure order; empty: every sheet with ``brochure: true``.
    sheets: tuple[str, ...] = ()
    #: A logo for the cover (path from the folder of mkdocs.yml); else the organisation's logo.
    logo: str | None = None
    #: The section "Wat deden we met jullie voorstellen?" with the latest decisions.
    decisions: bool = True
    #: How many decisions that section shows at most (newest first).
    decisions_max: int = 6
    #: A brochure per language with translated sheets, in ``<lang>/`` (see wegwijs.brochure.translated).
    languages: bool = True
    #: A separate file for the print shop, with bleed and crop marks.
    print_shop: bool = False
    bleed_mm: int = 3
    crop_marks: bool = True

    @classmethod
    def from_values(cls, values: dict[str, Any] | None) -> BrochureSettings:
        """From validated ``extra.wegwijs.brochure`` values; a missing key takes its default."""
        values = values or {}
        known = {f.name for f in dataclasses.fields(cls)}
        given = {k: v for k, v in values.items() if k in known and v is not None}
        if "sheets" in given:
            given["sheets"] = tuple(given["sheets"])
        if "paper" in given:
            given["paper"] = str(given["paper"]).upper()
        return cls(**given)


_DEFAULTS = BrochureSettings()
_HELP = {
    "paper": "A4 of A5.",
    "booklet": "true: maak ook het boekje op A5.",
    "decisions": "true: toon wat het OCMW deed met de voorstellen van de participatiegroep.",
    "print_shop": "true: maak ook een bestand voor de drukker, met snijtekens.",
    "languages": "true: maak ook een brochure in elke taal met vertaalde fiches.",
}


def _field(name: str, kind: type, **extra: Any) -> Field:
    default = getattr(_DEFAULTS, name)
    return Field(kind, default=default, help=_HELP.get(name, ""), **extra)


#: The validator's view of BrochureSettings (see wegwijs.settings).
BROCHURE_SCHEMA: dict[str, Field] = {
    "enabled": _field("enabled", bool),
    "title": _field("title", str),
    "subtitle": _field("subtitle", str),
    "paper": _field("paper", str, choices=PAPERS),
    "booklet": _field("booklet", bool),
    "sheets": Field(list, items=Field(str)),
    "logo": _field("logo", str),
    "decisions": _field("decisions", bool),
    "decisions_max": _field("decisions_max", int),
    "languages": _field("languages", bool),
    "print_shop": _field("print_shop", bool),
    "bleed_mm": _field("bleed_mm", int),
    "crop_marks": _field("crop_marks", bool),
}
assert set(BROCHURE_SCHEMA) == {f.name for f in dataclasses.fields(BrochureSettings)}
