"""MkDocs hook: dialogue results, the anonymity guard and the follow-up overview (after wegwijs_content)."""

from wegwijs_mkdocs.dialogue import (  # noqa: F401  (MkDocs finds the events by name)
    on_files,
    on_page_context,
    on_page_markdown,
    on_post_build,
)
