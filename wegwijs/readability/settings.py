"""Thresholds of the readability rules, per reading level, overridable in ``extra.wegwijs.readability``.

```yaml
extra:
  wegwijs:
    readability:
      level: B1                  # the level of a page that does not choose one
      B1:
        sentence_words_warning: 18
      A2:
        zipf_min: 3.5
      rules:
        WW109: warning           # error | warning | info | off
```

Starting points (design note): for B1 about 10-12 words per sentence on average, at most 15-20 in
one sentence, no passive with "worden", at most one subordinate clause, paragraphs under 100 words,
Flesch-Douma 60 or more. A2 is stricter everywhere.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wegwijs.findings import Severity
from wegwijs.readability.rules import RULES
from wegwijs.readability.thresholds import DEFAULT_SEVERITIES, DEFAULT_THRESHOLDS, LEVELS, Thresholds

__all__ = ["DEFAULT_SEVERITIES", "DEFAULT_THRESHOLDS", "LEVELS", "OFF", "ReadabilitySettings", "Thresholds"]

OFF = "off"

_SEVERITY_CHOICES = ("error", "warning", "info", OFF)


@dataclass(frozen=True)
class ReadabilitySettings:
    level: str = "B1"
    thresholds: Mapping[str, Thresholds] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    severities: Mapping[str, str] = field(default_factory=dict)  # code -> error|warning|info|off

    def for_level(self, level: str | None) -> Thresholds:
        return self.thresholds.get(level or self.level) or self.thresholds[self.level]

    def severity(self, code: str, default: Severity, level: str | None = None) -> Severity | None:
        """The severity of ``code`` at ``level``; None when the rule is switched off."""
        name = self.severities.get(code) or DEFAULT_SEVERITIES.get(level or self.level, {}).get(code)
        if name is None:
            return default
        return None if name == OFF else Severity(name)

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None) -> tuple[ReadabilitySettings, list[str]]:
        """Settings from ``extra.wegwijs.readability``; problems come back as plain Dutch sentences."""
        errors: list[str] = []
        if config is None:
            return cls(), errors
        if not isinstance(config, Mapping):
            return cls(), ["'readability' moet een groep instellingen zijn."]
        where = "extra.wegwijs.readability"
        level = config.get("level", "B1")
        if level not in LEVELS:
            errors.append(f"{where}.level: '{level}' bestaat niet. Kies uit: {', '.join(LEVELS)}.")
            level = "B1"
        thresholds = dict(DEFAULT_THRESHOLDS)
        severities: dict[str, str] = {}
        for key, value in config.items():
            if key == "level":
                continue
            if key in LEVELS:
                thresholds[key] = _thresholds(thresholds[key], value, f"{where}.{key}", errors)
            elif key == "rules":
                severities = _severities(value, f"{where}.rules", errors)
            else:
                errors.append(_unknown(key, ("level", "rules", *LEVELS), where))
        return cls(str(level), thresholds, severities), errors


def _thresholds(base: Thresholds, value: Any, where: str, errors: list[str]) -> Thresholds:
    if not isinstance(value, Mapping):
        errors.append(f"{where} moet een groep instellingen zijn, zoals 'sentence_words_warning: 18'.")
        return base
    names = {f.name: f for f in dataclasses.fields(Thresholds)}
    changes: dict[str, Any] = {}
    for key, number in value.items():
        if key not in names:
            errors.append(_unknown(str(key), tuple(names), where))
            continue
        kind = float if names[key].type in ("float", float) else int
        if isinstance(number, bool) or not isinstance(number, (int, float)) or (kind is int and number != int(number)):
            errors.append(f"{where}.{key} moet een {'getal' if kind is float else 'geheel getal'} zijn, niet '{number}'.")
            continue
        if number < 0:
            errors.append(f"{where}.{key} mag niet negatief zijn.")
            continue
        changes[key] = kind(number)
    merged = dataclasses.replace(base, **changes)
    if merged.sentence_words_error < merged.sentence_words_warning:
        errors.append(f"{where}: sentence_words_error moet minstens zo groot zijn als sentence_words_warning.")
    return merged


def _severities(value: Any, where: str, errors: list[str]) -> dict[str, str]:
    if not isinstance(value, Mapping):
        errors.append(f"{where} moet een lijst van codes zijn, zoals 'WW109: warning'.")
        return {}
    result: dict[str, str] = {}
    for code, severity in value.items():
        code = str(code).upper()
        if code not in RULES:
            errors.append(_unknown(code, tuple(RULES), where, what="De code"))
            continue
        severity = OFF if severity is False else str(severity).lower()
        if severity not in _SEVERITY_CHOICES:
            errors.append(f"{where}.{code}: '{severity}' kennen we niet. Kies uit: {', '.join(_SEVERITY_CHOICES)}.")
            continue
        result[code] = severity
    return result


def _unknown(key: str, options: tuple[str, ...], where: str, what: str = "De instelling") -> str:
    guess = difflib.get_close_matches(key, list(options), n=1, cutoff=0.6)
    hint = f" Bedoel je '{guess[0]}'?" if guess else f" Mogelijk: {', '.join(options)}."
    return f"{where}: {what} '{key}' kennen we niet.{hint}"
