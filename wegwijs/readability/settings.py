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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from wegwijs.content import codes
from wegwijs.content.schema import Field, validate
from wegwijs.findings import Finding, Rule, Severity
from wegwijs.readability.rules import RULES
from wegwijs.readability.thresholds import DEFAULT_SEVERITIES, DEFAULT_THRESHOLDS, LEVELS, Thresholds

__all__ = ["DEFAULT_SEVERITIES", "DEFAULT_THRESHOLDS", "LEVELS", "OFF", "READABILITY_SCHEMA", "ReadabilitySettings", "Thresholds"]

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
    def from_settings(cls, site_settings: Any) -> tuple[ReadabilitySettings, list[Finding]]:
        """Settings from ``extra.wegwijs.readability`` as validated by :data:`READABILITY_SCHEMA`.

        The schema has already reported unknown keys, wrong types and bad codes at their own line
        (``Settings.lines``); what is left is the one check across two values.
        """
        def where(keypath: tuple) -> tuple[str, int, int]:
            line, column = site_settings.lines.get(("readability", *keypath), (1, 1))
            return site_settings.config_file, line, column

        return cls.from_values(site_settings.readability or {}, site_settings.level, where)

    @classmethod
    def from_values(
        cls, config: Mapping[str, Any], default_level: str = "B1",
        where: Callable[[tuple], tuple[str, int, int]] = lambda keypath: ("mkdocs.yml", 1, 1),
    ) -> tuple[ReadabilitySettings, list[Finding]]:
        """Settings from values the schema accepted; the defaults are those of :class:`Thresholds`."""
        thresholds = dict(DEFAULT_THRESHOLDS)
        findings: list[Finding] = []
        for name in LEVELS:
            if not config.get(name):
                continue
            merged = dataclasses.replace(thresholds[name], **config[name])
            if merged.sentence_words_error < merged.sentence_words_warning:
                key = "sentence_words_error" if "sentence_words_error" in config[name] else "sentence_words_warning"
                findings.append(codes.THRESHOLDS_CLASH.finding(
                    f"'{key}' klopt niet: sentence_words_error moet minstens zo groot zijn als "
                    "sentence_words_warning.", *where((name, key)),
                ))
                continue
            thresholds[name] = merged
        severities = {str(code).upper(): _severity_name(value) for code, value in (config.get("rules") or {}).items()}
        return cls(str(config.get("level") or default_level), thresholds, severities), findings

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None) -> tuple[ReadabilitySettings, list[str]]:
        """Settings from a plain mapping (tests, other tools), checked by the same schema as
        mkdocs.yml; problems come back as plain Dutch sentences."""
        if config is None:
            return cls(), []
        node = yaml.compose(yaml.safe_dump(config if isinstance(config, Mapping) else [config]), Loader=yaml.SafeLoader)
        values, findings, _ = validate(node, READABILITY_SCHEMA, "mkdocs.yml", line_offset=0, where="readability")
        settings, more = cls.from_values(values)
        return settings, [f.message for f in findings + more]


def _severity_name(value: Any) -> str:
    return OFF if value is False else str(value).lower()


def _not_negative(value: float) -> str | None:
    return "Een drempel mag niet negatief zijn." if value < 0 else None


def _check_rules(value: Any) -> tuple[Rule, str] | None:
    """A problem in ``readability.rules`` (code: severity), or None."""
    for code, severity in value.items():
        if str(code).upper() not in RULES:
            guess = difflib.get_close_matches(str(code).upper(), list(RULES), n=1, cutoff=0.6)
            hint = f" Bedoel je '{guess[0]}'?" if guess else ""
            return codes.UNKNOWN_CODE, f"De code '{code}' kennen we niet.{hint}"
        if _severity_name(severity) not in _SEVERITY_CHOICES:
            return codes.UNKNOWN_VALUE, f"'{code}: {severity}' kennen we niet. Kies uit: {', '.join(_SEVERITY_CHOICES)}."
    return None


#: ``extra.wegwijs.readability``: one typed schema, so every problem is reported at its own line.
THRESHOLD_SCHEMA = {
    f.name: Field(float if f.type in ("float", float) else int, check=_not_negative)
    for f in dataclasses.fields(Thresholds)
}
READABILITY_SCHEMA = {
    "level": Field(str, choices=LEVELS),
    **{name: Field(dict, fields=THRESHOLD_SCHEMA) for name in LEVELS},
    "rules": Field(dict, check=_check_rules),
}
