"""``analyse_markdown``: one page's metrics, sentences and findings, with positions in the source."""

from __future__ import annotations

import gc
from bisect import bisect_right
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Protocol

from wegwijs.findings import Finding, Severity
from wegwijs.readability import detect, difficulty
from wegwijs.readability.markdown_text import HEADING, Directive, extract
from wegwijs.readability.rules import CHECKS, NO_BREAK_SPACES, RULES, UNKNOWN_CODE, Page
from wegwijs.readability.sentences import INVISIBLE, Sentence, brouwer, flesch_douma, split_sentences, word_info
from wegwijs.readability.settings import ReadabilitySettings


class Glossary(Protocol):
    def covers(self, word: str) -> bool: ...


@dataclass
class PageAnalysis:
    path: str
    level: str
    metrics: dict[str, Any]
    sentences: list[Sentence]
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self, words: bool = True) -> dict[str, Any]:
        """The stable JSON shape other tools read (``wegwijs analyse --format json``).

        ``words=False`` leaves out each sentence's per-word list (the site's readability.json).
        """
        return {
            "path": self.path,
            "level": self.level,
            "metrics": self.metrics,
            "sentences": [sentence.to_dict(words) for sentence in self.sentences],
            "findings": [finding_dict(finding) for finding in self.findings],
        }

    def worst_sentences(self, count: int | None = None) -> list[Sentence]:
        """Hardest first: highest difficulty (difficulty.py), then the lowest Flesch-Douma."""
        ranked = sorted(self.sentences, key=lambda s: (-(s.difficulty or 0.0), s.flesch_douma))
        return ranked if count is None else ranked[:count]


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "line": finding.line,
        "column": finding.column,
        "severity": finding.severity.value,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
    }


_EMPTY_SETTINGS = ReadabilitySettings()


def analyse_markdown(
    markdown_body: str,
    *,
    path: str,
    first_line: int = 1,
    level: str | None = "B1",
    settings: ReadabilitySettings | None = None,
    glossary: Glossary | None = None,
    ignore: Iterable[str] = (),
) -> PageAnalysis:
    """Analyse the Markdown body of one page.

    ``first_line`` is the file line where ``markdown_body`` starts (after the front matter), so every
    position points into the original file. ``ignore`` holds the page's ``readability.ignore`` codes.
    ``level`` None means the settings' default level.
    """
    # The analysis makes many short-lived objects and no reference cycles. Without this, they
    # set off collections that walk the whole MkDocs heap and survive into older generations:
    # the collector cost as much as the analysis itself in a 200-page build.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyse(markdown_body, path, first_line, level, settings, glossary, ignore)
    finally:
        if collecting:
            gc.enable()


def _analyse(
    markdown_body: str, path: str, first_line: int, level: str | None, settings: ReadabilitySettings | None,
    glossary: Glossary | None, ignore: Iterable[str],
) -> PageAnalysis:
    settings = settings or _EMPTY_SETTINGS
    level = level or settings.level
    thresholds = settings.for_level(level)
    text = extract(markdown_body, first_line)
    invisible = _INVISIBLE_OR_NBSP(markdown_body) is not None
    sentences = split_sentences(text.blocks, invisible)
    page = Page(sentences, [block.kind for block in text.blocks], thresholds, first_line, glossary, text.abbreviations)
    if invisible:
        page.invisible = _invisible(text.blocks)
    page.headings = [(block.level, block.pieces[0]) for block in text.blocks if block.kind == HEADING and block.level]
    # Passive needs a form of 'worden' or 'zijn' and a word that may be a participle.
    participles = {token for token in page.vocabulary if detect.may_be_participle(word_info(token)[0])}
    for index in set(page.indices_with(page.tokens_of(detect.auxiliaries()))).intersection(
        page.indices_with(participles)
    ):
        page.passives[index] = detect.passive(sentences[index])
    page.metrics.update(_metrics(page))
    found = []
    for sentence in sentences:
        features, sentence.difficulty = difficulty.assess(sentence)
        found.append(features)
    page.metrics["difficulty"] = difficulty.page_score(found)
    page.metrics["level"] = None if page.metrics["difficulty"] is None else difficulty.level(page.metrics["difficulty"])
    ignored = {code.upper() for code in ignore}
    silenced, findings = _silenced(text.directives, sentences, path)
    for code, check in CHECKS.items():
        severity = settings.severity(code, RULES[code].severity, level)
        if severity is None or code in ignored:
            continue
        name = RULES[code].name
        for hit in check(page):
            if silenced and hit.sentence is not None and code in silenced.get(hit.sentence, ()):
                continue
            findings.append(Finding(
                code, name, _stronger(hit.severity, severity), hit.message, path, hit.line, hit.column, hit.suggestion,
                end_line=hit.end_line, end_column=hit.end_column,
            ))
    findings.sort(key=attrgetter("line", "column", "code"))
    return PageAnalysis(path, level, page.metrics, sentences, findings)


