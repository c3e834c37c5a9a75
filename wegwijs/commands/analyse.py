"""`wegwijs analyse PATH`: the full readability analysis of pages, per sentence and per word.

The JSON shape is a stable contract (other tools read it): a list with per page ``path``,
``metrics``, ``sentences`` (``line``, ``column``, ``text``, ``flesch_douma``, ``words``) and
``findings``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from wegwijs.commands._project import analyse_document, load_context, markdown_files, read
from wegwijs.dutch import decimal


@click.command(name="analyse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--level", type=click.Choice(["A2", "B1"]), help="Meet alle pagina's op dit niveau.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config-file", "-f", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True)
@click.option("--worst", type=int, default=5, show_default=True, help="Zoveel moeilijkste zinnen tonen (tekst).")
def analyse(paths: tuple[Path, ...], level: str | None, output: str, config_file: Path, worst: int) -> None:
    """Toon de leesbaarheid van pagina's: scores, zinnen en woorden."""
    context = load_context(config_file)
    analyses = [analyse_document(read(path, context), context, level) for path in markdown_files(paths, context.root)]
    if output == "json":
        click.echo(json.dumps([a.to_dict() for a in analyses], ensure_ascii=False, indent=2))
        return
    for analysis in analyses:
        m = analysis.metrics
        click.echo(click.style(analysis.path, bold=True) + f" (niveau {analysis.level})")
        click.echo(
            f"  {m['sentences']} zinnen, {m['words']} woorden, gemiddeld {decimal(m['words_per_sentence'])} woorden per zin"
        )
        click.echo(f"  Flesch-Douma {decimal(m['flesch_douma'])}, Brouwer {decimal(m['brouwer'])}, "
                   f"{m['passive_sentences']} passieve zinnen, {len(analysis.findings)} meldingen")
        for sentence in analysis.worst_sentences(worst):
            click.echo(f"  {sentence.line}:{sentence.column} [{decimal(sentence.flesch_douma)}] {sentence.text}")
