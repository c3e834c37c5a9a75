"""Masks: enough to find the spot, too little to read the data (logs are often kept or shared)."""

from __future__ import annotations


def mask_keep(text: str, keep_start: int, keep_end: int, *, skip_letters: int = 0) -> str:
    """Star every letter and digit except the first ``keep_start`` and last ``keep_end`` ones.

    Separators stay, so '0470 12 34 56' becomes '04** ** ** 56'. ``skip_letters`` leading letters
    (an IBAN's country code) are kept on top of ``keep_start``.
    """
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    keep = set(positions[: skip_letters + keep_start]) | set(positions[len(positions) - keep_end :])
    return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(text))


def mask_email(text: str) -> str:
    """'jan.peeters@example.org' -> 'j***@e***.org'."""
    local, _, domain = text.partition("@")
    host, _, tld = domain.rpartition(".")
    return f"{local[:1]}***@{host[:1]}***.{tld}"


def mask_address(street: str, kind: str) -> str:
    """'Kerkstraat' -> 'K***straat **', 'Grote Markt' -> 'G*** M*** **': the kind shows, not the name."""
    words = street.split()
    last = words[-1]
    tail = f"{last[:1]}***{kind}" if last.lower() != kind else f"{last[:1]}***"
    return " ".join([*(f"{w[:1]}***" for w in words[:-1]), tail, "**"])


def mask_name(text: str) -> str:
    """'Marie Peeters' -> 'M*** P***'."""
    return " ".join(f"{word[:1]}***" for word in text.split())
