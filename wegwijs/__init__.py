"""Wegwijs: plain-language Markdown to an accessible website, a kiosk and a brochure.

This package is the engine. It never imports MkDocs, so it keeps working when the
site generator around it changes; the MkDocs glue lives in ``wegwijs_mkdocs``.
"""

__version__ = "0.1.0"
