"""MkDocs hook: the printable welcome brochure (PDF) and the links to it."""

from wegwijs_mkdocs.brochure import on_page_context, on_post_build  # noqa: F401  (MkDocs finds the events by name)
