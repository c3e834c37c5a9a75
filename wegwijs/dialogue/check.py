"""All checks of one dialogue result, for the build and for `wegwijs check` alike."""

from __future__ import annotations

from pathlib import PurePosixPath

from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.content.source import SourceDocument
from wegwijs.dialogue.load import load_dialogue
from wegwijs.dialogue.timeline import max_open_months
from wegwijs.findings import Finding
from wegwijs.privacy import Allowlist
from wegwijs.privacy.guard import scan_pieces
from wegwijs.privacy.values import scalars
from wegwijs.settings import Settings

#: An editor's own intro for the overview page; it is an ordinary page, not a dialogue result.
OVERVIEW_NAME = "index.md"
#: The extensions MkDocs reads as Markdown (mkdocs.utils.markdown_extensions).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


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
    """The anonymity guard over the whole file: every front-matter value as YAML reads it (folded
    lines joined), every line (YAML comments too) and every paragraph of the text."""
    allowlist = Allowlist.from_settings(settings) if settings is not None else Allowlist()
    seen: set = set()
    findings = scan_pieces([(document.text, 1, 1)], document.rel_path, allowlist=allowlist, split=True, seen=seen)
    nodes = [n for n in scalars(document.front_matter) if isinstance(n.value, str)]
    # Each value as written, its lines read as one (exact positions; the opening '---' is line 1)...
    written = [
        (document.text[4 + n.start_mark.index : 4 + n.end_mark.index], n.start_mark.line + 2, n.start_mark.column + 1)
        for n in nodes
    ]
    findings += scan_pieces(written, document.rel_path, allowlist=allowlist, seen=seen, whole=True)
    # ...and as YAML reads it (escapes such as "\u0034" decoded), at the value's first line.
    parsed = [(n.value, n.start_mark.line + 2, n.start_mark.column + 1) for n in nodes]
    findings += scan_pieces(parsed, document.rel_path, allowlist=allowlist, seen=seen)
    return findings


def is_guarded(src_uri: str) -> bool:
    """Every page under dialoog/, at any depth, with any Markdown extension MkDocs reads (index too):
    the guard looks wherever a result could be published."""
    path = PurePosixPath(src_uri)
    return len(path.parts) >= 2 and path.parts[0] == DIALOGUE_DIR and path.suffix.lower() in MARKDOWN_SUFFIXES


def check_dialogue_document(document: SourceDocument, settings: Settings | None) -> list[Finding]:
    """Content-model rules (WW0xx/WW2xx) and the anonymity guard (WW3xx) for one dialogue result.

    Returns only new findings; reading problems (encoding, broken YAML) stay on ``document.findings``.
    """
    _, findings = load_dialogue(document, max_open_months=max_open_months(settings))
    return findings + guard_document(document, settings)
