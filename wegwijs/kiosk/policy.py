"""Chromium's managed policy for the kiosk: every address is blocked but the local site.

Chromium on Debian reads policies from /etc/chromium/policies/managed/*.json; only root can write
there, so the launcher writes the file when it runs as root and otherwise says what to put where.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

POLICY_DIR = Path("/etc/chromium/policies/managed")
POLICY_NAME = "wegwijs-kiosk.json"


def kiosk_policy(port: int) -> dict[str, Any]:
    """The policy: only http://127.0.0.1:PORT, no downloads, printing, file pickers, developer tools or sign-in."""
    return {
        "URLBlocklist": ["*"],
        "URLAllowlist": [f"http://127.0.0.1:{port}"],
        "DownloadRestrictions": 3,
        "PrintingEnabled": False,
        "DeveloperToolsAvailability": 2,
        "IncognitoModeAvailability": 1,
        "BrowserSignin": 0,
        "SyncDisabled": True,
        "PasswordManagerEnabled": False,
        "AutofillAddressEnabled": False,
        "AutofillCreditCardEnabled": False,
        "TranslateEnabled": False,
        "SearchSuggestEnabled": False,
        "DefaultNotificationsSetting": 2,
        "DefaultGeolocationSetting": 2,
        # No "choose a file" window: a visitor must not browse the kiosk's own disk.
        "AllowFileSelectionDialogs": False,
    }


def policy_json(port: int) -> str:
    return json.dumps(kiosk_policy(port), indent=2) + "\n"


def may_write(directory: Path = POLICY_DIR) -> bool:
    if directory.exists():
        return os.access(directory, os.W_OK)
    return os.geteuid() == 0 if hasattr(os, "geteuid") else False


def write_policy(port: int, directory: Path = POLICY_DIR) -> Path:
    """Write the policy file (the caller checks ``may_write`` first)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / POLICY_NAME
    path.write_text(policy_json(port), encoding="utf-8")
    return path


def installed_policy(port: int, directory: Path = POLICY_DIR) -> bool:
    """True when the policy in place already allows exactly this port."""
    path = directory / POLICY_NAME
    try:
        return json.loads(path.read_text(encoding="utf-8")) == kiosk_policy(port)
    except (OSError, ValueError):
        return False
