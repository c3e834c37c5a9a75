"""`wegwijs analyse PATH`: the full readability analysis of pages, per sentence and per word.

The JSON shape is a stable contract (other tools read it): a list with per page ``path``,
``metrics``, ``sentences`` (``line``, ``column``, ``text``, ``flesch_douma``, ``words``) and
``findings`` (every finding of the page, reading problems such as a file that is not UTF-8 included).
Exit codes as ``wegwijs check``: 1 when a file could not be read well (an error while reading it),
2 when a path does not exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from wegwijs.commands._report import FINDINGS, OK, USAGE, UsageProblem, run_check, unique
from wegwijs.dutch import count, decimal
from wegwijs.findings import Severity


@click.command(name="analyse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--level", type=click.Choice(["A2", "B1"]), help="Meet alle pagina's op dit niveau.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config-file", "-f", type=click.Path(path_type=Path), default=None)
@click.option("--worst", type=int, default=5, show_default=True, help="Zoveel moeilijkste zinnen tonen (tekst).")
def analyse(paths: tuple[Path, ...], level: str | None, output: str, config_file: Path | None, worst: int) -> None:
    """Toon de leesbaarheid van pagina's: scores, zinnen en woorden."""
    try:
        report = run_check(paths, config_file, level)
    except UsageProblem as problem:
        if output == "json":
            click.echo(json.dumps({"errors": [{"message": str(problem)}]}, ensure_ascii=False, indent=2))
        else:
            click.echo(f"Fout: {problem}", err=True)
        raise SystemExit(USAGE) from None
    pages = [page for page in report.pages.values() if page.analysis is not None or page.document.findings]
    unreadable = any(f.severity is Severity.ERROR for page in pages for f in page.document.findings)
    if output == "json":
        data = []
        for page in pages:
            entry = page.analysis.to_dict() if page.analysis else {"path": page.document.rel_path, "metrics": {},
                                                                   "sentences": []}
            entry["findings"] = [f.to_dict() for f in unique(page.findings)]
            data.append(entry)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        raise SystemExit(FINDINGS if unreadable else OK)
    for page in pages:
        analysis = page.analysis
        findings = unique(page.findings)
        click.echo(click.style(page.document.rel_path, bold=True) + (f" (niveau {analysis.level})" if analysis else ""))
        if analysis is None:
            click.echo(f"  Geen tekst om te meten, {count(len(findings), 'melding', 'meldingen')}")
            _print_file_findings(page)
            continue
        m = analysis.metrics
        click.echo(
            f"  {m['sentences']} zinnen, {m['words']} woorden, gemiddeld {decimal(m['words_per_sentence'])} woorden per zin"
        )
        click.echo(f"  Flesch-Douma {decimal(m['flesch_douma'])}, Brouwer {decimal(m['brouwer'])}, "
                   f"{m['passive_sentences']} passieve zinnen, {count(len(findings), 'melding', 'meldingen')}")
        for sentence in analysis.worst_sentences(worst):
            click.echo(f"  {sentence.line}:{sentence.column} [{decimal(sentence.flesch_douma)}] {sentence.text}")
        _print_file_findings(page)
    raise SystemExit(FINDINGS if unreadable else OK)


def _print_file_findings(page) -> None:
    """What is wrong with the file itself or its front matter (a file that is not UTF-8...)."""
    for finding in unique(page.document.findings):
        click.echo(f"  {finding.line}:{finding.column}: {finding.code} {finding.message}")
