"""Build time: Wegwijs vs a plain Material build of the same pages, at 50, 200 and 1000 sheets.

Usage: python bench/build.py [--sizes 50 200 1000] [--repeat 3] [--with-brochure]

Prints wall and CPU seconds for both (the median of --repeat builds, after one untimed build of each
so that neither pays for a cold disk cache), the ratios, and the per-page cost growth from the
smallest to the largest size. Material puts the whole nav on every page, so a plain build grows with
the square of the page count; Wegwijs keeps sheets out of the nav (categories lead to them) to stay
linear.

Wegwijs keeps word data in a cache folder (``~/.cache/wegwijs``, see
``wegwijs/readability/wordtables.py``). At the smallest size the build is also timed with a
fresh ``XDG_CACHE_HOME`` in two states:
- after setup: the folder holds only the word tables that ``scripts/setup.sh`` makes, as on a machine
  before its first build;
- empty: nothing at all, as when someone skipped ``setup.sh`` (the first build makes the tables).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import plain_project, wegwijs_project  # noqa: E402


def timed_build(project: Path, cache: Path | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one real ``mkdocs build``; ``cache``: its XDG_CACHE_HOME."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")],
        capture_output=True,
        text=True,
        env=env,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def fresh_cache(root: Path, name: str, prepared: bool) -> Path:
    """A new XDG_CACHE_HOME; ``prepared``: with the word tables ``scripts/setup.sh`` makes."""
    folder = Path(tempfile.mkdtemp(prefix=name, dir=root))
    if prepared:
        subprocess.run(
            [sys.executable, "-m", "wegwijs.readability.maketables"], check=True, capture_output=True,
            env={**os.environ, "XDG_CACHE_HOME": str(folder)},
        )
    return folder


def _no_brochure(config: Path) -> None:
    """The site build only: the PDF brochure has its own benchmark (bench/brochure.py)."""
    text = config.read_text("utf-8")
    if "\n    brochure:" in text:
        text = text.replace("\n    brochure:", "\n    brochure:\n      enabled: false", 1)
    else:
        text = text.replace("\n  wegwijs:\n", "\n  wegwijs:\n    brochure:\n      enabled: false\n", 1)
    config.write_text(text, "utf-8")


def report(label: str, ours: tuple[float, float], plain: tuple[float, float]) -> None:
    print(
        f"{label:<28} wegwijs {ours[0]:6.2f} s wall {ours[1]:6.2f} s cpu | "
        f"plain material {plain[0]:6.2f} s wall {plain[1]:6.2f} s cpu | "
        f"ratio wall {ours[0] / plain[0]:.2f}x cpu {ours[1] / plain[1]:.2f}x",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--repeat", type=int, default=3, help="timed builds per size (the median counts)")
    parser.add_argument("--with-brochure", action="store_true", help="also render the PDF (see bench/brochure.py)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            ours_dir = wegwijs_project(Path(tmp) / f"ours-{size}", size)
            if not args.with_brochure:
                _no_brochure(ours_dir / "mkdocs.yml")
            plain_dir = plain_project(Path(tmp) / f"plain-{size}", size)
            timed_build(ours_dir), timed_build(plain_dir)  # untimed: disk cache, .pyc files, word cache
            ours_runs, plain_runs = [], []
            for _ in range(args.repeat):
                ours_runs.append(timed_build(ours_dir))
                plain_runs.append(timed_build(plain_dir))
            ours, plain = median(ours_runs), median(plain_runs)
            rows.append((size, ours, plain))
            report(f"{size:5d} sheets", ours, plain)
            if size == args.sizes[0]:
                for state, prepared in (("after setup", True), ("empty cache", False)):
                    runs = [timed_build(ours_dir, fresh_cache(Path(tmp), state[:5], prepared)) for _ in range(args.repeat)]
                    report(f"{size:5d} sheets, {state}", median(runs), plain)
    (small, small_ours, small_plain), (large, large_ours, large_plain) = rows[0], rows[-1]
    for name, a, b in (("wegwijs", small_ours, large_ours), ("plain material", small_plain, large_plain)):
        per_small, per_large = a[1] / small, b[1] / large
        print(
            f"{name}: per-page cpu {per_small * 1000:.1f} ms at {small}, {per_large * 1000:.1f} ms at {large}: "
            f"growth {per_large / per_small:.2f}x"
        )


if __name__ == "__main__":
    main()
