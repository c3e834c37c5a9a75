"""Findings go through MkDocs' logger, so ``mkdocs build --strict`` counts the warnings."""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.plugins import get_plugin_logger

from wegwijs.findings import Finding, Severity

log = get_plugin_logger("wegwijs")


def report(findings: Iterable[Finding]) -> None:
    from wegwijs_mkdocs.state import state

    for finding in findings:
        if finding in state().reported:
            continue
        state().reported.add(finding)
        if finding.severity is Severity.ERROR:
            log.error(finding.format())
        elif finding.severity is Severity.WARNING:
            log.warning(finding.format())
        else:
            log.info(finding.format())
