"""Benchmark of the readability engine (issue 3).

1. Build cost: a full `mkdocs build` with every Wegwijs hook of the repo's mkdocs.yml (content,
   dialogue, readability, preview, kiosk; the PDF brochure is switched off because it has its own
   benchmark, bench/brochure.py) against a plain Material build of the same 200 generated sheets.
   Best CPU time of --runs builds each, so the per-word cache in ~/.cache/wegwijs is warm, as on an
   editor's machine after the first build. Goal: CPU ratio <= 1.10.
2. Engine throughput: words per second of `analyse_markdown` (all rules) against textstat's
   `flesch_reading_ease` on the same text, best of several warm runs for both, on two texts: the
   generated sheets of the build benchmark and the repo's own example content. textstat caches
   whole-text results with lru_cache, so those caches are cleared before each of its timed runs
   (its per-word pyphen cache stays warm, as our per-word cache does; its per-sentence cache is
   left alone, which helps it on the generated sheets: they repeat 15 sentences). The timed
   engine run includes freeing its result. Goal: ratio >= 1.00 on both.

Run: python bench/readability.py [--sheets 200] [--skip-build]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLAIN = [
    "Je krijgt geld van het OCMW als je niet genoeg inkomen hebt.",
    "De maatschappelijk werker praat met je.",
    "Breng je identiteitskaart en je bankkaart mee.",
    "We bekijken samen wat je nodig hebt.",
    "Soms krijg je ook hulp voor de huur of de energie.",
    "Bel ons als je een vraag hebt.",
    "Je kan ook langskomen op maandag of donderdag.",
    "Het gesprek duurt ongeveer een uur.",
    "Je hoeft niets te betalen.",
    "Wij zeggen je binnen dertig dagen wat we beslissen.",
    "Heb je schulden? Dan zoeken we samen een oplossing.",
    "Je kind kan naar de opvang terwijl je werkt.",
]
HARD = [
    "Indien u reeds een uitkering ontvangt, wordt uw dossier door de dienst onderzocht.",
    "De tegemoetkoming wordt toegekend teneinde de kosten van de huisvesting te dekken, "
    "voor zover de aanvrager voldoet aan de voorwaarden die door het comité werden vastgesteld.",
    "De betaling van het voorschot gebeurt middels een overschrijving op uw rekening.",
]
HEADINGS = ["Wat is het?", "Voor wie?", "Wat moet je doen?", "Wat moet je meebrengen?", "Wat mag je verwachten?",
            "Wie helpt je?"]
CATEGORIES = ["hulp-en-geld", "wonen-en-energie", "gezondheid", "eten-en-vrije-tijd", "werk-en-leren"]


def sheet(index: int, rng: random.Random) -> str:
    body = [f"# Fiche {index}", ""]
    for heading in HEADINGS:
        body += [f"## {heading}", ""]
        sentences = [rng.choice(PLAIN if rng.random() > 0.15 else HARD) for _ in range(rng.randint(3, 6))]
        body += [" ".join(sentences), ""]
        if rng.random() < 0.5:
            body += [f"- {rng.choice(PLAIN)}", f"- Lees [meer uitleg](https://example.org/{index}).", ""]
        if rng.random() < 0.3:
            body += ['!!! tip "Goed om te weten"', f"    {rng.choice(PLAIN)}", ""]
    front = (f"---\ntitle: Fiche {index}\ndescription: Een fiche om te testen.\n"
             f"category: {CATEGORIES[index % len(CATEGORIES)]}\n---\n")
    return front + "\n".join(body)


def make_project(where: Path, count: int) -> list[str]:
    rng = random.Random(3)
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, where / folder)
    shutil.copy(ROOT / "woordenlijst.yml", where / "woordenlijst.yml")
    (where / "theme_sheets").mkdir()
    shutil.copytree(ROOT / "hooks", where / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    sheets = [sheet(i, rng) for i in range(count)]
    for i, text in enumerate(sheets):
        (where / "theme_sheets" / f"fiche-{i:03}.md").write_text(text, "utf-8")
    # Every hook of the repo's mkdocs.yml, but no PDF brochure: it has its own benchmark
    # (bench/brochure.py) and a site build is what this one measures.
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    if "\n    brochure:" in config:
        config = config.replace("\n    brochure:", "\n    brochure:\n      enabled: false", 1)
    else:
        config = config.replace("\n  wegwijs:\n", "\n  wegwijs:\n    brochure:\n      enabled: false\n", 1)
    (where / "mkdocs.yml").write_text(config, "utf-8")
    # The plain build: the same pages as ordinary docs of a Material site without Wegwijs.
    plain = where / "plain"
    shutil.copytree(where / "docs", plain / "docs")
    (plain / "docs" / "fiches").mkdir()
    for i, text in enumerate(sheets):
        (plain / "docs" / "fiches" / f"fiche-{i:03}.md").write_text(text.replace("category:", "tags: [x]\n#"), "utf-8")
    (plain / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\n  language: nl\n  font: false\n"
        "plugins:\n  - search:\n      lang: nl\nmarkdown_extensions: [abbr, admonition, attr_list, md_in_html, tables,"
        " pymdownx.details, pymdownx.superfences]\n",
        "utf-8",
    )
    return sheets


def build_cpu(path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(path / "site")],
            cwd=path, capture_output=True, text=True,
            env={"PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            raise SystemExit(f"build failed in {path}:\n{result.stderr[-2000:]}")
        best = min(best, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return best


def example_text(words: int = 60_000) -> str:
    """The repo's own pages (theme sheets and docs, front matter removed), repeated to about ``words``.

    Real sentences of every length, with real variety: textstat's per-sentence cache (128 entries)
    helps it on the generated sheets, which repeat 15 sentences, but not on these.
    """
    from wegwijs.project import sheet_paths
    from wegwijs.readability import analyse_markdown

    bodies = []
    # Dutch text only: translations (theme_sheets/<slug>.<lang>.md) are not checked for plain Dutch.
    for path in sorted([*sheet_paths(ROOT / "theme_sheets"), *ROOT.glob("docs/**/*.md")]):
        text = path.read_text("utf-8")
        bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    once = "\n\n".join(bodies)
    count = analyse_markdown(once, path="bench.md").metrics["words"]
    return "\n\n".join([once] * max(1, round(words / count)))


def throughput(text: str, runs: int) -> tuple[float, float, int]:
    """(engine words/s, textstat words/s, words) on ``text``."""
    from wegwijs.readability import analyse_markdown

    words = analyse_markdown(text, path="bench.md").metrics["words"]  # warms caches and word lists

    def best(func) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        return min(times)

    engine = best(lambda: analyse_markdown(text, path="bench.md"))

    import importlib
    import pkgutil

    import textstat
    import textstat.backend as backend

    textstat.set_lang("nl")
    text_caches = []
    for info in pkgutil.walk_packages(backend.__path__, backend.__name__ + "."):
        module = importlib.import_module(info.name)
        text_caches += [v for k, v in vars(module).items() if hasattr(v, "cache_clear") and not k.startswith("get_")]
    textstat.flesch_reading_ease(text)

    def textstat_cold_text() -> None:
        for cache in text_caches:
            cache.cache_clear()
        textstat.flesch_reading_ease(text)

    reference = best(textstat_cold_text)
    return words / engine, words / reference, words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        sheets = make_project(where, args.sheets)
        generated = "\n\n".join(s.split("---\n", 2)[2] for s in sheets)
        for name, text in (("generated sheets", generated), ("example content", example_text())):
            engine, reference, words = throughput(text, max(args.runs, 7))
            print(f"engine throughput, {name} ({words:,} words): {engine:,.0f} words/s; textstat "
                  f"flesch_reading_ease: {reference:,.0f} words/s; ratio engine/textstat = "
                  f"{engine / reference:.2f} (goal >= 1.00)")
        if not args.skip_build:
            full = build_cpu(where, args.runs)
            plain = build_cpu(where / "plain", args.runs)
            config = where / "mkdocs.yml"
            config.write_text(config.read_text("utf-8").replace("  - hooks/wegwijs_readability.py\n", ""), "utf-8")
            without = build_cpu(where, args.runs)
            print(f"build CPU, {args.sheets} sheets: every check {full:.2f} s, plain Material {plain:.2f} s; "
                  f"ratio = {full / plain:.2f} (goal <= 1.10)")
            print(f"  of which the readability hook: {full - without:.2f} s "
                  f"(every check but readability: {without:.2f} s, ratio {without / plain:.2f})")


if __name__ == "__main__":
    main()
