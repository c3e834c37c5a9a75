"""Kiosk options: one typed class with the defaults, used by the settings schema and the launcher."""

from __future__ import annotations

from wegwijs.kiosk.options import KioskOptions
from wegwijs.rulebook import all_rules
from wegwijs.settings import KIOSK_SCHEMA


def test_schema_defaults_come_from_the_options_class() -> None:
    assert {name: field.default for name, field in KIOSK_SCHEMA.items()} == KioskOptions.defaults()
    assert KioskOptions.from_settings(None) == KioskOptions() == KioskOptions.from_settings({"home": "/"})
    assert KioskOptions().home == ""  # the start page, the same everywhere


def test_given_options_win_and_home_is_relative() -> None:
    options = KioskOptions.from_settings({"idle_seconds": 60, "home": "/categorie/gezondheid/"})
    assert (options.idle_seconds, options.warning_seconds, options.home) == (60, 30, "categorie/gezondheid/")


def test_short_warning_is_in_the_rule_registry() -> None:
    rule = all_rules()["WW090"]
    assert rule.name == "kiosk-te-kort"
    assert "WW090" in [f.code for f in KioskOptions(warning_seconds=5).findings("mkdocs.yml")]
