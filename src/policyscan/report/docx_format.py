"""--format docx: the inventory the course homework asks for, as a Word document a participant can edit
and hand in (needs --output FILE: Word files are binary).

Title, date and fields to fill in (name, organisation); a summary; the inventory table (document, type,
verdict, digital-only, key evidence with page, dimensions covered, a comment column); then one section per
document (verdict in plain words, why, evidence with the matched terms in bold, rubric coverage, room for
notes); and how the assessment is made. Real Word tables and built-in styles, in the interface language
(with Word's proofing language set to match).
"""

from __future__ import annotations

import re
from typing import BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..i18n import Translator, translator
from ..models import DIMENSIONS, AnalysedUnit, DocumentResult
from .common import (
    covered_dimensions,
    display_name,
    shown_path,
    document_type,
    key_evidence,
    location,
    mixed_share_of,
    segments,
    strongest,
    verdict_reasons,
)
from .run import ScanReport

BINARY = True  # the CLI opens the output in binary mode and requires --output

COLORS = {
    "enables": RGBColor(0x1A, 0x7F, 0x37),
    "hinders": RGBColor(0xCF, 0x22, 0x2E),
    "mixed": RGBColor(0xB0, 0x6D, 0x00),
    "neutral": RGBColor(0x09, 0x69, 0xDA),
    "absent": RGBColor(0x59, 0x63, 0x6E),
    "error": RGBColor(0x82, 0x50, 0xDF),
    "digital": RGBColor(0x1B, 0x7C, 0x83),
}
PROOFING = {"sv": "sv-SE", "nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: object) -> str:
    """Text Word can store: no control characters (a PDF may carry them)."""
    return _XML_UNSAFE.sub("", "" if text is None else str(text))


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _set_language(document, language: str) -> None:
    tag = PROOFING.get(language, "en-GB")
    for style_name in ("Normal",):
        rpr = document.styles[style_name].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), tag)


