"""MkDocs hook: translated theme sheets, per-language home and category pages (after wegwijs_content)."""

from wegwijs_mkdocs.translations import (  # noqa: F401  (MkDocs finds the events by name)
    on_config,
    on_env,
    on_files,
    on_page_context,
    on_page_markdown,
    on_post_page,
)
