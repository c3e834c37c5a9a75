"""Dutch readability engine: plain-language checks on Markdown, with a source position for each finding.

```python
from wegwijs.readability import analyse_markdown
analysis = analyse_markdown(body, path="theme_sheets/leefloon.md", first_line=12, level="B1")
analysis.metrics["flesch_douma"], analysis.findings
```

The engine never imports MkDocs nor textstat; wordfreq and pyphen load on first use.
"""

from wegwijs.readability.analysis import PageAnalysis, analyse_markdown, finding_dict
from wegwijs.readability.rules import RULES
from wegwijs.readability.sentences import Sentence, Word
from wegwijs.readability.settings import LEVELS, ReadabilitySettings, Thresholds

__all__ = [
    "LEVELS",
    "RULES",
    "PageAnalysis",
    "ReadabilitySettings",
    "Sentence",
    "Thresholds",
    "Word",
    "analyse_markdown",
    "finding_dict",
]

# Registers the rules of reader-facing texts (WW140-WW149) in RULES, so every code is known.
from wegwijs.readability import fields as _fields  # noqa: E402,F401