def _table(document, headers: list[str], widths: list[float]):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text, width in zip(table.rows[0].cells, headers, widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(clean(text))
        run.bold = True
        cell.width = Cm(width)
        _shade(cell, "E7ECF1")
    _repeat_header(table.rows[0])
    return table


def _row(table, values: list, widths: list[float]):
    cells = table.add_row().cells
    for cell, value, width in zip(cells, values, widths):
        cell.width = Cm(width)
        if callable(value):
            value(cell.paragraphs[0])
        else:
            cell.text = clean(value)
    return cells


def add_highlighted(paragraph, unit: AnalysedUnit) -> None:
    """The sentence with its matched terms: cues that counted bold and coloured, innovation terms bold,
    digital-context terms coloured."""
    for piece in segments(unit.text, unit.matches):
        run = paragraph.add_run(clean(piece.text))
        if piece.kind in ("enables", "hinders"):
            run.bold = True
            run.font.color.rgb = COLORS[piece.kind]
        elif piece.kind == "innovation":
            run.bold = True
        elif piece.kind == "digital":
            run.font.color.rgb = COLORS["digital"]
        elif piece.kind == "negation":
            run.italic = True


def _page(unit: AnalysedUnit, tr: Translator) -> str:
    return location(unit, tr)


def _key_evidence_writer(result: DocumentResult, tr: Translator):
    units = key_evidence(result)

    def write(paragraph) -> None:
        if not units:
            paragraph.add_run("–")
            return
        for i, unit in enumerate(units):
            if i:
                paragraph = paragraph._parent.add_paragraph()
            paragraph.add_run(tr("format.quote_open"))
            add_highlighted(paragraph, unit)
            paragraph.add_run(tr("format.quote_close"))
            if unit.page or getattr(unit, "line", None):
                page = paragraph.add_run(f" ({_page(unit, tr)})")
                page.font.color.rgb = COLORS["absent"]

    return write


def _verdict_writer(result: DocumentResult, tr: Translator):
    def write(paragraph) -> None:
        if result.status != "ok":
            run = paragraph.add_run(clean(tr("report.read_error")))
            run.font.color.rgb = COLORS["error"]
            return
        run = paragraph.add_run(clean(tr.stance(result.stance)))
        run.bold = True
        run.font.color.rgb = COLORS[result.stance]

    return write


def inventory(document, report: ScanReport, tr: Translator) -> None:
    headers = [
        tr("inventory.col.number"),
        tr("report.document"),
        tr("report.type"),
        tr("report.verdict"),
        tr("report.digital_only"),
        tr("inventory.col.key_evidence"),
        tr("inventory.col.dimensions"),
        tr("inventory.col.comment"),
    ]
    widths = [1.0, 4.2, 2.4, 2.4, 2.0, 8.6, 4.4, 3.2]
    table = _table(document, headers, widths)
    for i, result in enumerate(report.documents, start=1):
        if result.status != "ok":
            message, _ = tr.error(result.error)
            _row(table, [str(i), display_name(result.path), "", _verdict_writer(result, tr), "", message, "", ""], widths)
            continue
        dims = covered_dimensions(result)
        dims_text = (f"{len(dims)}/{len(result.dimensions)}: " + ", ".join(tr.dimension(d, short=True) for d in dims)) if dims else f"0/{len(result.dimensions)}"
        _row(
            table,
            [
                str(i),
                display_name(result.path),
                tr(f"doctype.{document_type(result)}"),
                _verdict_writer(result, tr),
                tr.yes_no(result.digital_only),
                _key_evidence_writer(result, tr),
                dims_text,
                "",
            ],
            widths,
        )


def document_section(document, result: DocumentResult, tr: Translator, number: int, evidence_limit: int, mixed_share: float) -> None:
    document.add_heading(clean(f"{number}. {display_name(result.path)}"), level=2)
    path = document.add_paragraph(clean(shown_path(result.path)))
    path.runs[0].font.size = Pt(9)
    path.runs[0].font.color.rgb = COLORS["absent"]
    if result.status != "ok":
        message, hint = tr.error(result.error)
        p = document.add_paragraph()
        run = p.add_run(clean(message))
        run.font.color.rgb = COLORS["error"]
        if hint:
            document.add_paragraph(clean(hint))
        return
    verdict = result.verdict
    p = document.add_paragraph()
    run = p.add_run(clean(tr.headline(verdict.stance, verdict.digital_only)))
    run.bold = True
    run.font.size = Pt(13)
    run.font.color.rgb = COLORS[verdict.stance]
    facts = [tr.language_name(result.language), tr(f"doctype.{document_type(result)}")]
    if result.pages:
        facts.append(tr.n("count.pages", result.pages))
    facts.append(tr.n("count.words", result.words))
    document.add_paragraph(clean(" · ".join(facts)))
    reasons = verdict_reasons(result, tr, mixed_share)
    if reasons:
        p = document.add_paragraph()
        p.add_run(clean(tr("report.why") + ": ")).bold = True
        p.add_run(clean("; ".join(reasons) + "."))
    units = strongest(result, evidence_limit)
    if units:
        document.add_heading(clean(tr("report.evidence")), level=3)
        widths = [2.0, 3.0, 21.0]
        table = _table(document, [tr("report.page"), tr("report.label"), tr("docx.col.sentence")], widths)
        for unit in sorted(units, key=lambda u: u.index):
            def label(paragraph, unit=unit):
                run = paragraph.add_run(clean(tr.label(unit.label)))
                run.bold = True
                run.font.color.rgb = COLORS.get(unit.label, COLORS["absent"])

            _row(table, [_page(unit, tr), label, lambda paragraph, unit=unit: add_highlighted(paragraph, unit)], widths)
    document.add_heading(clean(tr("report.rubric")), level=3)
    covered = covered_dimensions(result)
    if covered:
        for name in covered:
            terms = next((d.terms for d in result.dimensions if d.name == name), ())
            p = document.add_paragraph(style="List Bullet")
            p.add_run(clean(tr.dimension(name))).bold = True
            if terms:
                p.add_run(clean(f" ({', '.join(terms)})"))
    missing = [d.name for d in result.dimensions if not d.covered]
    if missing:
        p = document.add_paragraph()
        p.add_run(clean(tr("docx.not_covered") + ": ")).italic = True
        p.add_run(clean(", ".join(tr.dimension(n) for n in missing)))
    for warning in result.warnings:
        p = document.add_paragraph(clean(f"{tr('report.note')}: {warning}"))
        p.runs[0].font.size = Pt(9)
    p = document.add_paragraph()
    p.add_run(clean(tr("docx.own_notes") + ": ")).bold = True
    p.add_run("…")


def render(report: ScanReport, stream: BinaryIO, *, ui_lang: str | None = None, evidence_limit: int = 5, title: str | None = None, **_: object) -> None:
    tr = translator(ui_lang)
    document = Document()
    _set_language(document, tr.language)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    title = title or tr("docx.title")
    properties = document.core_properties
    properties.title = clean(title)
    properties.author = "policyscan"
    properties.language = PROOFING.get(tr.language, "en-GB")
    properties.comments = f"policyscan {report.run.tool_version}, lexicons {report.run.lexicon_version} ({report.run.lexicon_digest})"

    document.add_heading(clean(title), level=0)
    # Fields the participant fills in before handing the inventory in.
    fields = document.add_table(rows=0, cols=2)
    fields.style = "Table Grid"
    for key, value in (("docx.field.name", ""), ("docx.field.organisation", ""), ("docx.field.date", tr.date(report.run.generated_at))):
        label, cell = _row(fields, [tr(key), value], [5.0, 12.0])
        label.paragraphs[0].runs[0].bold = True
        _shade(label, "E7ECF1")
    document.add_paragraph()
    document.add_paragraph(clean(tr("docx.intro")))

    docs = report.documents
    ok = [d for d in docs if d.status == "ok"]
    counts = {s: sum(d.stance == s for d in ok) for s in ("enables", "hinders", "mixed", "neutral", "absent")}
    document.add_heading(clean(tr("html.summary")), level=1)
    document.add_paragraph(
        clean(
            tr(
                "docx.summary",
                documents=tr.n("count.documents", len(docs)),
                enables=tr.number(counts["enables"]),
                hinders=tr.number(counts["hinders"]),
                mixed=tr.number(counts["mixed"]),
                neutral=tr.number(counts["neutral"]),
                absent=tr.number(counts["absent"]),
            )
        )
    )
    digital = sum(d.digital_only is True for d in ok)
    mentioning = sum(d.digital_only is not None for d in ok)
    document.add_paragraph(clean(tr("docx.summary.digital", digital=tr.number(digital), mentioning=tr.number(mentioning))))
    errors = len(docs) - len(ok)
    if errors:
        document.add_paragraph(clean(tr.n("docx.summary.errors", errors)))

    document.add_heading(clean(tr("inventory.title")), level=1)
    inventory(document, report, tr)

    document.add_heading(clean(tr("docx.per_document")), level=1)
    share = mixed_share_of(report)
    for number, result in enumerate(docs, start=1):
        document_section(document, result, tr, number, evidence_limit, share)

    document.add_heading(clean(tr("docx.method")), level=1)
    document.add_paragraph(clean(tr("html.footer.method")))
    for name in DIMENSIONS:
        p = document.add_paragraph(style="List Bullet")
        p.add_run(clean(tr.dimension(name))).bold = True
        p.add_run(clean(" — " + tr(f"dimension.{name}.description")))
    document.add_paragraph(
        clean(tr("html.footer", tool=report.run.tool_version, lexicons=report.run.lexicon_version, digest=report.run.lexicon_digest, date=report.run.generated_at))
    )
    document.save(stream)
