"""Click's own messages in Dutch, for the ``wegwijs`` command ("Toon deze hulp en stop.").

Click marks every message it prints for gettext, its way to be translated. We keep the Dutch texts
here as data, write them once as a gettext catalog (with Babel) to ``~/.cache/wegwijs/locale/`` and
point gettext's default domain there, with Dutch as the language of this process only.
"""

from __future__ import annotations

import gettext
import hashlib
import os
from pathlib import Path

#: Click's English message -> Dutch. Placeholders in braces stay as they are.
MESSAGES = {
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor hulp.",
    "Missing argument": "Er ontbreekt een argument:",
    "Missing option": "Er ontbreekt een optie:",
    "Missing parameter": "Er ontbreekt een waarde:",
    "Missing command.": "Er ontbreekt een opdracht.",
    "No such option {name!r}.": "De optie {name!r} bestaat niet.",
    "No such command {name!r}.": "De opdracht {name!r} bestaat niet.",
    "Invalid value for {param_hint}: {message}": "Verkeerde waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Verkeerde waarde: {message}",
    "Option {name!r} does not take a value.": "De optie {name!r} krijgt geen waarde.",
    "Aborted!": "Gestopt.",
    "default: {default}": "standaard: {default}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    # the names of path types: in metavars (FILE) and in "file 'x' does not exist."
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "required": "verplicht",
}
DOMAIN = "wegwijs-click"


def install() -> None:
    """Make Click speak Dutch in this process. Does nothing when no cache folder can be written."""
    digest = hashlib.sha1(repr(sorted(MESSAGES.items())).encode()).hexdigest()[:12]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wegwijs" / "locale" / digest
    target = root / "nl" / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not target.exists():
        try:
            _write_catalog(target)
        except OSError:
            return
    gettext.bindtextdomain(DOMAIN, str(root))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = "nl"  # gettext picks the language from here: Wegwijs always speaks Dutch


def _write_catalog(target: Path) -> None:
    from babel.messages.catalog import Catalog  # only the first run builds the catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="nl", domain=DOMAIN)
    for english, dutch in MESSAGES.items():
        catalog.add(english, dutch)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    with partial.open("wb") as handle:
        write_mo(handle, catalog)
    partial.replace(target)  # another process never reads half a file
