"""Merge part PDFs into one accessible PDF with pikepdf (qpdf), keeping every part's structure tree.

Copying pages does not copy the tagging that makes a PDF readable by a screen reader. So this
module rebuilds it: one ``/Document`` element whose children are the parts' elements, a new
``/ParentTree`` with renumbered keys for pages and link annotations, the catalog entries PDF/UA
needs (``/MarkInfo``, ``/Lang``, ``/ViewerPreferences``, XMP metadata with the PDF/UA
identifier), and one bookmark per part. qpdf does the parsing and writing in C++: a brochure of
200 parts merges several times faster than with pypdf, which matters most after a one-sheet edit,
where merging the cached parts is nearly all the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name

from wegwijs.atomic import temporary_name
from wegwijs.dates import build_time
from wegwijs.brochure.footer import TEXT as FOOTER_TEXT
from wegwijs.brochure.footer import FooterFont


@dataclass(frozen=True)
class MergePart:
    #: The part's PDF; a callable gives it later: the other parts are merged first, meanwhile.
    path: Path | Callable[[], Path]
    #: Bookmark title; None: no bookmark (the cover).
    bookmark: str | None
    #: Whether the part's pages carry the footer 'pagina N van M'.
    footer: bool = True
    #: Copied after the other parts (a part that may still be rendering). Always the same part,
    #: whether its PDF is ready or not: qpdf writes objects in the order they were copied, so the
    #: same order gives the same bytes (reproducible builds).
    last: bool = False
    #: The part's language when it is not the document's own (its structure elements get /Lang).
    lang: str | None = None


def merge(
    parts: list[MergePart],
    output: Path,
    *,
    title: str,
    author: str,
    lang: str = "nl",
    font: Path | None = None,
    footer_bottom: float = 34.0,
    footer_text: str = FOOTER_TEXT,
) -> int:
    """Write the merged PDF and return its page count."""
    pdf = pikepdf.new()
    document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document))
    part_kids: dict[int, list[pikepdf.Object]] = {}
    counts: dict[int, int] = {}
    nums: list[tuple[int, pikepdf.Object]] = []
    next_key = 0
    sources = []  # qpdf copies lazily from the source files: keep them open until saved
    first = [i for i, part in enumerate(parts) if not part.last and not callable(part.path)]
    for index in first + [i for i, part in enumerate(parts) if i not in first]:
        part = parts[index]
        source = pikepdf.open(part.path() if callable(part.path) else part.path)
        sources.append(source)
        start = sum(counts.get(i, 0) for i in range(index))  # parts given later come before some
        for offset, page in enumerate(source.pages):
            pdf.pages.insert(start + offset, page)
        counts[index] = len(source.pages)
        kids = part_kids[index] = []
        keys: dict[int, int] = {}
        for page in pdf.pages[start : start + counts[index]]:
            if "/StructParents" in page.obj:
                keys[int(page.obj.StructParents)] = next_key
                page.obj.StructParents = next_key
                next_key += 1
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation:
                    old = int(annotation.StructParent)
                    if old not in keys:
                        keys[old] = next_key
                        next_key += 1
                    annotation.StructParent = keys[old]
        tree = source.Root.get("/StructTreeRoot")
        if tree is None:
            continue
        tops = []
        for top in _as_list(tree.get("/K")):
            tops.extend(_as_list(top.get("/K")) if top.get("/S") == Name.Document else [top])
        # A parent pointing at the part's old root would drag its whole old tree along: cut those
        # links before copying and point them at the new document afterwards.
        old_roots = {tree.objgen, *(top.objgen for top in _as_list(tree.get("/K")))}
        orphans = [top for top in tops if "/P" in top]
        old_nums = tree.ParentTree.get("/Nums", ())
        # WeasyPrint also hangs some elements under the old document without listing them in its
        # /K: find them by walking up from every element the parent tree names.
        seen: set[tuple[int, int]] = set()
        for i in range(1, len(old_nums), 2):
            for element in _as_list(old_nums[i]):
                while isinstance(element, Dictionary) and "/P" in element:
                    parent = element.P
                    if parent.objgen in old_roots:
                        orphans.append(element)
                        break
                    if parent.objgen in seen or parent.objgen == (0, 0):
                        break
                    seen.add(parent.objgen)
                    element = parent
        for element in orphans:
            if "/P" in element:
                del element.P
        for i in range(0, len(old_nums), 2):
            old_key = int(old_nums[i])
            if old_key in keys:
                nums.append((keys[old_key], _copy(pdf, source, old_nums[i + 1])))
        for top in tops:
            kids.append(_copy(pdf, source, top))
            if part.lang and isinstance(kids[-1], Dictionary):
                kids[-1].Lang = pikepdf.String(part.lang)
        for element in orphans:
            _copy(pdf, source, element).P = document
    document.K = Array([kid for index in range(len(parts)) for kid in part_kids.get(index, [])])
    next_key = _keys_in_page_order(pdf, nums)
    bookmarks: list[tuple[str, int]] = []
    footed: list[int] = []
    start = 0
    for index, part in enumerate(parts):
        if part.bookmark:
            bookmarks.append((part.bookmark, start))
        if part.footer:
            footed.extend(range(start, start + counts[index]))
        start += counts[index]
    nums.sort(key=lambda pair: pair[0])
    parent_tree = pdf.make_indirect(Dictionary(Nums=Array([x for key, value in nums for x in (key, value)])))
    root = pdf.make_indirect(
        Dictionary(Type=Name.StructTreeRoot, K=Array([document]), ParentTree=parent_tree, ParentTreeNextKey=next_key)
    )
    document.P = root
    catalog = pdf.Root
    catalog.StructTreeRoot = root
    catalog.MarkInfo = Dictionary(Marked=True)
    catalog.Lang = pikepdf.String(lang)
    catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    catalog.PageMode = Name.UseOutlines
    with pdf.open_outline() as outline:
        for text, page in bookmarks:
            outline.root.append(pikepdf.OutlineItem(text, page))
    if font is not None:
        footer = FooterFont(pdf, font)
        total = len(pdf.pages)
        for index in footed:
            footer.stamp(index, footer_text.format(page=index + 1, pages=total), footer_bottom)
    pdf.docinfo = pdf.make_indirect(Dictionary(
        Title=pikepdf.String(title), Author=pikepdf.String(author), Creator=pikepdf.String("Wegwijs"),
        Producer=pikepdf.String("Wegwijs (WeasyPrint, pikepdf)"),
    ))
    catalog.Metadata = pdf.make_indirect(_xmp(pdf, title, author, lang))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(output)  # unique: another build may be writing the same file
    # deterministic_id: the document ID comes from the content, so equal builds give equal bytes.
    pdf.save(tmp, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True, deterministic_id=True)
    pages = len(pdf.pages)
    pdf.close()
    for source in sources:
        source.close()
    tmp.replace(output)
    return pages


def _keys_in_page_order(pdf: pikepdf.Pdf, nums: list[tuple[int, pikepdf.Object]]) -> int:
    """Number the parent-tree keys in page order, whatever order the parts were merged in.

    A part given later (the contents, while it renders) is merged last, so its keys came last; the
    same brochure built from the cache merges it in place. Renumbering makes both the same bytes
    (reproducible builds). Returns the next free key.
    """
    order: dict[int, int] = {}
    for page in pdf.pages:
        if "/StructParents" in page.obj:
            page.obj.StructParents = order.setdefault(int(page.obj.StructParents), len(order))
        for annotation in page.obj.get("/Annots", ()):
            if "/StructParent" in annotation:
                annotation.StructParent = order.setdefault(int(annotation.StructParent), len(order))
    nums[:] = [(order[key], value) for key, value in nums if key in order]
    return len(order)


def _copy(pdf: pikepdf.Pdf, source: pikepdf.Pdf, value: pikepdf.Object) -> pikepdf.Object:
    """Copy ``value`` from ``source``; qpdf maps objects it copied before (pages) to the same copies."""
    if not isinstance(value, pikepdf.Object) or value.is_indirect:
        return pdf.copy_foreign(value) if isinstance(value, pikepdf.Object) else value
    return pdf.copy_foreign(source.make_indirect(value))


def _as_list(value: pikepdf.Object | None) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, Array) else [value]


def _xmp(pdf: pikepdf.Pdf, title: str, author: str, lang: str) -> pikepdf.Stream:
    now = build_time().isoformat()
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>Wegwijs (WeasyPrint, pikepdf)</pdf:Producer>
   <xmp:CreatorTool>Wegwijs</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    stream = pikepdf.Stream(pdf, xml.encode("utf-8"))
    stream.Type = Name.Metadata
    stream.Subtype = Name("/XML")
    return stream
