"""An Atom feed (RFC 4287) of decisions and progress steps, so partners and the local paper can follow.

Reproducible: the same sources give the same bytes. Every date comes from the files (``updated`` of
the feed is its newest entry), ids are name-based UUIDs, and the order is fixed by
:func:`wegwijs.dialogue.decisions.events`. The XML is written by the standard library, which escapes
every value.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wegwijs.dialogue.decisions import DECISION, Event, events
from wegwijs.dialogue.model import DialogueResult

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "dialoog/feed.xml"
FEED_TYPE = "application/atom+xml"


@dataclass(frozen=True)
class FeedInfo:
    title: str
    author: str
    #: The site's address ending in '/', or None: then links are relative to the feed's own place.
    site_url: str | None
    #: Site paths, as MkDocs writes page URLs ('dialoog/').
    overview_path: str
    feed_path: str = FEED_PATH
    #: The feed's 'updated' when there is no entry yet (today, or SOURCE_DATE_EPOCH's day).
    empty_updated: dt.date | None = None


def atom_feed(results: Iterable[DialogueResult], urls: Mapping[str, str], info: FeedInfo) -> bytes:
    """The feed as UTF-8 XML. ``urls`` maps a result's src_uri to its page URL in the site."""
    items = events(results)
    ET.register_namespace("", ATOM)
    feed = ET.Element(_tag("feed"), {"{http://www.w3.org/XML/1998/namespace}lang": "nl"})
    _text(feed, "id", _id(info, info.feed_path))
    _text(feed, "title", info.title)
    _text(feed, "subtitle", "Wat deed het OCMW met de voorstellen van de participatiegroep?")
    newest = items[0].day if items else (info.empty_updated or dt.date(1970, 1, 1))
    _text(feed, "updated", _timestamp(newest))
    author = ET.SubElement(feed, _tag("author"))
    _text(author, "name", info.author)
    _link(feed, _href(info, info.feed_path), rel="self", kind=FEED_TYPE)
    _link(feed, _href(info, info.overview_path), rel="alternate", kind="text/html")
    for event in items:
        _entry(feed, event, urls.get(event.meeting.src_uri, info.overview_path), info)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(feed: ET.Element, event: Event, page_url: str, info: FeedInfo) -> None:
    entry = ET.SubElement(feed, _tag("entry"))
    target = f"{page_url}#{event.anchor}"
    _text(entry, "id", _id(info, f"{page_url}#{event.key}"))
    status = event.proposal.status
    if event.kind == DECISION:
        title = f"{status.label}: {event.proposal.text}"
    else:
        title = f"Nieuwe stap: {event.proposal.text}"
    _text(entry, "title", title)
    _text(entry, "updated", _timestamp(event.day))
    _link(entry, _href(info, target), rel="alternate", kind="text/html")
    ET.SubElement(entry, _tag("category"), {"term": status.id, "label": status.label})
    summary = event.text or event.proposal.text
    _text(entry, "summary", f"{summary} (Dialoogmoment over {event.meeting.theme}.)", type="text")


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _text(parent: ET.Element, name: str, value: str, **attributes: str) -> None:
    ET.SubElement(parent, _tag(name), attributes).text = value


def _link(parent: ET.Element, href: str, *, rel: str, kind: str) -> None:
    ET.SubElement(parent, _tag("link"), {"rel": rel, "type": kind, "href": href})


def _href(info: FeedInfo, path: str) -> str:
    if info.site_url:
        return info.site_url + path
    # Relative to the feed itself (dialoog/feed.xml), as RFC 4287 allows.
    depth = info.feed_path.count("/")
    return "../" * depth + path


def _id(info: FeedInfo, path: str) -> str:
    # Name-based: the same page and event give the same id in every build, on every machine.
    return uuid.uuid5(uuid.NAMESPACE_URL, (info.site_url or f"wegwijs:{info.title}/") + path).urn


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
