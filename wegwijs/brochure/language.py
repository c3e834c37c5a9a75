"""The language of one brochure: its texts, category labels, month names and footer.

The texts are the site's own interface strings (``talen/<lang>.yml``, keys ``brochure_*`` and the
contact labels), so a volunteer translates the website and the brochure in one file; a text left
out is the Dutch one. Dutch is the default and gives exactly the texts of ``data/nl.yml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from wegwijs.dates import dutch_date
from wegwijs.project import Project
from wegwijs.translation.languages import SOURCE, language
from wegwijs.translation.strings import dutch, load_strings

#: The stamped footer's font holds printable ASCII only (see footer.py): a footer text in another
#: script becomes this, which every reader can read.
NUMBERS_ONLY = "{page} / {pages}"


@dataclass(frozen=True)
class PrintLanguage:
    code: str = SOURCE
    dir: str = "ltr"
    #: Every interface text, the Dutch one where this language has none.
    texts: dict[str, str] = field(default_factory=dutch)
    #: Category label by category id, where this language has one.
    labels: dict[str, str] = field(default_factory=dict)
    #: The keys this language has its own text for (the others are Dutch).
    own: frozenset[str] = frozenset()

    @property
    def is_dutch(self) -> bool:
        return self.code == SOURCE

    @property
    def rtl(self) -> bool:
        return self.dir == "rtl"

    def text(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values) if values else self.texts[key]

    def say(self, key: str, **values: object) -> Markup:
        """A text for the page: a Dutch fallback in a translated brochure is marked as Dutch and
        left to right, so a screen reader reads it with a Dutch voice and Arabic pages keep it whole."""
        text = escape(self.texts[key]).format(**values) if values else escape(self.texts[key])
        return self.dutch_part(text) if key not in self.own else text

    def dutch_part(self, value: object) -> Markup:
        """``value`` marked as Dutch (the office's own data, a missing text) in a translated brochure."""
        if self.is_dutch or value in (None, ""):
            return escape(value if value is not None else "")
        return Markup('<span lang="nl" dir="ltr">{}</span>').format(value)

    def ltr(self, value: object) -> Markup:
        """A phone number, e-mail or web address kept left to right in a right-to-left brochure."""
        if not self.rtl or value in (None, ""):
            return escape(value if value is not None else "")
        return Markup('<bdi dir="ltr">{}</bdi>').format(value)

    def label(self, category_id: str, dutch_label: str) -> str:
        return self.labels.get(category_id) or dutch_label

    def month_year(self, day: dt.date) -> str:
        if self.is_dutch:
            return dutch_date(day).split(" ", 1)[1]
        from babel.dates import format_date

        return format_date(day, "LLLL y", locale=self.code)

    def footer(self) -> str:
        """The footer with ``{page}`` and ``{pages}``, as footer.py stamps it."""
        text = self.texts["brochure_pagina"].replace("{pagina}", "{page}").replace("{paginas}", "{pages}")
        plain = text.replace("{page}", "").replace("{pages}", "")
        return text if all(32 <= ord(c) <= 126 for c in plain) else NUMBERS_ONLY


DUTCH = PrintLanguage()


def print_language(project: Project, code: str | None) -> PrintLanguage:
    """The brochure language ``code`` (None or 'nl': Dutch). Problems in ``talen/<code>.yml`` are
    reported by the site build and ``wegwijs check``; here a broken text falls back to Dutch."""
    known = language(code) if code else None
    if known is None or known.code == SOURCE:
        return DUTCH
    settings = project.settings
    strings, _ = load_strings(settings.project_dir, known.code, settings.category_ids)
    labels = {cid: text.label for cid, text in strings.categories.items() if text.label}
    return PrintLanguage(known.code, known.dir, strings.all(), labels, frozenset(strings.texts))
