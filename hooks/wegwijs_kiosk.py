"""MkDocs hook: the waiting-room kiosk build (does nothing in the website build)."""

from wegwijs_mkdocs.kiosk import (  # noqa: F401  (MkDocs finds the events by name)
    on_config,
    on_env,
    on_files,
    on_post_page,
    on_post_template,
)
