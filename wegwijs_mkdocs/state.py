"""What one build knows, shared by the hook files (MkDocs loads each hook as its own module)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding
from wegwijs.pipeline import Report
from wegwijs.project import Project


@dataclass
class BuildState:
    project: Project | None = None
    #: The MkDocs command: 'build', 'serve' or 'gh-deploy'. Errors fail every command but 'serve'.
    command: str = "build"
    #: Every page source read by Wegwijs this build, by MkDocs' src_uri.
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    #: Validated front matter of ordinary docs pages, by src_uri.
    page_meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Theme sheets by src_uri ('fiches/<slug>.md').
    sheet_uris: dict[str, str] = field(default_factory=dict)
    reported: set[Finding] = field(default_factory=set)
    #: Serve only: sheets that cannot become a page, shown as an error page at their address.
    error_pages: dict[str, SourceDocument] = field(default_factory=dict)
    #: The engine's check of every page (``wegwijs.pipeline.check_project``), made once in on_nav.
    report: Report | None = None

    @property
    def serving(self) -> bool:
        return self.command == "serve"

    @property
    def kiosk(self) -> bool:
        return bool(self.project and self.project.settings.kiosk_build)


_state = BuildState()
#: Survives rebuilds during 'mkdocs serve' (caches keyed by content hash live here).
persistent: dict[str, Any] = {}


def state() -> BuildState:
    return _state


def reset(command: str | None = None) -> BuildState:
    global _state
    _state = BuildState(command=command or _state.command)
    return _state
