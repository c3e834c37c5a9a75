"""Read one translation and run every check that is not about Dutch style on it.

A translation gets the content model (the Dutch sheet's keys plus ``source_hash``), the staleness
check against its Dutch sheet, a length check and a guard against personal data the Dutch sheet
does not have. Links, images and HTML are checked where every page is (the build and
``wegwijs check``); the Dutch readability rules never run on a translation.
"""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path

from wegwijs.content.schema import Field, validate
from wegwijs.content.sheet import CONTACT_SCHEMA, Contact, ThemeSheet, sheet_schema
from wegwijs.content.source import SourceDocument, read_document
from wegwijs.privacy.detectors import DETECTORS, normalize_phone
from wegwijs.findings import Finding, Severity
from wegwijs.translation import codes
from wegwijs.translation.languages import SOURCE, language, languages
from wegwijs.translation.model import Translation, translation_name
from wegwijs.translation.source_hash import source_hash

#: A translation with more than this many times the Dutch sheet's letters is flagged (WW703).
#: French and Turkish run about 20% longer than Dutch, Arabic shorter; 1.5 leaves room for that.
MAX_LENGTH_RATIO = 1.5


def translation_schema(category_ids: list[str]) -> dict[str, Field]:
    schema = dict(sheet_schema(category_ids))
    schema["category"] = dataclasses.replace(schema["category"], required=False)
    schema["source_hash"] = Field(
        str, required=True,
        help="Schrijf de code van de Nederlandse tekst. 'wegwijs vertaling klaar' doet dat voor je.",
    )
    return schema


def load_translation(
    path: Path, rel_path: str, dutch: ThemeSheet | None, category_ids: list[str], *, allowed: tuple[str, ...] = ()
) -> tuple[Translation | None, SourceDocument]:
    """Read and check one translation. ``dutch`` is its Dutch sheet (None when there is none);
    ``allowed`` are public details (the office's phone, e-mail, address) a translation may add."""
    document = read_document(path, rel_path)
    slug, code = translation_name(path) or (path.stem, "")
    lang = language(code) if code != SOURCE else None
    if lang is None:
        document.findings.append(_unknown_language(code, rel_path))
        return None, document
    if dutch is None:
        document.findings.append(codes.NO_DUTCH_SHEET.finding(
            f"Er is geen Nederlandse fiche '{slug}.md' voor deze vertaling. "
            "Geef het bestand de naam van de Nederlandse fiche, met de taal ervoor: "
            f"'{slug}.{code}.md' hoort bij '{slug}.md'.",
            rel_path,
        ))
        return None, document
    if document.front_matter is None:
        return None, document
    values, findings, lines = validate(document.front_matter, translation_schema(category_ids), rel_path)
    document.findings.extend(findings)
    if values.get("category", dutch.category) != dutch.category:
        line, column = lines.get(("category",), (1, 1))
        document.findings.append(codes.OTHER_CATEGORY.finding(
            f"De Nederlandse fiche staat in '{dutch.category}', deze vertaling in '{values['category']}'. "
            "Laat 'category' weg: de vertaling neemt die van de Nederlandse fiche.",
            rel_path, line, column,
        ))
    if not {"title", "description", "source_hash"} <= values.keys():
        return None, document
    translation = Translation(
        document=document,
        source=dutch,
        language=lang,
        title=values["title"],
        description=values["description"],
        source_hash=str(values["source_hash"]).strip(),
        current_hash=source_hash(dutch.document),
        icon=values.get("icon", dutch.icon),
        tags=values.get("tags", []),
        contact=_contact(dutch.contact, values.get("contact")),
    )
    if translation.stale:
        line, column = lines.get(("source_hash",), (1, 1))
        document.findings.append(codes.STALE.finding(
            "De Nederlandse fiche veranderde na deze vertaling. Pas de vertaling aan en "
            f"zeg dan 'wegwijs vertaling klaar {rel_path}'.",
            rel_path, line, column,
        ))
    document.findings.extend(_length_check(document, dutch.document))
    document.findings.extend(_new_personal_data(document, dutch.document, allowed))
    return translation, document


