"""The allowlist sanitiser for rendered page content (nh3, the binding of Rust's Ammonia).

It runs on the HTML of every page body whether or not a check reported anything: scripts, event
handlers, ``javascript:`` addresses (also written with entities or tabs), forms and frames never
reach a reader. Resources (images, video, audio, posters) load only from the site itself or from a
``data:`` image, so a page never asks another host for anything.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3

#: What Python-Markdown, its extensions and Material's content features produce.
TAGS = frozenset(
    """a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption
    figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp section small span strong sub
    summary sup table tbody td tfoot th thead tr u ul var wbr bdi bdo time audio video source track picture
    svg path g circle rect line polyline polygon ellipse title desc defs""".split()
)
_GENERIC = {"class", "id", "title", "lang", "dir", "role", "tabindex", "hidden"}
ATTRIBUTES = {
    "*": _GENERIC,
    "a": {"href", "hreflang", "download"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"},
    "source": {"src", "srcset", "type", "media", "sizes"},
    "track": {"src", "kind", "srclang", "label", "default"},
    "video": {"src", "poster", "controls", "width", "height", "muted", "loop", "preload", "playsinline"},
    "audio": {"src", "controls", "muted", "loop", "preload"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "style", "headers"},
    "th": {"colspan", "rowspan", "style", "scope", "headers", "abbr"},
    "col": {"span"},
    "colgroup": {"span"},
    "details": {"open"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "time": {"datetime"},
    "svg": {"xmlns", "viewBox", "width", "height", "fill", "focusable", "preserveAspectRatio"},
    "path": {"d", "fill", "fill-rule", "clip-rule", "stroke", "stroke-width", "transform"},
    "g": {"fill", "stroke", "transform"},
    "circle": {"cx", "cy", "r", "fill", "stroke", "stroke-width"},
    "ellipse": {"cx", "cy", "rx", "ry", "fill", "stroke"},
    "rect": {"x", "y", "width", "height", "rx", "ry", "fill", "stroke", "stroke-width"},
    "line": {"x1", "y1", "x2", "y2", "stroke", "stroke-width"},
    "polyline": {"points", "fill", "stroke"},
    "polygon": {"points", "fill", "stroke"},
}
#: Schemes a link may use. Everything else (javascript:, vbscript:, file:, data: on a link) goes.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Attributes that make the browser load something.
RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster"})
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|avif|svg\+xml)[;,]", re.I)
#: Browsers drop these from a URL before reading it: "java\tscript:" is "javascript:".
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def is_outside(url: str) -> bool:
    """True when the URL names a scheme or another host (a resource that does not come from the site)."""
    cleaned = _URL_NOISE.sub("", url)
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return True
    return bool(urlsplit(cleaned).scheme) or ":" in cleaned.split("/", 1)[0]


def allowed_resource(element: str, url: str) -> bool:
    """A resource URL the page may load: a path on the site, or a data: image in an <img>."""
    cleaned = _URL_NOISE.sub("", url)
    if element == "img" and _DATA_IMAGE.match(cleaned):
        return True
    return not is_outside(cleaned)


def _srcset_allowed(element: str, value: str) -> bool:
    return all(allowed_resource(element, item.strip().split(" ", 1)[0]) for item in value.split(",") if item.strip())


def _filter(element: str, attribute: str, value: str) -> str | None:
    if attribute in RESOURCE_ATTRIBUTES:
        if attribute == "srcset":
            return value if _srcset_allowed(element, value) else None
        return value if allowed_resource(element, value) else None
    if attribute == "href":
        cleaned = _URL_NOISE.sub("", value)
        scheme = urlsplit(cleaned).scheme.lower() if ":" in cleaned.split("/", 1)[0] else ""
        return value if not scheme or scheme in LINK_SCHEMES else None
    return value


def clean_html(html: str) -> str:
    """The page content with only allowlisted markup left. Safe to print unescaped."""
    return nh3.clean(
        html,
        tags=set(TAGS),
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        generic_attribute_prefixes={"aria-"},
        url_schemes=set(LINK_SCHEMES) | {"data"},
        attribute_filter=_filter,
        filter_style_properties={"text-align"},
        link_rel=None,
        strip_comments=True,
    )


def clean_text(text: str) -> str:
    """A text that may hold entities but no markup (a heading's text used as a page title)."""
    return nh3.clean(text, tags=set(), strip_comments=True)
