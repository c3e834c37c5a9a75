"""No byte of a file outside the project reaches any output: not through the brochure renderer
(file: URLs, absolute paths, attachments) and not through a symlink in a content folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from conftest import build, make_project

PAYLOADS = Path(__file__).parent / "payloads"
MARKER = b"WW-GEHEIM-7f3a9c"


@pytest.fixture(scope="module")
def attacked(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("files")
    secret = root / "secret" / "geheim.png"
    secret.parent.mkdir()
    secret.write_bytes(MARKER + b" CI_TOKEN=abc\n")
    sheet = (PAYLOADS / "brochure-sheet.md").read_text(encoding="utf-8").replace("SECRET", str(secret))
    project = make_project(root / "project", sheets={"bestanden.md": sheet})
    (project / "theme_sheets" / "geheim.png").symlink_to(secret)
    (project / "theme_sheets" / "env.txt").symlink_to(secret)
    (project / "theme_sheets" / "doorverwijzing.md").symlink_to(secret)
    (project / "docs" / "geheim.txt").symlink_to(secret)
    return project, secret


def _no_marker_anywhere(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and MARKER in p.read_bytes()]


def test_symlinks_out_of_the_project_are_never_copied(attacked) -> None:
    project, _ = attacked
    for config, folder in (("mkdocs.yml", "site"), ("mkdocs-kiosk.yml", "site-kiosk")):
        result = build(project, config=config)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 1
        for name in ("theme_sheets/geheim.png", "theme_sheets/env.txt", "docs/geheim.txt", "theme_sheets/doorverwijzing.md"):
            assert f"{name}:1:1: WW014" in result.stderr, (name, result.stderr)
        assert _no_marker_anywhere(project / folder) == []
        assert not (project / folder / "fiches" / "env.txt").exists()


def _pdf_streams(path: Path) -> bytes:
    data = bytearray()
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    data += obj.read_bytes()
                except pikepdf.PdfError:
                    data += obj.read_raw_bytes()
    return bytes(data)


def test_brochure_reads_only_project_files_and_reports_each_refusal(attacked, tmp_path: Path) -> None:
    project, secret = attacked
    output = tmp_path / "brochure.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", "brochure", "-o", str(output), "--sheet", "bestanden"],
        cwd=project, capture_output=True, text=True, timeout=600,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert output.is_file(), result.stdout + result.stderr
    log = result.stdout + result.stderr
    assert "theme_sheets/bestanden.md:9:14: WW410" in log, log
    assert "theme_sheets/bestanden.md:11:25: WW409" in log, log
    assert "theme_sheets/bestanden.md:13:21: WW409" in log, log
    assert "theme_sheets/bestanden.md:15:20: WW409" in log, log
    assert "theme_sheets/bestanden.md:17:" in log, log
    with pikepdf.open(output) as pdf:
        assert len(pdf.attachments) == 0
        assert "/EmbeddedFiles" not in str(pdf.Root.get("/Names", {}))
    assert MARKER not in output.read_bytes()
    assert MARKER not in _pdf_streams(output)
    if shutil.which("pdfdetach"):
        listing = subprocess.run(["pdfdetach", "-list", str(output)], capture_output=True, text=True)
        assert listing.stdout.strip().startswith("0 embedded files"), listing.stdout
