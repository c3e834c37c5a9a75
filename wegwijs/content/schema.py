"""Declarative validation of YAML against a schema, with source lines and Dutch messages.

Schemas are data (a mapping of key to :class:`Field`), like Material's typed config classes, so the
editors' guide and the validator read the same definition. Validation walks the composed YAML node
tree, not the constructed values, because only nodes know their line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from wegwijs.content import codes
from wegwijs.content.yamlnode import construct
from wegwijs.findings import Finding, Rule

#: A check gets the constructed value and returns a Dutch problem sentence, or None when fine.
#: A field's own check: None when the value is good, else the message (reported as WW025, or as
#: the field's ``rule``), or a (rule, message) pair when one check can find two kinds of problem.
Check = Callable[[Any], "str | tuple[Rule, str] | None"]

_TYPE_NAMES = {
    str: "een tekst",
    int: "een getal",
    float: "een getal",
    bool: "true of false",
    dt.date: "een datum zoals 2026-09-15",
    list: "een lijst",
    dict: "een groep velden",
}


@dataclass(frozen=True)
class Field:
    kind: type
    required: bool = False
    default: Any = None
    help: str = ""
    fields: Mapping[str, Field] | None = None
    items: Field | None = None
    choices: Sequence[str] | None = None
    max_length: int | None = None
    min_items: int = 0
    check: Check | None = None
    #: The code of a problem that ``check`` finds; a value out of range (WW025) unless told.
    rule: Rule | None = None


class Validator:
    def __init__(self, rel_path: str, line_offset: int) -> None:
        self.rel_path = rel_path
        self.line_offset = line_offset
        self.findings: list[Finding] = []
        self.lines: dict[tuple[str | int, ...], tuple[int, int]] = {}

    def position(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1

    def report(self, rule, message: str, node: yaml.Node | None, fallback: tuple[int, int]) -> None:
        line, column = self.position(node) if node is not None else fallback
        self.findings.append(rule.finding(message, self._path_of(node), line, column))

    def _path_of(self, node: yaml.Node | None) -> str:
        # Settings can come from two files (INHERIT): a node composed from a named stream knows its own.
        name = node.start_mark.name if node is not None else ""
        return self.rel_path if not name or name.startswith("<") else name

    def mapping(
        self, node: yaml.Node, schema: Mapping[str, Field], keypath: tuple, where: str
    ) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            self.report(codes.WRONG_TYPE, f"'{where}' moet een groep velden zijn.", node, (1, 1))
            return {}
        values: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        written: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in written:
                line, _ = self.position(written[key])
                self.report(
                    codes.DUPLICATE_KEY,
                    f"Het veld '{key}' staat twee keer (ook op regel {line}). Hou er één over.",
                    key_node, (1, 1),
                )
                continue
            written[key] = key_node
            self.lines[keypath + (key,)] = self.position(key_node)
            if key not in schema:
                self.report(codes.UNKNOWN_KEY, unknown_key_message(key, schema), key_node, (1, 1))
                continue
            seen[key] = key_node
            value = self.value(value_node, schema[key], keypath + (key,), key)
            if value is not None:
                values[key] = value
        for key, spec in schema.items():
            if key in seen:
                continue
            if spec.required:
                self.report(
                    codes.MISSING_KEY,
                    f"Het veld '{key}' ontbreekt. {spec.help}".strip(),
                    None,
                    self.position(node) if keypath else (self.position(node)[0], 1),
                )
            elif spec.default is not None:
                values[key] = spec.default
        return values

    def value(self, node: yaml.Node, spec: Field, keypath: tuple, name: str) -> Any:
        if spec.kind is dict and spec.fields is not None:
            return self.mapping(node, spec.fields, keypath, name)
        if spec.kind is dict:
            if not isinstance(node, yaml.MappingNode):
                self.report(codes.WRONG_TYPE, f"'{name}' moet een groep velden zijn.", node, (1, 1))
                return None
            value = construct(node)  # checked further by the feature that owns it (``check``)
            if spec.check is not None and (problem := spec.check(value)):
                self.report_check(spec, problem, node)
                return None
            return value
        if spec.kind is list:
            return self.sequence(node, spec, keypath, name)
        if not isinstance(node, yaml.ScalarNode):
            self.report(codes.WRONG_TYPE, f"'{name}' moet {_TYPE_NAMES[spec.kind]} zijn.", node, (1, 1))
            return None
        value = construct(node)
        if value is None:
            if spec.required:
                self.report(codes.MISSING_KEY, f"Het veld '{name}' is leeg. {spec.help}".strip(), node, (1, 1))
            return None
        value = self.coerce(node, spec, value, name)
        if value is None:
            return None
        if spec.choices is not None and value not in spec.choices:
            self.report(codes.UNKNOWN_VALUE, unknown_value_message(name, str(value), spec.choices), node, (1, 1))
            return None
        if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
            self.report(
                codes.TOO_LONG,
                f"'{name}' heeft {len(value)} tekens. Het mogen er hoogstens {spec.max_length} zijn.",
                node,
                (1, 1),
            )
        if spec.check is not None and (problem := spec.check(value)):
            self.report_check(spec, problem, node)
            return None
        return value

    def report_check(self, spec: Field, problem: str | tuple[Rule, str], node: yaml.Node) -> None:
        rule, message = problem if isinstance(problem, tuple) else (spec.rule or codes.INVALID_VALUE, problem)
        self.report(rule, message, node, (1, 1))

    def coerce(self, node: yaml.ScalarNode, spec: Field, value: Any, name: str) -> Any:
        if spec.kind is dt.date:
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            if problem := _impossible_day(str(node.value)):
                self.report(codes.NO_SUCH_DAY, f"'{name}: {node.value}': {problem}", node, (1, 1))
                return None
            self.report(
                codes.BAD_DATE,
                f"'{name}: {node.value}' is geen goede datum. Schrijf de datum zo: 2026-09-15.",
                node,
                (1, 1),
            )
            return None
        if spec.kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if spec.kind is str:
            return str(node.value)  # a phone number, a year or 'ja' written without quotes is text
        if (spec.kind is int and isinstance(value, bool)) or not isinstance(value, spec.kind):
            self.report(
                codes.WRONG_TYPE,
                f"'{name}' moet {_TYPE_NAMES[spec.kind]} zijn, niet '{node.value}'.",
                node,
                (1, 1),
            )
            return None
        return value

    def sequence(self, node: yaml.Node, spec: Field, keypath: tuple, name: str) -> list | None:
        if isinstance(node, yaml.ScalarNode) and spec.items is not None and spec.items.kind is str:
            value = construct(node)
            if value is None:
                return [] if not spec.required else self._empty_list(node, spec, name)
            return [str(value)]  # 'tags: intake' is a list of one, as an editor means it
        if not isinstance(node, yaml.SequenceNode):
            self.report(codes.WRONG_TYPE, f"'{name}' moet een lijst zijn.", node, (1, 1))
            return None
        if len(node.value) < spec.min_items:
            return self._empty_list(node, spec, name)
        items = []
        for index, item in enumerate(node.value):
            if spec.items is None:
                items.append(construct(item))
                continue
            value = self.value(item, spec.items, keypath + (index,), name)
            if value is not None:
                items.append(value)
        return items

    def _empty_list(self, node: yaml.Node, spec: Field, name: str) -> None:
        self.report(
            codes.MISSING_KEY,
            f"'{name}' heeft minstens {max(spec.min_items, 1)} element(en) nodig.",
            node,
            (1, 1),
        )
        return None


def validate(
    node: yaml.Node,
    schema: Mapping[str, Field],
    rel_path: str,
    *,
    line_offset: int = 1,
    where: str = "voorblad",
) -> tuple[dict[str, Any], list[Finding], dict[tuple, tuple[int, int]]]:
    """Validate ``node`` against ``schema``.

    ``line_offset`` is the number of file lines before the YAML text starts (1 for front matter:
    the opening ``---``). Returns the values, the findings and the (line, column) of every key seen.
    """
    validator = Validator(rel_path, line_offset)
    values = validator.mapping(node, schema, (), where)
    return values, validator.findings, validator.lines


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


def _impossible_day(text: str) -> str | None:
    """A Dutch sentence for a date written the right way whose day does not exist, else None."""
    match = _ISO_DATE.match(text.strip())
    if not match:
        return None
    year, month, day = map(int, match.groups())
    if not 1 <= month <= 12:
        return None  # more likely day and month swapped: WW007 shows the right order
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    return f"die dag bestaat niet. {_MONTHS[month - 1].capitalize()} {year} heeft {last} dagen."


def did_you_mean(word: str, options: Sequence[str]) -> str | None:
    matches = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


_PART = re.compile(r"[a-z0-9]+")
_GLUE = {"en", "of", "de", "het", "van"}


def nearest_choices(value: str, choices: Sequence[str]) -> list[str]:
    """The choice an editor most likely meant (a list of one, or empty): those that share the most words with ``value``
    (a word may have a typo), else one close by spelling. Ids such as 'hulp-en-geld' and
    'wonen-en-energie' look alike letter by letter ('-en-'), so the whole-string match alone
    proposes unrelated ones."""
    def parts(text: str) -> list[str]:
        return [p for p in _PART.findall(text.lower()) if p not in _GLUE]

    wanted = parts(value)
    scores = {}
    for choice in choices:
        own = parts(choice)
        matched = sum(
            1 for word in wanted
            if any(word == part or difflib.SequenceMatcher(None, word, part).ratio() >= 0.75 for part in own)
        )
        # More words in common first; then fewer words of the choice left over ('weerhouden' before
        # 'deels-weerhouden' for 'weerhoude').
        # Ties go to the closest spelling as a whole.
        scores[choice] = (matched, -(len(own) - matched), difflib.SequenceMatcher(None, value, choice).ratio())
    best = max(choices, key=scores.__getitem__, default=None)
    if best is not None and scores[best][0] > 0:
        return [best]
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.75)
    return close


def unknown_key_message(key: str, schema: Mapping[str, Field]) -> str:
    guess = did_you_mean(key, list(schema))
    if guess:
        return f"Het veld '{key}' kennen we niet. Bedoel je '{guess}'?"
    return f"Het veld '{key}' kennen we niet. Mogelijke velden: {', '.join(schema)}."


def unknown_value_message(name: str, value: str, choices: Sequence[str]) -> str:
    guesses = nearest_choices(value, choices)
    hint = f" Bedoel je {' of '.join(repr(g) for g in guesses)}?" if guesses else ""
    return f"'{value}' is geen goede waarde voor '{name}'.{hint} Kies uit: {', '.join(choices)}."
