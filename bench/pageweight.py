"""Page weight: gzip bytes of HTML + CSS + JS for the start page and a sheet, website and kiosk.

Usage: python bench/pageweight.py [--sheet het-leefloon]

Builds the repo's example content three ways in a temp dir (website, kiosk, and a plain Material
site with the same Markdown pages) and counts what a first visit downloads: the page itself and the
stylesheets and scripts it links (each gzip-compressed on its own, as a server would). Search's
index and worker load only when someone searches, so they are not counted. Goal: <= 80 KB per page.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlparse

REPO = Path(__file__).resolve().parents[1]
GOAL_KB = 80
PROJECT_FILES = ("mkdocs.yml", "mkdocs-kiosk.yml", "hooks", "overrides", "woordenlijst.yml", "docs", "theme_sheets")
PLAIN_CONFIG = """site_name: Plain Material
theme:
  name: material
  language: nl
  font: false
plugins:
  - search:
      lang: nl
markdown_extensions: [abbr, admonition, attr_list, md_in_html, tables, toc]
nav:
  - Start: index.md
  - Fiche: fiche.md
"""


def mkdocs_build(project: Path, config: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / config)],
        cwd=project, env=env, capture_output=True, text=True,
    )
    if result.returncode:
        sys.exit(f"mkdocs build -f {config} failed:\n{result.stderr}")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def page_weight(site: Path, page_path: str) -> dict[str, int]:
    """gzip bytes by kind for one page and the local CSS and JS it links."""
    html_file = site / page_path / "index.html"
    html = html_file.read_bytes()
    weights = {"html": gz(html), "css": 0, "js": 0}
    page_url = "http://site/" + page_path
    text = html.decode("utf-8")
    links = re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"', text)
    scripts = re.findall(r'<script\b[^>]*src="([^"]+)"', text)
    for kind, urls in (("css", links), ("js", scripts)):
        for url in urls:
            absolute = urlparse(urljoin(page_url, url))
            if absolute.netloc != "site":
                continue  # another host: the theme makes none, but never count what we cannot read
            weights[kind] += gz((site / absolute.path.lstrip("/")).read_bytes())
    weights["total"] = weights["html"] + weights["css"] + weights["js"]
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", default="het-leefloon", help="the slug of the sheet to weigh")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wegwijs-pageweight-") as tmp:
        project = Path(tmp) / "wegwijs"
        project.mkdir()
        for name in PROJECT_FILES:
            source = REPO / name
            if source.is_dir():
                shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
            elif source.exists():
                shutil.copy2(source, project / name)
        mkdocs_build(project, "mkdocs.yml")
        mkdocs_build(project, "mkdocs-kiosk.yml")

        plain = Path(tmp) / "plain"
        (plain / "docs").mkdir(parents=True)
        (plain / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
        shutil.copy2(REPO / "docs" / "index.md", plain / "docs" / "index.md")
        shutil.copy2(REPO / "theme_sheets" / f"{args.sheet}.md", plain / "docs" / "fiche.md")
        mkdocs_build(plain, "mkdocs.yml")

        rows = [
            ("start", "", ""),
            ("fiche", f"fiches/{args.sheet}/", "fiche/"),
        ]
        print(f"{'page':<7} {'build':<8} {'html':>7} {'css':>7} {'js':>7} {'total':>8} {'vs plain':>9}  goal <= {GOAL_KB} KB")
        worst = 0
        for label, path, plain_path in rows:
            baseline = page_weight(plain / "site", plain_path)
            print(f"{label:<7} {'plain':<8} {baseline['html']:>7} {baseline['css']:>7} {baseline['js']:>7} "
                  f"{baseline['total']:>8} {1:>9.2f}")
            for build, site in (("website", project / "site"), ("kiosk", project / "site-kiosk")):
                w = page_weight(site, path)
                worst = max(worst, w["total"])
                print(f"{label:<7} {build:<8} {w['html']:>7} {w['css']:>7} {w['js']:>7} {w['total']:>8} "
                      f"{w['total'] / baseline['total']:>9.2f}")
        verdict = "ok" if worst <= GOAL_KB * 1000 else "TOO HEAVY"
        print(f"heaviest page: {worst / 1000:.1f} KB gzip ({verdict}; goal {GOAL_KB} KB)")


if __name__ == "__main__":
    main()
