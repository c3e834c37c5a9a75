"""Merge part PDFs into one accessible PDF with pypdf, keeping every part's structure tree.

pypdf copies pages but not the tagging that makes a PDF readable by a screen reader. So this
module rebuilds it: one ``/Document`` element whose children are the parts' elements, a new
``/ParentTree`` with renumbered keys for pages and link annotations, the catalog entries PDF/UA
needs (``/MarkInfo``, ``/Lang``, ``/ViewerPreferences``, XMP metadata with the PDF/UA
identifier), and one bookmark per part.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from wegwijs.brochure.footer import FooterFont


@dataclass(frozen=True)
class MergePart:
    path: Path
    #: Bookmark title; None: no bookmark (the cover).
    bookmark: str | None
    #: Whether the part's pages carry the footer 'pagina N van M'.
    footer: bool = True


def merge(
    parts: list[MergePart],
    output: Path,
    *,
    title: str,
    author: str,
    lang: str = "nl",
    font: Path | None = None,
    footer_bottom: float = 34.0,
) -> int:
    """Write the merged PDF and return its page count."""
    writer = PdfWriter()
    document = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document")})
    document_ref = writer._add_object(document)
    kids = ArrayObject()
    document[NameObject("/K")] = kids
    nums = ArrayObject()
    next_key = 0
    bookmarks: list[tuple[str, int]] = []
    footed: list[int] = []
    for part in parts:
        reader = PdfReader(part.path)
        start = len(writer.pages)
        if part.bookmark:
            bookmarks.append((part.bookmark, start))
        keys: dict[int, int] = {}
        for page in reader.pages:
            new_page = writer.add_page(page)
            if "/StructParents" in page:
                keys[int(page["/StructParents"])] = next_key
                new_page[NameObject("/StructParents")] = NumberObject(next_key)
                next_key += 1
            for annotation in new_page.get("/Annots", []) or []:
                annotation = annotation.get_object()
                if "/StructParent" in annotation:
                    old = int(annotation["/StructParent"])
                    keys.setdefault(old, next_key)
                    if keys[old] == next_key:
                        next_key += 1
                    annotation[NameObject("/StructParent")] = NumberObject(keys[old])
        if part.footer:
            footed.extend(range(start, len(writer.pages)))
        tree = reader.trailer["/Root"].get("/StructTreeRoot")
        if tree is None:
            continue
        tree = tree.get_object()
        old_nums = tree["/ParentTree"].get_object().get("/Nums", [])
        for i in range(0, len(old_nums), 2):
            old_key = int(old_nums[i])
            if old_key in keys:
                nums.append(NumberObject(keys[old_key]))
                nums.append(old_nums[i + 1].clone(writer, ignore_fields=("/P",)))
        for top in _as_list(tree.get("/K")):
            top = top.get_object()
            children = _as_list(top.get("/K")) if top.get("/S") == "/Document" else [top]
            for child in children:
                kids.append(child.clone(writer, ignore_fields=("/P",)))
    _set_parents(document, document_ref)
    parent_tree = DictionaryObject({NameObject("/Nums"): _sorted_nums(nums)})
    root = DictionaryObject({
        NameObject("/Type"): NameObject("/StructTreeRoot"),
        NameObject("/K"): ArrayObject([document_ref]),
        NameObject("/ParentTree"): writer._add_object(parent_tree),
        NameObject("/ParentTreeNextKey"): NumberObject(next_key),
    })
    root_ref = writer._add_object(root)
    document[NameObject("/P")] = root_ref
    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/Lang")] = TextStringObject(lang)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    for text, page in bookmarks:
        writer.add_outline_item(title=text, page_number=page)
    if font is not None:
        footer = FooterFont(writer, font)
        total = len(writer.pages)
        for index in footed:
            footer.stamp(index, f"pagina {index + 1} van {total}", footer_bottom)
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": "Wegwijs", "/Producer": "Wegwijs (WeasyPrint, pypdf)"})
    catalog[NameObject("/Metadata")] = writer._add_object(_xmp(title, author, lang))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    with open(tmp, "wb") as handle:
        writer.write(handle)
    tmp.replace(output)
    return len(writer.pages)


def _as_list(value) -> list:  # noqa: ANN001
    if value is None:
        return []
    value = value.get_object() if isinstance(value, IndirectObject) else value
    return list(value) if isinstance(value, ArrayObject) else [value]


def _set_parents(element: DictionaryObject, reference: IndirectObject) -> None:
    """Cloning skipped every ``/P`` (it would drag along each part's old tree); set them again."""
    stack = [(element, reference)]
    while stack:
        node, ref = stack.pop()
        for kid in _as_list(node.get("/K")):
            if not isinstance(kid, IndirectObject):
                continue
            child = kid.get_object()
            if isinstance(child, DictionaryObject) and "/S" in child:
                child[NameObject("/P")] = ref
                stack.append((child, kid))


def _sorted_nums(nums: ArrayObject) -> ArrayObject:
    pairs = sorted(((int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2)), key=lambda p: p[0])
    return ArrayObject(x for key, value in pairs for x in (NumberObject(key), value))


def _xmp(title: str, author: str, lang: str) -> StreamObject:
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>Wegwijs (WeasyPrint, pypdf)</pdf:Producer>
   <xmp:CreatorTool>Wegwijs</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    stream = StreamObject()
    stream._data = xml.encode("utf-8")
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return stream