def _unknown_language(code: str, rel_path: str) -> Finding:
    close = difflib.get_close_matches(code.lower(), list(languages()), n=1)
    hint = f" Bedoel je '{close[0]}'?" if close else ""
    if code == SOURCE:
        message = "Een fiche in het Nederlands heeft geen taal in haar naam. Noem het bestand '<naam>.md'."
    else:
        message = (
            f"De taal '{code}' kennen we niet. Schrijf de code van 2 letters, bv. fr, ar of uk.{hint} "
            "Een nieuwe taal zet je eerst in wegwijs/translation/data/talen.yml."
        )
    return codes.UNKNOWN_LANGUAGE.finding(message, rel_path)


def _contact(dutch: Contact | None, own: dict | None) -> Contact | None:
    """The Dutch contact, with the fields the translation gives in its own language."""
    base = dataclasses.asdict(dutch) if dutch else {}
    merged = {**base, **{k: v for k, v in (own or {}).items() if k in CONTACT_SCHEMA}}
    return Contact(**merged) if merged else None


def _letters(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _length_check(document: SourceDocument, dutch: SourceDocument) -> list[Finding]:
    own, source = _letters(document.body), _letters(dutch.body)
    if source == 0 or own <= source * MAX_LENGTH_RATIO:
        return []
    ratio = own / source
    return [codes.TOO_LONG.finding(
        f"Deze vertaling is {ratio:.1f} keer zo lang als de Nederlandse fiche. "
        "Kijk na of er niets bij kwam dat niet in het Nederlands staat.",
        document.rel_path, document.body_line,
    )]


def _normalized_hits(line: str):
    for detector in DETECTORS:
        for hit in detector(line):
            # Likely names are only a warning in dialogue results, and a translation keeps the
            # Dutch sheet's names in another script: only hard data (phone, e-mail, address ...) counts.
            if hit.rule.severity is Severity.ERROR:
                yield hit


def _new_personal_data(document: SourceDocument, dutch: SourceDocument, allowed: tuple[str, ...]) -> list[Finding]:
    """Phone numbers, e-mail addresses, street addresses ... that the Dutch sheet does not have."""
    known = {hit.normalized for line in dutch.text.split("\n") for hit in _normalized_hits(line)}
    for entry in allowed:
        if entry:
            known.add(normalize_phone(entry))
            known.update(hit.normalized for hit in _normalized_hits(entry))
    findings = []
    for number, line in enumerate(document.text.split("\n"), start=1):
        for hit in _normalized_hits(line):
            if hit.normalized not in known:
                findings.append(codes.NEW_DATA.finding(
                    f"Hier staat {hit.what} ({hit.masked}). Dat staat niet in de Nederlandse fiche. "
                    "Neem over wat in de Nederlandse fiche staat.",
                    document.rel_path, number, hit.start + 1,
                ))
    return findings


def check_translation_file(
    path: Path, rel_path: str, sheets_dir: Path, project_dir: Path, category_ids: list[str],
    *, allowed: tuple[str, ...] = (), review_max_age_months: int = 12,
) -> SourceDocument:
    """One translation checked on its own, as ``wegwijs check`` does: its Dutch sheet is read too."""
    from wegwijs.content.sheet import load_sheet

    name = translation_name(path)
    dutch_path = sheets_dir / f"{name[0]}.md" if name else None
    dutch = None
    if dutch_path is not None and dutch_path.is_file():
        dutch, _ = load_sheet(
            dutch_path, dutch_path.relative_to(project_dir).as_posix(), category_ids,
            review_max_age_months=review_max_age_months,
        )
    return load_translation(path, rel_path, dutch, category_ids, allowed=allowed)[1]
