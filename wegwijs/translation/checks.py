"""Translations in ``wegwijs check``: the same checks as in the build (never the Dutch style rules)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wegwijs.content.markup import check_html
from wegwijs.findings import Finding
from wegwijs.settings import load_settings
from wegwijs.translation.collection import translation_paths
from wegwijs.translation.load import check_translation_file
from wegwijs.translation.model import is_translation_path


def translation_findings(paths: Iterable[Path], config_file: Path | None) -> list[Finding]:
    """Findings for the translations among ``paths`` (files or folders; none: every translation)."""
    config = config_file or Path("mkdocs.yml")
    # Without a project file there are no sheets, so no translations (the check reports the rest).
    settings, _ = load_settings(config) if config.is_file() else (None, [])
    if settings is None:
        return []
    sheets_dir = settings.theme_sheets_dir.resolve()
    wanted = [p for path in paths for p in (sorted(path.rglob("*.md")) if path.is_dir() else [path])]
    files = translation_paths(sheets_dir) if not wanted else [
        p for p in wanted if p.resolve().parent == sheets_dir and is_translation_path(p)
    ]
    organisation = settings.organisation
    findings: list[Finding] = []
    for path in files:
        rel = path.resolve().relative_to(settings.project_dir.resolve()).as_posix()
        document = check_translation_file(
            path.resolve(), rel, sheets_dir, settings.project_dir.resolve(), settings.category_ids,
            allowed=(organisation.phone, organisation.email, organisation.address),
            review_max_age_months=settings.review_max_age_months,
        )
        findings += document.findings + check_html(document.body, document.body_line, rel)
    return findings
