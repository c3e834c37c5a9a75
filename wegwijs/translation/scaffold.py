"""``wegwijs new vertaling`` and ``wegwijs vertaling klaar``: start a translation, stamp it as done.

The scaffold carries the Dutch text as a comment above each section, so a translator works from
the same file. Neither function ever overwrites a translation's text: the scaffold refuses an
existing file, and stamping changes only the ``source_hash`` line of the front matter.
"""

from __future__ import annotations

import re
from pathlib import Path

from wegwijs.content.source import SourceDocument, read_document
from wegwijs.scaffold import ScaffoldError, _write_new, _yaml_scalar
from wegwijs.translation.languages import SOURCE, language
from wegwijs.translation.model import translation_name
from wegwijs.translation.source_hash import source_hash

_SECTION = re.compile(r"^#{1,6}\s", re.M)
_HASH_LINE = re.compile(r"^(source_hash:[ \t]*)([^#]*?)([ \t]*(?:#.*)?)$")


def _comment(text: str) -> str:
    # '--' cannot appear inside an HTML comment; a Dutch text with '-->' would end it too early.
    return "<!-- Nederlands:\n" + text.strip().replace("--", "- -") + "\n-->"


def _sections(body: str) -> list[str]:
    starts = [m.start() for m in _SECTION.finditer(body)]
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return [body[a:b].strip() for a, b in zip(starts, [*starts[1:], len(body)]) if body[a:b].strip()]


def translation_text(dutch: SourceDocument, lang_code: str) -> str:
    """The text of a new translation: the Dutch title and description to translate, then per
    section the Dutch text as a comment and its heading to translate."""
    lang = language(lang_code)
    meta = dutch.meta or {}
    parts = []
    for section in _sections(dutch.body):
        heading = section.split("\n", 1)[0] if section.startswith("#") else ""
        parts.append(_comment(section) + "\n\n" + (heading + "\n\n" if heading else "") + "Vertaal hier de tekst hierboven.\n")
    return (
        "---\n"
        f"# Vertaling van {dutch.path.name} in: {lang.name} ({lang.code}).\n"
        "# Vertaal title, description en de tekst. Laat source_hash staan.\n"
        f"title: {_yaml_scalar(str(meta.get('title', '')))}\n"
        f"description: {_yaml_scalar(str(meta.get('description', '')))}\n"
        f"source_hash: {source_hash(dutch)}\n"
        "---\n\n" + "\n".join(parts)
    )


def _dutch_document(sheets_dir: Path, slug: str) -> SourceDocument:
    path = sheets_dir / f"{slug}.md"
    if not path.is_file():
        raise ScaffoldError(f"Er is geen fiche {slug}.md in {sheets_dir.name}/. Kijk de naam na.")
    document = read_document(path, path.name)
    if document.front_matter is None:
        raise ScaffoldError(f"De fiche {slug}.md heeft geen goed voorblad. Verbeter eerst de Nederlandse fiche.")
    return document


def create_translation(sheets_dir: Path, slug: str, lang_code: str) -> Path:
    """Write ``<sheets_dir>/<slug>.<lang>.md``. Never overwrites: an existing file is an error."""
    slug = slug.removesuffix(".md")
    if lang_code == SOURCE or language(lang_code) is None:
        raise ScaffoldError(
            f"De taal '{lang_code}' kennen we niet. Schrijf de code van 2 letters, bv. fr, ar of uk."
        )
    dutch = _dutch_document(sheets_dir, slug)
    path = sheets_dir / f"{slug}.{lang_code}.md"
    _write_new(path, translation_text(dutch, lang_code), "Open het bestaande bestand en vertaal verder.")
    return path


def stamp_translation(path: Path) -> tuple[str, str | None]:
    """Write the Dutch sheet's current hash into a translation's ``source_hash``.

    Returns ``(new hash, old hash or None)``. Only that one line changes; the rest of the file,
    its line ends included, stays byte for byte the same.
    """
    name = translation_name(path)
    if name is None or language(name[1]) is None:
        raise ScaffoldError(f"{path.name} is geen vertaling. Een vertaling heet bv. het-leefloon.fr.md.")
    dutch = _dutch_document(path.parent, name[0])
    new = source_hash(dutch)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScaffoldError(f"{path.name} is geen UTF-8. Bewaar het opnieuw als UTF-8.") from None
    lines = text.splitlines(keepends=True)
    close = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if not lines or lines[0].strip() != "---" or close is None:
        raise ScaffoldError(f"{path.name} heeft geen voorblad. Begin met ---, 'title: ...' en weer ---.")
    old = None
    for index in range(1, close):
        if match := _HASH_LINE.match(lines[index].rstrip("\r\n")):
            old = match.group(2).strip() or None
            ending = lines[index][len(lines[index].rstrip("\r\n")):]
            lines[index] = match.group(1) + new + match.group(3) + ending
            break
    else:
        ending = lines[close][len(lines[close].rstrip("\r\n")):] or "\n"
        lines.insert(close, f"source_hash: {new}{ending}")
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    path.write_bytes((bom + "".join(lines)).encode("utf-8"))
    return new, old
