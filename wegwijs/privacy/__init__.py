"""Anonymity guard: personal data must not end up in a published dialogue result."""

from wegwijs.privacy.guard import Allowlist, scan_text

__all__ = ["Allowlist", "scan_text"]
