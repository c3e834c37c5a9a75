"""Dialogue results: what the participation group proposed and what the office did with it."""

from wegwijs.dialogue.check import check_dialogue_document, is_dialogue_result
from wegwijs.dialogue.load import load_dialogue
from wegwijs.dialogue.model import STATUSES, DialogueResult, Proposal, Status
from wegwijs.dialogue.overview import Overview, build_overview

__all__ = [
    "STATUSES",
    "DialogueResult",
    "Overview",
    "Proposal",
    "Status",
    "build_overview",
    "check_dialogue_document",
    "is_dialogue_result",
    "load_dialogue",
]
