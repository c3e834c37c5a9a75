"""MkDocs hook: the readability check of every page, its score, the staff report (after wegwijs_content)."""

from wegwijs_mkdocs.readability import (  # noqa: F401  (MkDocs finds the events by name)
    on_files,
    on_page_context,
    on_page_markdown,
    on_post_build,
)
