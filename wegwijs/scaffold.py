"""New files for editors: a file name from a title, and the skeleton of a theme sheet.

The skeleton follows the content model, so a fresh sheet builds without errors and already has the
sections the participation group expects, in their usual order.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

#: The sections of a theme sheet (content model), each with a hint for the writer.
SHEET_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Wat is het?", "Zeg in een paar korte zinnen wat de hulp is."),
    ("Voor wie?", "Zeg wie deze hulp kan krijgen."),
    ("Wat moet je doen?", "Zet de stappen in een lijst. Begin elke stap met een werkwoord."),
    ("Wat moet je meebrengen?", "Maak een lijst van de papieren die je nodig hebt."),
    ("Wat mag je verwachten?", "Zeg wat er daarna gebeurt en hoe lang het duurt."),
    ("Wie helpt je?", "Zeg welke dienst helpt en hoe je ze bereikt."),
)

#: Letters that Unicode does not split into a base letter and an accent.
_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
#: Apostrophes join a word ("auto's" is one word), so they vanish instead of becoming a hyphen.
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 60


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """A file name from a title: 'Één café — en meer' -> 'een-cafe-en-meer'.

    Lower case ASCII letters, digits and single hyphens only, so the name is the same on Windows,
    Mac and a web server. Returns '' when the text has no letters or digits at all.
    """
    text = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("&", " en ")
    text = _APOSTROPHES.sub("", text)
    slug = _NOT_SLUG.sub("-", text).strip("-")
    if len(slug) > max_length:
        # Cut at a word boundary, so the name does not end in half a word.
        cut = slug[: max_length + 1].rsplit("-", 1)[0]
        slug = cut if cut else slug[:max_length]
    return slug.strip("-")


@dataclass(frozen=True)
class NewSheet:
    path: Path
    slug: str


def _yaml_scalar(value: str) -> str:
    """One YAML value on one line, quoted only when YAML needs it (a ':' or a quote in a title)."""
    dumped = yaml.safe_dump({"v": value}, allow_unicode=True, width=10_000, default_flow_style=False)
    return dumped.split(":", 1)[1].strip()


def sheet_text(title: str, category: str) -> str:
    """The text of a new theme sheet: front matter and the standard sections with writing hints."""
    sections = "\n".join(f"## {heading}\n\n{hint}\n" for heading, hint in SHEET_SECTIONS)
    return (
        "---\n"
        f"title: {_yaml_scalar(title)}\n"
        "description: >-\n"
        "  Schrijf hier in één of twee korte zinnen waarover deze fiche gaat.\n"
        f"category: {_yaml_scalar(category)}\n"
        "# Haal het hekje weg als de participatiegroep de fiche nalas:\n"
        "# reviewed:\n"
        "#   by: participatiegroep\n"
        "#   on: 2026-09-15\n"
        "---\n"
        "\n"
        f"{sections}"
    )


class ScaffoldError(Exception):
    """A problem the editor can fix; the message is plain Dutch and names what to change."""


def create_sheet(sheets_dir: Path, title: str, category: str, categories: Mapping[str, str]) -> NewSheet:
    """Write ``<sheets_dir>/<slug>.md``. Never overwrites: an existing file is an error.

    ``categories`` maps each valid category id to its label, so an unknown id can list them all.
    """
    title = " ".join(title.split())
    if not title:
        raise ScaffoldError("Geef de fiche een titel, bv. wegwijs new fiche \"Hulp bij je huur\".")
    if len(title) > 60:
        raise ScaffoldError(f"De titel is {len(title)} tekens lang. Maak hem korter: hoogstens 60 tekens.")
    if category not in categories:
        valid = "\n".join(f"  {id_}  ({label})" for id_, label in categories.items())
        raise ScaffoldError(f"De categorie '{category}' bestaat niet. Kies een van deze:\n{valid}")
    slug = slugify(title)
    if not slug:
        raise ScaffoldError("De titel heeft geen letters of cijfers. Kies een andere titel.")
    path = sheets_dir / f"{slug}.md"
    _write_new(path, sheet_text(title, category), "Kies een andere titel of open het bestaande bestand.")
    return NewSheet(path=path, slug=slug)


def _write_new(path: Path, text: str, advice: str) -> None:
    """Write a file that must not exist yet; an existing file is an error and stays untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # 'x' creates the file only if it is not there yet, even if two people run this at once.
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise ScaffoldError(f"Het bestand {path.name} bestaat al. Wegwijs overschrijft het niet. {advice}") from None


def dialogue_text(theme: str, day: dt.date) -> str:
    """The text of a new dialogue result: valid front matter with one open proposal, and hints."""
    return (
        "---\n"
        "# Een dialoogresultaat is anoniem. Schrijf nooit namen, adressen, telefoonnummers of e-mailadressen.\n"
        f"title: {_yaml_scalar(f'Dialoogmoment over {_lower_first(theme)}')}\n"
        f"date: {day.isoformat()}                # de dag van het dialoogmoment\n"
        f"theme: {_yaml_scalar(_lower_first(theme))}\n"
        "# participants: 12              # hoeveel mensen er waren: alleen een getal\n"
        "# ladder: meedenken             # meeweten, meedenken, meedoen of meebeslissen\n"
        "proposals:\n"
        "  # Eén blok per voorstel. Kies de status uit: open, in-behandeling, weerhouden,\n"
        "  # deels-weerhouden of niet-weerhouden.\n"
        "  # Is er een besluit? Schrijf dan ook 'decided' (de datum) en 'motivation' (waarom).\n"
        "  - proposal: Schrijf hier het voorstel van de groep in één zin.\n"
        "    status: open\n"
        "    # decided: 2026-05-02\n"
        "    # motivation: Schrijf hier waarom het OCMW dit wel of niet doet.\n"
        "    # follow_up: Schrijf hier wat er sindsdien gebeurde.\n"
        "---\n"
        "\n"
        "Schrijf hier in een paar korte zinnen waarover de groep en het OCMW praatten.\n"
    )


def _lower_first(text: str) -> str:
    """'Huisbezoek' -> 'huisbezoek', but 'OCMW' stays: an acronym keeps its capitals."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def create_dialogue(dialogue_dir: Path, theme: str, day: dt.date) -> Path:
    """Write ``<dialogue_dir>/<yyyy-mm-dd>-<slug>.md``. Never overwrites: an existing file is an error."""
    theme = " ".join(theme.split())
    if not theme:
        raise ScaffoldError('Geef het thema van het dialoogmoment, bv. wegwijs new dialoog "Huisbezoek".')
    slug = slugify(theme)
    if not slug:
        raise ScaffoldError("Het thema heeft geen letters of cijfers. Kies een ander woord.")
    path = dialogue_dir / f"{day.isoformat()}-{slug}.md"
    _write_new(
        path,
        dialogue_text(theme, day),
        "Open het bestaande bestand, of kies een andere datum of een ander thema.",
    )
    return path
