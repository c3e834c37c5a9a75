"""Inputs that once ended in a traceback, a leak of personal data or a build that differs each time."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from conftest import build, make_project

PAYLOADS = Path(__file__).parent / "payloads"
EMPTY = "---\n---\n\nTekst.\n"
DEEP_LIST = "---\ntitle: Diep\ndescription: Een lijst met heel veel lagen.\ncategory: hulp-en-geld\n---\n\n" + "".join(
    "  " * i + "- punt\n" for i in range(500)
)
DEEP_YAML = "---\ntitle: Diep\ndescription: " + "[" * 500 + "]" * 500 + "\ncategory: hulp-en-geld\n---\n\nTekst.\n"
NARROW = "Bel 0470\u202f12\u202f34\u202f56 na de middag."


def _check(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", "check", "theme_sheets", "docs"],
        cwd=project, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="module")
def bad_project(tmp_path_factory) -> Path:
    return make_project(
        tmp_path_factory.mktemp("bad"),
        examples=False,
        sheets={"leeg.md": EMPTY, "diep.md": DEEP_LIST, "diepe-yaml.md": DEEP_YAML},
        docs={"dialoog/2026-01-05-leeg.md": EMPTY},
    )


def test_empty_front_matter_and_deep_nesting_give_findings_not_tracebacks(bad_project: Path) -> None:
    result = build(bad_project)
    assert "Traceback" not in result.stderr and "Error reading page" not in result.stderr, result.stderr
    assert result.returncode == 1
    checked = _check(bad_project)
    assert "Traceback" not in checked.stderr, checked.stderr
    assert checked.returncode == 1
    for log in (result.stderr, checked.stdout + checked.stderr):
        assert "theme_sheets/leeg.md:2:1: WW005" in log, log
        assert "docs/dialoog/2026-01-05-leeg.md:2:1: WW005" in log, log
        assert "theme_sheets/diep.md:28:1: WW015" in log, log
        # Refused either while reading (WW003, too deep) or as a wrong value (WW006, libyaml).
        assert re.search(r"theme_sheets/diepe-yaml\.md:\d+:\d+: WW00[36]", log), log


def test_anonymity_guard_reads_values_everywhere_under_dialoog(tmp_path: Path) -> None:
    folded = (PAYLOADS / "pii-folded.md").read_text(encoding="utf-8")
    project = make_project(
        tmp_path,
        docs={
            "dialoog/2026-03-12-wachtzaal.md": folded,
            "dialoog/2026/2026-04-01-genest.md": folded.replace("wachtzaal", "gang"),
            "dialoog/2026-05-01-ander.markdown": folded.replace("wachtzaal", "balie"),
            "dialoog/index.md": f"---\ntitle: Alle voorstellen\n---\n\n{NARROW}\n",
        },
    )
    result = build(project)
    log = result.stderr
    assert "Traceback" not in log, log
    assert result.returncode == 1
    for name in ("dialoog/2026-03-12-wachtzaal.md", "dialoog/2026/2026-04-01-genest.md", "dialoog/2026-05-01-ander.markdown"):
        assert f"docs/{name}:11:" in log and "WW302" in log, (name, log)  # the phone folded over two lines
        assert f"docs/{name}:12:" in log, (name, log)  # the IBAN folded over two lines
        assert f"docs/{name}:16:" in log, (name, log)  # the phone in the text
    assert "docs/dialoog/index.md:5:5: WW302" in log, log  # with narrow no-break spaces
    # The log masks the data.
    for secret in ("0470 12 34 56", "12\u202f34", "5390 0754", "0471 23 45 67"):
        assert secret not in log


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_builds_with_source_date_epoch_are_byte_identical(tmp_path: Path) -> None:
    # Two fresh projects at paths of different lengths, each build with its own hash seed (so set
    # and dict order of strings differs): every file of site/ and site-kiosk/ must be equal, the
    # PDFs (A4, A5, booklets, one per sheet) included.
    outputs = []
    saved = {name: os.environ.get(name) for name in ("SOURCE_DATE_EPOCH", "PYTHONHASHSEED")}
    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"  # 2027-01-01: after every date in the examples
    try:
        for seed, name in (("1", "a"), ("2", "een-langere-map")):
            os.environ["PYTHONHASHSEED"] = seed
            project = make_project(tmp_path / name)
            for config in ("mkdocs.yml", "mkdocs-kiosk.yml"):
                result = build(project, config=config)
                assert result.returncode == 0, result.stderr
            outputs.append({folder: _tree_digest(project / folder) for folder in ("site", "site-kiosk")})
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    first, second = outputs
    pdfs = [name for name in first["site"] if name.endswith(".pdf")]
    assert "brochure/welkomstbrochure.pdf" in pdfs and "brochure/welkomstbrochure-a5.pdf" in pdfs, pdfs
    assert any("boekje" in name or "booklet" in name for name in pdfs) and len(pdfs) > 10, pdfs
    for folder in ("site", "site-kiosk"):
        assert first[folder].keys() == second[folder].keys(), folder
        differ = sorted(k for k in first[folder] if first[folder][k] != second[folder][k])
        assert differ == [], (folder, differ)
    with pikepdf.open(tmp_path / "a" / "site" / "brochure" / "welkomstbrochure.pdf") as pdf:
        assert b"2027-01-01T00:00:00" in pdf.Root.Metadata.read_bytes()


def test_two_builds_of_one_project_at_once(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")],
            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    results = [(run.wait(timeout=600), run.stderr.read()) for run in runs]
    for code, stderr in results:
        assert "Traceback" not in stderr and code == 0, stderr
    # The cache is whole: the next build renders nothing again and its PDFs open.
    again = build(project)
    assert again.returncode == 0, again.stderr
    assert "Opnieuw gemaakt: 0 delen" in again.stderr, again.stderr
    for pdf_path in (project / "site" / "brochure").rglob("*.pdf"):
        with pikepdf.open(pdf_path) as pdf:
            assert len(pdf.pages) >= 1
    assert not list((project / ".cache").rglob("*.tmp"))
