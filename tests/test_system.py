"""The machine has every system part Wegwijs relies on, and the checks for them really detect a gap."""

from __future__ import annotations

from pathlib import Path

from wegwijs.kiosk.voices import INSTALL_HINT, dutch_voice_problem, voices_for
from wegwijs.system import PARTS, SystemPart, missing_parts


def test_every_system_part_is_installed_and_works() -> None:
    missing = missing_parts()
    assert missing == [], "run scripts/setup.sh; missing:\n" + "\n".join(missing)


def test_setup_installs_the_packages_of_every_part() -> None:
    setup = (Path(__file__).resolve().parents[1] / "scripts" / "setup.sh").read_text(encoding="utf-8")
    listed = setup.split("SYSTEM_PACKAGES=(", 1)[1].split("\n)", 1)[0]
    words = {word for line in listed.splitlines() for word in line.split("#", 1)[0].split()}
    for part in PARTS:
        assert set(part.packages) <= words, part.name


def test_speech_dispatcher_offers_a_dutch_voice() -> None:
    voices = voices_for("nl")
    assert any(voice.module == "espeak-ng" for voice in voices), voices


def test_no_output_module_means_no_voice_and_says_what_to_install(tmp_path: Path) -> None:
    # speech-dispatcher without its espeak-ng module, as after an install without Recommends.
    problem = dutch_voice_problem(module_dir=tmp_path)
    assert problem is not None and problem.startswith("De knop 'Lees voor' werkt niet")
    assert INSTALL_HINT in problem and "speech-dispatcher-espeak-ng" in problem


def test_a_missing_part_names_its_packages() -> None:
    part = SystemPart("a test part", ("pakket-een", "pakket-twee"), lambda: "not there")
    assert missing_parts((part,)) == [
        "a test part: not there -> apt-get install --no-install-recommends pakket-een pakket-twee"
    ]
