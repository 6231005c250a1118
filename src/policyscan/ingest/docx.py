"""DOCX: a zipfile + lxml reader of the WordprocessingML parts.

python-docx's API skips tables in `Document.paragraphs`, tracked insertions, text boxes and footnotes
(stack-probe §6), so we read the XML ourselves: the body in document order (paragraphs, tables, content
controls), text boxes and footnotes as their own parts, headers/footers kept apart from the body.
Sizes are checked before parsing, entities are never resolved and the network is never touched.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import IngestError
from ..models import (
    BODY,
    FOOTER,
    FOOTNOTE,
    HEADER,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_CELL,
    TEXTBOX,
    Block,
    ExtractedDocument,
)
from ..normalise.text import clean_text
from .registry import ReadOptions

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_MEMBERS = 2000
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # compressed → decompressed, for members over 1 MB

_HEADING_STYLE = re.compile(r"(?i)^(?:heading|rubrik|overskrift|overskrift|berschrift|title|titel|tittel)\s*(\d)?")
_LIST_STYLE = re.compile(r"(?i)list|liststycke|listeavsnitt|punkt")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _check_archive(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise IngestError("too_large", f"The document has {len(infos)} parts; the limit is {MAX_MEMBERS}.")
    total = 0
    for info in infos:
        total += info.file_size
        if info.filename.endswith(".xml") and info.file_size > MAX_PART_BYTES:
            raise IngestError("too_large", f"A part of the document ({info.filename}) is too large to read safely.")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise IngestError("too_large", "The document is compressed suspiciously well (a zip bomb?).")
    if total > MAX_TOTAL_BYTES:
        raise IngestError("too_large", "The document unpacks to more than 200 MB.")


class _Walker:
    """Collects blocks from WordprocessingML elements in document order."""

    def __init__(self) -> None:
        self.page = 1
        self.page_markers = 0
        self.textboxes: list[tuple[str, int]] = []
        self.tracked = False

    def run_text(self, element, out: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W + "t":
                # An unresolved entity stays a child node; the text after it is that node's tail.
                out.append((child.text or "") + "".join(sub.tail or "" for sub in child))
            elif tag in (W + "tab", W + "noBreakHyphen"):
                out.append(" " if tag == W + "tab" else "-")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") == "page":
                    self.page += 1
                    self.page_markers += 1
                out.append(" ")
            elif tag == W + "lastRenderedPageBreak":
                self.page += 1
                self.page_markers += 1
            elif tag in (W + "del", W + "moveFrom"):
                self.tracked = True  # deleted text is not part of the document any more
            elif tag == W + "txbxContent":
                text = " ".join(self.paragraph_text(p) for p in child.iter(W + "p"))
                if text.strip():
                    self.textboxes.append((text, self.page))
            elif tag in (W + "delText", W + "instrText", W + "footnoteReference", W + "endnoteReference"):
                continue
            else:
                if tag in (W + "ins", W + "moveTo"):
                    self.tracked = True
                self.run_text(child, out)

    def paragraph_text(self, paragraph) -> str:
        out: list[str] = []
        self.run_text(paragraph, out)
        return "".join(out)

    @staticmethod
    def paragraph_kind(paragraph) -> tuple[str, int]:
        ppr = paragraph.find(W + "pPr")
        if ppr is None:
            return PARAGRAPH, 0
        style = ppr.find(W + "pStyle")
        name = style.get(W + "val", "") if style is not None else ""
        heading = _HEADING_STYLE.match(name)
        if heading:
            return HEADING, int(heading.group(1) or 1)
        outline = ppr.find(W + "outlineLvl")
        if outline is not None and outline.get(W + "val", "9").isdigit() and int(outline.get(W + "val")) < 9:
            return HEADING, int(outline.get(W + "val")) + 1
        if ppr.find(W + "numPr") is not None or _LIST_STYLE.search(name):
            return LIST_ITEM, 0
        return PARAGRAPH, 0

    def container(self, element, part: str, blocks: list[Block]) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                kind, level = self.paragraph_kind(child)
                page = self.page
                text = clean_text(self.paragraph_text(child))
                if text:
                    blocks.append(Block(text=text, page=page, kind=kind, part=part, level=level))
            elif tag == W + "tbl":
                self.table(child, part, blocks)
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
                self.container(child, part, blocks)

    def table(self, table, part: str, blocks: list[Block]) -> None:
        for row in table.iter(W + "tr"):
            if row.getparent() is not table and row.getparent().tag != W + "sdtContent":
                continue  # nested tables are read through their cell
            for cell in row.iter(W + "tc"):
                if cell.getparent() is not row:
                    continue
                inner: list[Block] = []
                self.container(cell, part, inner)
                text = " ".join(b.text for b in inner)
                if text:
                    blocks.append(Block(text=text, page=self.page, kind=TABLE_CELL, part=part))


def read_docx(path: Path, options: ReadOptions) -> ExtractedDocument:
    from lxml import etree

    with open(path, "rb") as handle:
        head = handle.read(8)
    if head == _OLE_MAGIC:
        raise IngestError(
            "encrypted",
            "The Word file is password-protected (or it is an old .doc file renamed to .docx).",
            hint="Open it in Word, remove the password or save as .docx, and scan it again.",
        )
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise IngestError("corrupt", "The file is named .docx but is not a Word document (or it is damaged).") from exc
    warnings: list[str] = []
    with archive:
        _check_archive(archive)
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise IngestError("corrupt", "The Word document has no body (word/document.xml is missing).")
        parser = _parser()

        def parse(name: str):
            try:
                return etree.fromstring(archive.read(name), parser)
            except (etree.XMLSyntaxError, zipfile.BadZipFile, ValueError, EOFError) as exc:
                raise IngestError("corrupt", f"The Word document is damaged ({name}: {exc}).") from exc

        walker = _Walker()
        root = parse("word/document.xml")
        body = root.find(W + "body")
        blocks: list[Block] = []
        if body is not None:
            walker.container(body, BODY, blocks)
            if body.find(f".//{W}altChunk") is not None:
                warnings.append("embedded documents (altChunk) could not be read")
        if walker.page_markers == 0:
            blocks = [Block(b.text, None, b.kind, b.part, b.level) for b in blocks]
        for text, page in walker.textboxes:
            blocks.append(
                Block(clean_text(text), page if walker.page_markers else None, PARAGRAPH, TEXTBOX)
            )
        if walker.textboxes:
            warnings.append(f"text in {len(walker.textboxes)} text box(es) read apart from the body")
        if walker.tracked:
            warnings.append("the document has tracked changes: read as if they were accepted")

        for name in sorted(names):
            part = None
            if re.fullmatch(r"word/header\d*\.xml", name):
                part = HEADER
            elif re.fullmatch(r"word/footer\d*\.xml", name):
                part = FOOTER
            elif name in ("word/footnotes.xml", "word/endnotes.xml"):
                part = FOOTNOTE
            if part is None:
                continue
            root = parse(name)
            part_blocks: list[Block] = []
            if part == FOOTNOTE:
                for note in root:
                    if note.get(W + "type") in (None, "normal"):
                        _Walker().container(note, part, part_blocks)
            else:
                _Walker().container(root, part, part_blocks)
            seen = {(b.text, b.part) for b in blocks}
            blocks.extend(Block(b.text, None, b.kind, part) for b in part_blocks if (b.text, part) not in seen)
        if "word/comments.xml" in names:
            warnings.append("comments are not analysed")
    if not any(b.part == BODY for b in blocks):
        raise IngestError("no_text", "The Word document contains no text.")
    pages = walker.page if walker.page_markers else None
    return ExtractedDocument(
        path=str(path), format="docx", blocks=tuple(blocks), pages=pages, warnings=tuple(warnings)
    )