_INVISIBLE_OR_NBSP_PATTERN = re.compile(INVISIBLE.pattern[:-1] + NO_BREAK_SPACES + "]")
_INVISIBLE_OR_NBSP = _INVISIBLE_OR_NBSP_PATTERN.search


def _invisible(blocks: list) -> list[tuple[int, int, str]]:
    """(line, column, character) of each invisible character and no-break space in the text."""
    search = _INVISIBLE_OR_NBSP_PATTERN.finditer
    return [
        (piece.line, piece.offset + found.start() + 1, found.group())
        for block in blocks for piece in block.pieces for found in search(piece.text)
    ]


def _stronger(hit: Severity | None, configured: Severity) -> Severity:
    """A hit may escalate (a very long sentence is an error) but never below the configured level."""
    if hit is None or configured.rank >= hit.rank:
        return configured
    return hit


def _metrics(page: Page) -> dict[str, Any]:
    sentences, vocabulary, thresholds = page.sentences, page.vocabulary, page.thresholds
    words = syllables = long_words = infrequent = 0
    long_syllables = thresholds.long_word_syllables
    zipf_min = thresholds.zipf_min
    for token, times in vocabulary.items():
        _, token_syllables, zipf = word_info(token)
        words += times
        syllables += times * token_syllables
        if token_syllables >= long_syllables:
            long_words += times
        if zipf < zipf_min and not token[0].isdigit():
            infrequent += times
    count = len(sentences)
    block_words = page.block_words()
    return {
        "sentences": count,
        "words": words,
        "syllables": syllables,
        "words_per_sentence": round(words / count, 2) if count else 0.0,
        "flesch_douma": flesch_douma(words, syllables, count) if words else None,
        "brouwer": brouwer(words, syllables, count) if words else None,
        "syllables_per_word": round(syllables / words, 2) if words else 0.0,
        "long_words": round(long_words / words, 3) if words else 0.0,
        "infrequent_words": round(infrequent / words, 3) if words else 0.0,
        "long_sentences": sum(1 for s in sentences if len(s.tokens) > thresholds.sentence_words_warning),
        "passive_sentences": len(page.passives) - page.passives.count(None),
        "paragraphs": len(block_words),
        "long_paragraphs": sum(1 for n in block_words.values() if n > thresholds.paragraph_words),
    }


def _silenced(
    directives: list[Directive], sentences: list[Sentence], path: str
) -> tuple[dict[int, set[str]], list[Finding]]:
    """Map each inline ``negeer`` comment to the sentence it silences.

    That is the sentence that contains the comment, else the one that ends on the comment's line
    just before it (``Zin. <!-- wegwijs: negeer WW101 -->``), else the next sentence.
    """
    silenced: dict[int, set[str]] = {}
    findings: list[Finding] = []
    if not directives:
        return silenced, findings
    # Sentences are in document order: a binary search finds the first one that starts after the
    # comment, so only a few sentences need their position (a page may have thousands).
    def start(index: int) -> tuple[int, int]:
        return sentences[index].position

    for directive in directives:
        for code in directive.codes:
            if code not in RULES:
                findings.append(
                    UNKNOWN_CODE.finding(
                        f"De code '{code}' bestaat niet. Kijk de code na.", path, directive.line, directive.column
                    )
                )
        where = (directive.line, directive.column)
        target = None
        index = bisect_right(range(len(sentences)), where, key=start)
        if index < len(sentences):
            previous = index - 1
            at_line_end = start(index)[0] != directive.line  # nothing starts after it on its line
            end = sentences[previous].last_position() if previous >= 0 else None
            if end is not None and (end > where or (at_line_end and end[0] == directive.line)):
                target = previous  # it contains the comment, or ends just before it on the line
            else:
                target = index
        elif sentences:
            end = sentences[-1].last_position()
            if end > where or end[0] == directive.line:
                target = len(sentences) - 1
        if target is not None:
            silenced.setdefault(target, set()).update(directive.codes)
    return silenced, findings
