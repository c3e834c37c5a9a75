"""Dialogue benchmark: what the dialogue checks add on top of reading the files.

Compares, in one run on this machine, for N generated dialogue results (5 proposals, 12 lines of
summary each, a few numbers and dates that look like personal data but are not):
- baseline: reading each file (decode, split front matter, compose YAML) = what the build does anyway;
- validate: schema + charter rules and date rules (WW2xx), with progress steps and review dates;
- guard: the anonymity guard (WW3xx) over front matter and body;
- overview: grouping every proposal by status;
- feed: the Atom feed of every decision and step; export: the CSV rows with the guard on every cell.
Goal: validate + guard <= 3x baseline, so the checks never dominate a build.

Run: python bench/dialogue.py [--results 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import tempfile
import time
from pathlib import Path

from wegwijs.content.source import read_document
from wegwijs.dialogue import build_overview, load_dialogue
from wegwijs.dialogue.export import guard_rows, rows, write_csv
from wegwijs.dialogue.feed import FeedInfo, atom_feed
from wegwijs.dialogue.model import STATUS_IDS
from wegwijs.privacy import Allowlist, scan_text

START = dt.date(2020, 1, 1)

SUMMARY = (
    "De participatiegroep en het OCMW praatten op 12.03.2026 samen over het huisbezoek. "
    "Veel mensen zijn bang als de maatschappelijk werker thuis komt, tussen 09.00 en 12.00 uur. "
    "Een bezoek kost niets, ook al betaal je 3.500 euro huur per jaar. Bel gerust 03 620 15 60.\n"
)


def result_text(index: int, today: dt.date) -> str:
    day = START + dt.timedelta(days=index)
    proposals = "".join(
        f"  - proposal: Voorstel {i} over de Markt 3 keer per week, op 01.02.2026.\n"
        f"    status: {STATUS_IDS[i % 5]}\n"
        + (
            f"    decided: {(day + dt.timedelta(days=30)).isoformat()}\n"
            "    motivation: Dat kan omdat er 2 maatschappelijk werkers bij komen.\n"
            "    progress:\n"
            f"      - on: {(day + dt.timedelta(days=40)).isoformat()}\n"
            "        text: De eerste stap is gezet.\n"
            if i % 5 < 3
            else f"    review_by: {(today + dt.timedelta(days=30)).isoformat()}\n"
        )
        for i in range(5)
    )
    return (
        f"---\ntitle: Dialoogmoment {index}\ndate: {day.isoformat()}\ntheme: thema {index}\n"
        f"participants: 12\nladder: meedenken\nproposals:\n{proposals}---\n\n" + SUMMARY * 4
    )


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", type=int, default=500)
    args = parser.parse_args()
    allowlist = Allowlist.from_entries(["03 620 15 60"])
    # A fixed "today" after the last decision and step, so the run has no findings on any day.
    today = START + dt.timedelta(days=args.results + 60)
    info = FeedInfo("Bench", "OCMW", "https://example.org/", "dialoog/")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for index in range(args.results):
            day = START + dt.timedelta(days=index)
            path = Path(tmp) / f"{day.isoformat()}-thema-{index}.md"
            path.write_text(result_text(index, today), encoding="utf-8")
            paths.append(path)
        base, documents = timed(lambda: [read_document(p, f"docs/dialoog/{p.name}", require_front_matter=False) for p in paths])
        validate, loaded = timed(
            lambda: [load_dialogue(d, f"dialoog/{Path(d.rel_path).name}", today=today) for d in documents]
        )
        guard, hits = timed(lambda: [scan_text(d.text, d.rel_path, allowlist=allowlist) for d in documents])
        results = [r for r, _ in loaded]
        overview, _ = timed(lambda: build_overview(results))
        urls = {r.src_uri: f"dialoog/{Path(r.src_uri).stem}/" for r in results}
        feed, _ = timed(lambda: atom_feed(results, urls, info))

        def export() -> list:
            table = rows(results)
            stopped = guard_rows(table, allowlist)
            write_csv(table, io.StringIO())
            return stopped

        export_time, stopped = timed(export)
    problems = sum(len(f) for _, f in loaded) + sum(len(h) for h in hits) + len(stopped)
    print(f"{args.results} dialogue results, {problems} findings (expected 0)")
    print(f"baseline read:    {base * 1000:8.1f} ms")
    print(f"validate:         {validate * 1000:8.1f} ms  ({validate / base:.2f}x baseline)")
    print(f"anonymity guard:  {guard * 1000:8.1f} ms  ({guard / base:.2f}x baseline)")
    print(f"overview:         {overview * 1000:8.1f} ms  ({overview / base:.2f}x baseline)")
    print(f"atom feed:        {feed * 1000:8.1f} ms  ({feed / base:.2f}x baseline)")
    print(f"csv export:       {export_time * 1000:8.1f} ms  ({export_time / base:.2f}x baseline)")
    print(f"checks together:  {(validate + guard) / base:.2f}x baseline (goal <= 3x)")


if __name__ == "__main__":
    main()
