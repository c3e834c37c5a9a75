"""Rebuild time during ``mkdocs serve``: Wegwijs vs a plain Material site of the same pages.

Usage: python bench/serve.py [--sheets 200] [--rounds 5]

Starts a real ``mkdocs serve`` on a free port for each site, edits one sheet, and times from the
edit until MkDocs logs "Reloading browsers" (the rebuild is done and the browser is told). It also
reads MkDocs' own "Documentation built in N seconds" for the build part alone. Prints the median of
the rounds for both sites and the ratio; the goal is at most 1.1x.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import plain_project, wegwijs_project  # noqa: E402

_BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
#: The sentence added on each edit: plain, so it adds no finding of its own.
_EDIT = "\nDit is een extra zin nummer {n}.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real ``mkdocs serve`` subprocess whose log lines arrive in a queue with their time."""

    def __init__(self, project: Path) -> None:
        self.port = free_port()
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{self.port}",
             "-f", str(project / "mkdocs.yml")],
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put((time.perf_counter(), line.rstrip()))

    def wait_for(self, text: str, timeout: float = 300) -> tuple[float, list[str]]:
        """Wait for a log line containing ``text``; returns its time and the lines seen on the way."""
        seen: list[str] = []
        deadline = time.perf_counter() + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or self.process.poll() is not None:
                tail = "\n".join(seen[-20:])
                raise SystemExit(f"mkdocs serve: no '{text}' line (exit {self.process.poll()}):\n{tail}")
            try:
                at, line = self.lines.get(timeout=min(remaining, 1))
            except queue.Empty:
                continue
            seen.append(line)
            if text in line:
                return at, seen

    def drain(self) -> None:
        while not self.lines.empty():
            self.lines.get_nowait()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def measure(project: Path, sheet: Path, rounds: int) -> tuple[list[float], list[float]]:
    """(seconds from edit to 'Reloading browsers', MkDocs' own build seconds) for each round."""
    server = Server(project)
    try:
        server.wait_for("Serving on")
        original = sheet.read_text(encoding="utf-8")
        to_reload, build = [], []
        for n in range(rounds):
            time.sleep(1.0)  # let the watcher settle, so each edit is one rebuild
            server.drain()
            start = time.perf_counter()
            sheet.write_text(original + _EDIT.format(n=n), encoding="utf-8")
            done, seen = server.wait_for("Reloading browsers")
            to_reload.append(done - start)
            built = [float(m.group(1)) for line in seen if (m := _BUILT.search(line))]
            if built:
                build.append(built[-1])
        sheet.write_text(original, encoding="utf-8")
        return to_reload, build
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours_dir = wegwijs_project(Path(tmp) / "ours", args.sheets)
        plain_dir = plain_project(Path(tmp) / "plain", args.sheets)
        ours = measure(ours_dir, ours_dir / "theme_sheets" / "fiche-0007.md", args.rounds)
        plain = measure(plain_dir, plain_dir / "docs" / "fiches" / "fiche-0007.md", args.rounds)
    for label, index in (("edit -> reload", 0), ("build (mkdocs)", 1)):
        a, b = statistics.median(ours[index]), statistics.median(plain[index])
        print(
            f"{args.sheets} sheets, {label:15s}: wegwijs {a:6.2f} s | plain material {b:6.2f} s | "
            f"ratio {a / b:.2f}x (median of {args.rounds})"
        )


if __name__ == "__main__":
    main()
