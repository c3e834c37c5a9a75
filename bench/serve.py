"""Rebuild time during ``mkdocs serve``: Wegwijs vs a plain Material site of the same pages.

Usage: python bench/serve.py [--sheets 200] [--rounds 5]

Starts a real ``mkdocs serve`` on a free port for each site, edits one sheet, and times from the
edit until MkDocs logs "Reloading browsers" (the rebuild is done and the browser is told). It also
reads MkDocs' own "Documentation built in N seconds" for the build part alone, and the CPU seconds
the server process spent (steadier than wall time when the machine is busy). Both servers run at
once and the edits alternate, so load hits both alike. Prints medians and ratios; the goal is at
most 0.5x: Wegwijs renders again only the pages whose input changed.
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


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its reaped children (Linux /proc): steadier than wall time on a busy box."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


class Site:
    """One project being served, with the sheet the benchmark edits."""

    def __init__(self, project: Path, sheet: Path) -> None:
        self.server = Server(project)
        self.sheet = sheet
        self.original = sheet.read_text(encoding="utf-8")
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.build: list[float] = []

    def edit_and_wait(self, n: int) -> None:
        """Edit the sheet, wait for "Reloading browsers"; record wall, CPU and MkDocs' build seconds."""
        time.sleep(1.0)  # let the watcher settle, so each edit is one rebuild
        self.server.drain()
        cpu = cpu_seconds(self.server.process.pid)
        start = time.perf_counter()
        self.sheet.write_text(self.original + _EDIT.format(n=n), encoding="utf-8")
        done, seen = self.server.wait_for("Reloading browsers")
        self.wall.append(done - start)
        self.cpu.append(cpu_seconds(self.server.process.pid) - cpu)
        built = [float(m.group(1)) for line in seen if (m := _BUILT.search(line))]
        if built:
            self.build.append(built[-1])


def measure(ours: Site, plain: Site, rounds: int) -> None:
    """Alternate the edits, so a busy machine slows both sites alike."""
    for site in (ours, plain):
        site.server.wait_for("Serving on")
    for n in range(rounds):
        ours.edit_and_wait(n)
        plain.edit_and_wait(n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours_dir = wegwijs_project(Path(tmp) / "ours", args.sheets)
        plain_dir = plain_project(Path(tmp) / "plain", args.sheets)
        ours = Site(ours_dir, ours_dir / "theme_sheets" / "fiche-0007.md")
        plain = Site(plain_dir, plain_dir / "docs" / "fiches" / "fiche-0007.md")
        try:
            measure(ours, plain, args.rounds)
        finally:
            ours.server.stop()
            plain.server.stop()
    rows = (("edit -> reload, wall", "wall"), ("rebuild, cpu", "cpu"), ("mkdocs 'built in'", "build"))
    for label, name in rows:
        a, b = statistics.median(getattr(ours, name)), statistics.median(getattr(plain, name))
        print(
            f"{args.sheets} sheets, {label:21s}: wegwijs {a:6.2f} s | plain material {b:6.2f} s | "
            f"ratio {a / b:.2f}x (median of {args.rounds})"
        )


if __name__ == "__main__":
    main()
