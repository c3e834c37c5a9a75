"""Which voices can the kiosk's "Lees voor" button use?

Chromium on Linux speaks through speech-dispatcher. speech-dispatcher itself has no voice: it needs
an output module for a synthesizer (``sd_espeak-ng``, in Debian's ``speech-dispatcher-espeak-ng``,
which is only a *Recommends* of ``speech-dispatcher``, so an install with --no-install-recommends
has no voice at all and the button silently never appears). Rather than guess from files, we ask a
private speech-dispatcher for its voices, the way Chromium asks the user's one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: What to install on Debian or Ubuntu for a Dutch voice.
INSTALL_HINT = "sudo apt-get install --no-install-recommends speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
#: How long speech-dispatcher may take to start and to answer: espeak-ng lists some 13,000 voices
#: (every language times every variant), which takes seconds on a busy machine.
START_SECONDS = 60.0


@dataclass(frozen=True)
class Voice:
    name: str
    language: str
    module: str


class VoiceError(Exception):
    """speech-dispatcher is missing or does not answer; the message is plain Dutch for staff."""


def list_voices(*, module_dir: Path | None = None, timeout: float = START_SECONDS) -> list[Voice]:
    """Every voice a private speech-dispatcher offers (``module_dir``: where its output modules are)."""
    daemon_program, client = shutil.which("speech-dispatcher"), shutil.which("spd-say")
    if not daemon_program or not client:
        raise VoiceError(f"speech-dispatcher ontbreekt op deze computer. Installeer het zo: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="wegwijs-stemmen-") as folder:
        socket_path = Path(folder) / "speechd.sock"
        command = [
            daemon_program, "--run-single", "--communication-method", "unix_socket",
            "--socket-path", str(socket_path), "--pid-file", str(Path(folder) / "speechd.pid"),
            "--timeout", str(int(timeout) + 5),
        ]
        if module_dir is not None:
            command += ["--module-dir", str(module_dir)]
        daemon = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + timeout
            while not socket_path.exists():
                if daemon.poll() is not None or time.monotonic() > deadline:
                    # It quits at once when it finds no output module, that is: no voice at all.
                    raise VoiceError(f"speech-dispatcher heeft geen enkele stem, of het start niet. Installeer zo: {INSTALL_HINT}")
                time.sleep(0.05)
            env = {**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{socket_path}"}
            # The socket file exists a moment before the daemon answers on it: ask until it does.
            while (modules := _ask(client, ["-O"], env, timeout)) is None:
                if daemon.poll() is not None or time.monotonic() > deadline:
                    raise VoiceError("speech-dispatcher antwoordt niet.")
                time.sleep(0.1)
            return [
                voice
                for module in modules[1:]  # the first line is a heading
                for voice in _voices(module.strip(), _ask(client, ["-o", module.strip(), "-L"], env, timeout) or [])
            ]
        finally:
            daemon.terminate()
            try:
                daemon.wait(timeout=5)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()


def voices_for(language: str, **options) -> list[Voice]:
    """The voices for one language (``nl`` also takes ``nl-BE`` and ``nl-NL``)."""
    wanted = language.lower()
    return [v for v in list_voices(**options) if v.language.lower().split("-")[0] == wanted]


def dutch_voice_problem(**options) -> str | None:
    """``None`` when "Lees voor" can speak Dutch; otherwise what is wrong and what to install, in Dutch."""
    try:
        found = voices_for("nl", **options)
    except VoiceError as error:
        return f"De knop 'Lees voor' werkt niet: {error}"
    if found:
        return None
    return f"De knop 'Lees voor' werkt niet: er is geen Nederlandse stem. Installeer er een zo: {INSTALL_HINT}"


def _ask(client: str, arguments: list[str], env: dict[str, str], timeout: float) -> list[str] | None:
    """The answer's lines, or ``None`` when the daemon did not answer."""
    try:
        result = subprocess.run([client, *arguments], env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise VoiceError("speech-dispatcher antwoordt niet.") from None
    if result.returncode != 0:
        return None
    return [line for line in result.stdout.splitlines() if line.strip()]


def _voices(module: str, lines: list[str]) -> list[Voice]:
    voices = []
    for line in lines:
        # "NAME LANGUAGE VARIANT", where a name may hold spaces ("Dutch+Adam", "Chinese (Mandarin)").
        *name, language, _variant = line.split()
        if name and name != ["NAME"]:
            voices.append(Voice(name=" ".join(name), language=language, module=module))
    return voices
