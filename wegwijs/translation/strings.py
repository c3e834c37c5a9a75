"""The site's own texts (menus, buttons, kiosk warning, read-aloud) per language.

Dutch is in ``data/nl.yml`` and is the reference: its keys are the only keys. A volunteer translates
them in ``talen/<code>.yml`` in the project; a key left out shows the Dutch text, an unknown key or
a lost ``{placeholder}`` is reported with file and line. Category labels and descriptions can be
translated in the same file under ``categorieen``.
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wegwijs.content import codes as content_codes
from wegwijs.content.schema import Field, validate
from wegwijs.content.source import compose_yaml, decode
from wegwijs.findings import Finding
from wegwijs.translation import codes
from wegwijs.translation.languages import SOURCE, languages

#: The folder, in the project, with one file per language.
FOLDER = "talen"
_DUTCH = Path(__file__).parent / "data" / "nl.yml"


def dutch() -> dict[str, str]:
    """The Dutch texts, read once per version of the file.

    Every page asks for them, so they are cached; the key is the file's modification time and size,
    so a changed file is read again in a long-running ``mkdocs serve``. Each caller gets its own copy
    and cannot change the cached texts.
    """
    stat = _DUTCH.stat()
    return dict(_read_dutch(str(_DUTCH), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _read_dutch(path: str, _mtime_ns: int, _size: int) -> dict[str, str]:
    return dict(yaml.safe_load(Path(path).read_text(encoding="utf-8"))["teksten"])


@dataclass(frozen=True)
class CategoryText:
    label: str | None = None
    description: str | None = None


@dataclass
class Strings:
    """One language's texts. ``complete`` is False when the language has no file at all."""

    lang: str
    texts: dict[str, str] = field(default_factory=dict)
    categories: dict[str, CategoryText] = field(default_factory=dict)
    complete: bool = False

    def all(self) -> dict[str, str]:
        """Every key, the Dutch text where this language has none."""
        return {**dutch(), **self.texts}

    def has(self, key: str) -> bool:
        return key in self.texts

    def category(self, category_id: str) -> CategoryText:
        return self.categories.get(category_id, CategoryText())


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _check_placeholders(key: str, text: str) -> str | None:
    try:
        wanted, found = _placeholders(dutch()[key]), _placeholders(text)
    except ValueError:
        return "Een { of } staat los. Schrijf { en } alleen rond een woord uit de Nederlandse tekst."
    if wanted != found:
        names = ", ".join("{" + n + "}" for n in sorted(wanted)) or "geen woord tussen { }"
        return f"Deze tekst moet {names} hebben, zoals de Nederlandse."
    return None


def _schema(category_ids: list[str]) -> dict[str, Field]:
    texts = {
        key: Field(str, check=lambda value, key=key: _check_placeholders(key, value), rule=content_codes.PLACEHOLDER)
        for key in dutch()
    }
    category = Field(dict, fields={"label": Field(str, max_length=40), "description": Field(str)})
    return {
        "teksten": Field(dict, fields=texts),
        "categorieen": Field(dict, fields={cid: category for cid in category_ids}),
    }


def load_strings(project_dir: Path, lang: str, category_ids: list[str]) -> tuple[Strings, list[Finding]]:
    """The texts of ``lang`` from ``talen/<lang>.yml``; Dutch for ``nl`` or when there is no file."""
    path = project_dir / FOLDER / f"{lang}.yml"
    if lang == SOURCE:
        return Strings(SOURCE, dutch(), complete=True), []
    if not path.is_file():
        return Strings(lang), []
    rel = f"{FOLDER}/{lang}.yml"
    text, findings = decode(path.read_bytes(), rel)
    node, parse_findings = compose_yaml(text, rel, line_offset=0)
    findings += parse_findings
    if node is None:
        return Strings(lang), findings
    if not isinstance(node, yaml.MappingNode) or not node.value:
        findings.append(codes.BAD_STRINGS.finding(
            "Dit bestand heeft geen teksten. Begin met 'teksten:' en zet de vertalingen eronder.", rel
        ))
        return Strings(lang), findings
    values, schema_findings, _ = validate(node, _schema(category_ids), rel, line_offset=0, where=rel)
    findings += schema_findings
    categories = {cid: CategoryText(**entry) for cid, entry in values.get("categorieen", {}).items()}
    return Strings(lang, dict(values.get("teksten", {})), categories, complete=True), findings


def strings_files(project_dir: Path) -> list[str]:
    """The language codes of the files in ``talen/`` (an unknown code is reported by the loader)."""
    folder = project_dir / FOLDER
    return sorted(p.stem for p in folder.glob("*.yml")) if folder.is_dir() else []


def unknown_language_files(project_dir: Path) -> list[Finding]:
    return [
        codes.UNKNOWN_LANGUAGE.finding(
            f"De taal '{code}' kennen we niet. Geef het bestand de code van 2 letters, bv. fr.yml.",
            f"{FOLDER}/{code}.yml",
        )
        for code in strings_files(project_dir)
        if code not in languages()
    ]

