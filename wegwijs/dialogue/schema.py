"""The front matter of a dialogue result (content model, "Dialogue result"), as data."""

from __future__ import annotations

import datetime as dt

from wegwijs.content.schema import Field
from wegwijs.dialogue.model import LADDER, STATUS_IDS

#: One dated step of what happened with a proposal (content model: ``progress``).
PROGRESS_SCHEMA = {
    "on": Field(dt.date, required=True, help="De datum van de stap, zoals 2026-06-10."),
    "text": Field(str, required=True, help="Wat er gebeurde, in één of twee korte zinnen."),
}

PROPOSAL_SCHEMA = {
    "proposal": Field(str, required=True, help="Schrijf het voorstel van de groep in één zin."),
    "status": Field(str, required=True, choices=STATUS_IDS, help=f"Kies uit: {', '.join(STATUS_IDS)}."),
    "decided": Field(dt.date, help="De datum van het besluit, zoals 2026-05-02."),
    "motivation": Field(str, help="Waarom het OCMW het voorstel wel of niet volgt."),
    "follow_up": Field(str, help="Wat er sindsdien gebeurde."),
    "progress": Field(list, items=Field(dict, fields=PROGRESS_SCHEMA), help="De stappen, de oudste eerst."),
    "review_by": Field(dt.date, help="Wanneer het OCMW terugkomt bij de groep, zoals 2026-12-01."),
}

DIALOGUE_SCHEMA = {
    "title": Field(str, required=True, help="Bv. 'Dialoogmoment over het huisbezoek'."),
    "description": Field(str),
    "date": Field(dt.date, required=True, help="De datum van het dialoogmoment, zoals 2026-03-12."),
    "theme": Field(str, required=True, max_length=40, help="Een kort woord, bv. 'huisbezoek'."),
    # A number only: the charter promises anonymity, so a list of names must not fit here.
    "participants": Field(int, help="Alleen een getal, nooit namen."),
    "ladder": Field(str, choices=tuple(LADDER)),
    "proposals": Field(
        list,
        required=True,
        min_items=1,
        items=Field(dict, fields=PROPOSAL_SCHEMA),
        help="Schrijf minstens één voorstel.",
    ),
    # A draft shows in 'mkdocs serve' only, so staff can prepare answers before the group hears them.
    "draft": Field(bool, default=False),
}
