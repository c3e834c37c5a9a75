"""`wegwijs check`: every check of the build (content model, links, images, dialogue results,
anonymity guard, reader-facing texts, readability), without building the site.

It runs the same engine function as ``mkdocs build`` (:func:`wegwijs.pipeline.check_project`), so a
CI job can run it instead of a build. Exit codes: 0 nothing fails, 1 an error (or under ``--strict``
a warning), 2 a path or settings file that does not exist. Colour only when the output is a
terminal (click strips it otherwise).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from wegwijs.commands._report import FINDINGS, OK, USAGE, UsageProblem, fails, finding_json, run_check, unique
from wegwijs.findings import Finding, Severity
from wegwijs.translation.checks import translation_findings

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_WORDS = {Severity.ERROR: ("fout", "fouten"), Severity.WARNING: ("waarschuwing", "waarschuwingen"),
          Severity.INFO: ("tip", "tips")}


@click.command(name="check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--level", type=click.Choice(["A2", "B1"]), help="Kijk alle pagina's na op dit niveau.")
@click.option("--strict", is_flag=True, help="Ook waarschuwingen geven een fout (exit 1), zoals 'mkdocs build --strict'.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--config-file", "-f", type=click.Path(path_type=Path), default=None,
    help="De instellingen van de site (standaard: mkdocs.yml).",
)
def check(paths: tuple[Path, ...], level: str | None, strict: bool, output: str, config_file: Path | None) -> None:
    """Kijk alles na wat 'mkdocs build' nakijkt, zonder de site te maken.

    Zonder PATHS: de fiches en docs/ van de site in deze map.
    Exit 0: in orde. Exit 1: fouten (met --strict ook waarschuwingen). Exit 2: een pad bestaat niet.
    """
    try:
        report = run_check(paths, config_file, level)
    except UsageProblem as problem:
        if output == "json":
            click.echo(json.dumps({"errors": [{"message": str(problem)}], "failed": True}, ensure_ascii=False, indent=2))
        else:
            click.echo(click.style(f"Fout: {problem}", fg="red"), err=True)
        raise SystemExit(USAGE) from None
    # Translations are read by wegwijs.translation (the engine's pages are Dutch only).
    findings = unique([*report.all_findings, *translation_findings(paths, config_file)])
    failed = fails(findings, strict)
    if output == "json":
        click.echo(json.dumps(_json(report, findings, failed), ensure_ascii=False, indent=2))
    else:
        _print_text(findings, len(report.pages))
    raise SystemExit(FINDINGS if failed else OK)


def _json(report, findings: list[Finding], failed: bool) -> dict:
    pages = []
    for page in report.pages.values():
        own = unique(page.findings)
        analysis = page.analysis
        pages.append({
            "path": page.document.rel_path,
            "level": analysis.level if analysis else None,
            "metrics": analysis.metrics if analysis else {},
            "findings": [f.to_dict() for f in own],
        })
    return {
        "pages": pages,
        "findings": [finding_json(f) for f in unique(report.findings)],  # settings and glossary
        "totals": {"pages": len(pages), **{s.value: sum(f.severity is s for f in findings) for s in Severity}},
        "errors": [],
        "failed": failed,
    }


def _print_text(findings: list[Finding], page_count: int) -> None:
    for finding in findings:
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        code = click.style(finding.code, fg=_COLOURS[finding.severity], bold=True)
        click.echo(f"{click.style(where, bold=True)} {code} {finding.message}")
    counts = {severity: sum(1 for f in findings if f.severity is severity) for severity in Severity}
    parts = [f"{n} {_WORDS[s][0] if n == 1 else _WORDS[s][1]}" for s, n in counts.items() if n]
    pages = "1 pagina" if page_count == 1 else f"{page_count} pagina's"
    summary = f"{pages} nagekeken: {', '.join(parts) if parts else 'alles in orde'}."
    click.echo(click.style(summary, bold=True))
