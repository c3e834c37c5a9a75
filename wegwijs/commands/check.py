"""`wegwijs check`: check pages for plain Dutch (and the files themselves), like the build does.

Exit code 1 when there is at least one error, so a script or CI can stop on it; warnings alone
give 0. Colour only when the output is a terminal (click strips it otherwise).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from wegwijs.commands._project import (
    analyse_document, default_paths, load_context, markdown_files, read,
)
from wegwijs.dialogue.check import check_dialogue_document, is_dialogue_path
from wegwijs.findings import Finding, Severity, has_errors
from wegwijs.readability import finding_dict

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_WORDS = {Severity.ERROR: ("fout", "fouten"), Severity.WARNING: ("waarschuwing", "waarschuwingen"),
          Severity.INFO: ("tip", "tips")}


@click.command(name="check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--level", type=click.Choice(["A2", "B1"]), help="Kijk alle pagina's na op dit niveau.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--config-file", "-f", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True,
    help="De instellingen van de site.",
)
def check(paths: tuple[Path, ...], level: str | None, output: str, config_file: Path) -> None:
    """Kijk na of de teksten eenvoudig Nederlands zijn.

    Zonder PATHS: de fiches en docs/ van de site in deze map.
    """
    context = load_context(config_file)
    files = markdown_files(paths or default_paths(context), context.root)
    findings: list[Finding] = list(context.findings)
    pages = []
    for path in files:
        document = read(path, context)
        analysis = analyse_document(document, context, level)
        page_findings = document.findings + analysis.findings
        if is_dialogue_path(document.rel_path):
            page_findings += check_dialogue_document(document, context.settings)
        findings += page_findings
        pages.append({"path": analysis.path, "level": analysis.level, "metrics": analysis.metrics,
                      "findings": [finding_dict(f) for f in page_findings]})
    failed = has_errors(findings) or bool(context.problems)
    if output == "json":
        click.echo(json.dumps({"pages": pages, "settings_problems": context.problems,
                               "findings": [dict(finding_dict(f), path=f.path) for f in context.findings]},
                              ensure_ascii=False, indent=2))
    else:
        _print_text(findings, context.problems, len(files))
    raise SystemExit(1 if failed else 0)


def _print_text(findings: list[Finding], problems: list[str], page_count: int) -> None:
    for problem in problems:
        click.echo(click.style(f"mkdocs.yml: {problem}", fg="red"))
    for finding in sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code)):
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        code = click.style(finding.code, fg=_COLOURS[finding.severity], bold=True)
        line = f"{click.style(where, bold=True)} {code} {finding.message}"
        click.echo(line)
    counts = {severity: sum(1 for f in findings if f.severity is severity) for severity in Severity}
    parts = [f"{n} {_WORDS[s][0] if n == 1 else _WORDS[s][1]}" for s, n in counts.items() if n]
    pages = "1 pagina" if page_count == 1 else f"{page_count} pagina's"
    summary = f"{pages} nagekeken: {', '.join(parts) if parts else 'alles in orde'}."
    click.echo(click.style(summary, bold=True), err=False)
