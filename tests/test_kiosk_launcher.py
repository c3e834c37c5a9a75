"""`wegwijs kiosk`: the command line, the loopback server and the Chromium policy (no browser started)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from wegwijs.commands.kiosk import kiosk
from wegwijs.kiosk.launcher import KioskError, KioskPlan
from wegwijs.kiosk.policy import installed_policy, kiosk_policy, write_policy
from wegwijs.kiosk.server import base_url, start_server


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site-kiosk"
    (site / "fiches").mkdir(parents=True)
    (site / "index.html").write_text("<h1>Start</h1>", encoding="utf-8")
    return site


def test_print_policy_blocks_everything_but_the_local_site() -> None:
    result = CliRunner().invoke(kiosk, ["--print-policy", "--port", "8800", "-f", "missing.yml"])
    assert result.exit_code == 0
    policy = json.loads(result.stdout)
    assert policy["URLBlocklist"] == ["*"]
    assert policy["URLAllowlist"] == ["http://127.0.0.1:8800"]
    assert policy["DownloadRestrictions"] == 3 and policy["PrintingEnabled"] is False
    assert policy["AllowFileSelectionDialogs"] is False
    assert "/etc/chromium/policies/managed/wegwijs-kiosk.json" in result.stderr


def test_dry_run_prints_server_policy_and_kiosk_browser(site: Path) -> None:
    result = CliRunner().invoke(
        kiosk, ["--dry-run", "--site-dir", str(site), "--port", "8801", "--browser", "/usr/bin/chromium"]
    )
    assert result.exit_code == 0, result.output
    server, policy, voice, browser = result.output.splitlines()
    assert "http://127.0.0.1:8801/" in server
    assert policy.startswith("beleid:")
    assert voice == "stem: er is een Nederlandse stem voor 'Lees voor'"
    for flag in ("--kiosk", "--enable-speech-dispatcher", "--no-first-run", "--user-data-dir=", "http://127.0.0.1:8801/"):
        assert flag in browser


def test_port_comes_from_the_kiosk_config(site: Path) -> None:
    repo = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(
        kiosk, ["--dry-run", "-f", str(repo / "mkdocs-kiosk.yml"), "--site-dir", str(site), "--browser", "chromium"]
    )
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output


def test_missing_kiosk_build_is_a_dutch_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(kiosk, ["--dry-run", "--site-dir", str(tmp_path / "nergens")])
    assert result.exit_code == 1
    assert "Fout: In " in result.output and "mkdocs build -f mkdocs-kiosk.yml" in result.output
    assert "Traceback" not in result.output


def test_server_serves_the_site_on_loopback_only_and_lists_no_folders(site: Path) -> None:
    server = start_server(site, 0)
    try:
        url = base_url(server)
        assert server.server_address[0] == "127.0.0.1"
        with urllib.request.urlopen(url) as response:
            assert response.read() == b"<h1>Start</h1>"
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(url + "fiches/")
        assert error.value.code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_policy_is_written_where_chromium_reads_it(tmp_path: Path) -> None:
    directory = tmp_path / "policies" / "managed"
    assert not installed_policy(8765, directory)
    path = write_policy(8765, directory)
    assert path == directory / "wegwijs-kiosk.json"
    assert json.loads(path.read_text(encoding="utf-8")) == kiosk_policy(8765)
    assert installed_policy(8765, directory)
    assert not installed_policy(8766, directory)


def test_plan_without_chromium_says_how_to_install_it(site: Path) -> None:
    plan = KioskPlan(site_dir=site, port=8765, chromium=None)
    with pytest.raises(KioskError, match="apt-get install chromium"):
        plan.browser_command(Path("/tmp/profiel"))


def test_without_speech_dispatcher_staff_read_what_to_install(site: Path, tmp_path: Path, monkeypatch) -> None:
    # A machine where speech-dispatcher was never installed: nothing of it on the PATH.
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = CliRunner().invoke(kiosk, ["--dry-run", "--site-dir", str(site), "--port", "8802"])
    assert result.exit_code == 0, result.output
    voice = next(line for line in result.output.splitlines() if line.startswith("stem: "))
    assert "De knop 'Lees voor' werkt niet: speech-dispatcher ontbreekt" in voice
    assert "sudo apt-get install --no-install-recommends speech-dispatcher speech-dispatcher-espeak-ng" in voice
