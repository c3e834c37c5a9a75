"""Which voices can the kiosk's "Lees voor" button use?

Chromium on Linux speaks through speech-dispatcher. speech-dispatcher itself has no voice: it needs
an output module for a synthesizer (``sd_espeak-ng``, in Debian's ``speech-dispatcher-espeak-ng``,
which is only a *Recommends* of ``speech-dispatcher``, so an install with --no-install-recommends
has no voice at all and the button silently never appears). Rather than guess from files, we ask a
private speech-dispatcher for its voices, the way Chromium asks the user's one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
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


@contextlib.contextmanager
def private_speech_dispatcher(
    folder: Path, *, module_dir: Path | None = None, timeout: float = START_SECONDS
) -> Iterator[dict[str, str]]:
    """A speech-dispatcher of our own on a socket in ``folder``; yields the environment to reach it.

    The shared daemon that clients autospawn quits when idle, and without a sound device that
    shutdown can hang with its socket still open, so that every later client sees no voices. A
    private one in its own process group (its output modules included) is ended for sure.
    """
    program = shutil.which("speech-dispatcher")
    if not program or not shutil.which("spd-say"):
        raise VoiceError(f"speech-dispatcher ontbreekt op deze computer. Installeer het zo: {INSTALL_HINT}")
    socket_path = folder / "speechd.sock"
    command = [
        program, "--run-single", "--communication-method", "unix_socket", "--socket-path", str(socket_path),
        "--pid-file", str(folder / "speechd.pid"), "--log-dir", str(folder), "--timeout", "0",
    ]
    if module_dir is not None:
        command += ["--module-dir", str(module_dir)]
    daemon = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + timeout
        while not socket_path.exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                # It quits at once when it finds no output module, that is: no voice at all.
                raise VoiceError(f"speech-dispatcher heeft geen enkele stem, of het start niet. Installeer zo: {INSTALL_HINT}")
            time.sleep(0.05)
        yield {**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{socket_path}"}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(daemon.pid, signal.SIGKILL)
        daemon.wait()


def list_voices(*, module_dir: Path | None = None, timeout: float = START_SECONDS) -> list[Voice]:
    """Every voice a private speech-dispatcher offers (``module_dir``: where its output modules are)."""
    client = shutil.which("spd-say") or "spd-say"
    with tempfile.TemporaryDirectory(prefix="wegwijs-stemmen-") as folder:
        with private_speech_dispatcher(Path(folder), module_dir=module_dir, timeout=timeout) as env:
            deadline = time.monotonic() + timeout
            # The socket file exists a moment before the daemon answers on it: ask until it does.
            while (modules := _ask(client, ["-O"], env, timeout)) is None:
                if time.monotonic() > deadline:
                    raise VoiceError("speech-dispatcher antwoordt niet.")
                time.sleep(0.1)
            return [
                voice
                for module in modules[1:]  # the first line is a heading
                for voice in _voices(module.strip(), _ask(client, ["-o", module.strip(), "-L"], env, timeout) or [])
            ]


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
