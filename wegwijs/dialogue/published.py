"""Which dialogue results are published: drafts (``draft: true``) never leave `mkdocs serve`.

The build, the feed, the export and the brochure all ask here, so a draft is left out everywhere
by the same rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import yaml

from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.content.source import SourceDocument, read_document
from wegwijs.content.yamlnode import construct
from wegwijs.dialogue.check import OVERVIEW_NAME
from wegwijs.dialogue.load import load_dialogue
from wegwijs.dialogue.model import DialogueResult
from wegwijs.dialogue.timeline import DEFAULT_MAX_OPEN_MONTHS
from wegwijs.findings import Finding


def is_draft(document: SourceDocument) -> bool:
    """True when the front matter says ``draft: true`` (read before, and apart from, validation)."""
    node = document.front_matter
    if not isinstance(node, yaml.MappingNode):
        return False
    return any(key.value == "draft" and construct(value) is True for key, value in node.value)


def published(results: Iterable[DialogueResult]) -> list[DialogueResult]:
    """The results readers may see: every one that is not a draft, in the order given."""
    return [result for result in results if not result.draft]


def result_paths(docs_dir: Path) -> list[Path]:
    """Every dialogue result file in ``docs_dir/dialoog/``, by name (the overview's intro left out)."""
    folder = docs_dir / DIALOGUE_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.md") if p.is_file() and p.name != OVERVIEW_NAME)


def load_results(
    docs_dir: Path,
    project_dir: Path,
    *,
    today: dt.date | None = None,
    max_open_months: int = DEFAULT_MAX_OPEN_MONTHS,
) -> tuple[list[DialogueResult], list[Finding]]:
    """Every dialogue result in ``docs_dir`` (drafts too: filter with :func:`published`), and findings."""
    results: list[DialogueResult] = []
    findings: list[Finding] = []
    for path in result_paths(docs_dir):
        rel = path.relative_to(project_dir).as_posix() if path.is_relative_to(project_dir) else path.as_posix()
        document = read_document(path, rel, require_front_matter=False)
        result, found = load_dialogue(
            document, f"{DIALOGUE_DIR}/{path.name}", today=today, max_open_months=max_open_months
        )
        findings += document.findings + found
        if result is not None:
            results.append(result)
    return results, findings
