"""All checks of one dialogue result, for the build and for `wegwijs check` alike."""

from __future__ import annotations

from pathlib import PurePosixPath

from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.content.source import SourceDocument
from wegwijs.dialogue.load import load_dialogue
from wegwijs.dialogue.timeline import max_open_months
from wegwijs.findings import Finding
from wegwijs.privacy import Allowlist, scan_text
from wegwijs.settings import Settings

#: An editor's own intro for the overview page; it is an ordinary page, not a dialogue result.
OVERVIEW_NAME = "index.md"


def is_dialogue_result(src_uri: str) -> bool:
    """True for 'dialoog/<file>.md' (the overview's intro 'dialoog/index.md' excluded)."""
    path = PurePosixPath(src_uri)
    return (
        len(path.parts) == 2
        and path.parts[0] == DIALOGUE_DIR
        and path.suffix == ".md"
        and path.name != OVERVIEW_NAME
    )


def is_dialogue_path(rel_path: str, docs_dir: str = "docs") -> bool:
    """True for a dialogue result given by its path in the project, e.g. 'docs/dialoog/<file>.md'."""
    path = PurePosixPath(rel_path)
    return path.parts[:1] == (docs_dir,) and is_dialogue_result(PurePosixPath(*path.parts[1:]).as_posix())


def guard_document(document: SourceDocument, settings: Settings | None) -> list[Finding]:
    """The anonymity guard over the whole file: front matter, YAML comments and body."""
    allowlist = Allowlist.from_settings(settings) if settings is not None else Allowlist()
    return scan_text(document.text, document.rel_path, allowlist=allowlist)


def check_dialogue_document(document: SourceDocument, settings: Settings | None) -> list[Finding]:
    """Content-model rules (WW0xx/WW2xx) and the anonymity guard (WW3xx) for one dialogue result.

    Returns only new findings; reading problems (encoding, broken YAML) stay on ``document.findings``.
    """
    _, findings = load_dialogue(document, max_open_months=max_open_months(settings))
    return findings + guard_document(document, settings)
