"""Build real test documents (PDF with fpdf2, DOCX with python-docx and raw WordprocessingML)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_pdf(path: Path, pages: Sequence[Sequence[str]], header: str | None = None, footer: str | None = None) -> Path:
    """A PDF with one list of explicit lines per page, optional running header and 'Sida N av M' footer."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font(self.font_name, size=9)
                self.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font(self.font_name, size=9)
                self.cell(0, 6, f"{footer} Sida {self.page_no()} av {{nb}}", align="C")

    pdf = Doc()
    if DEJAVU.exists():
        pdf.add_font("dejavu", fname=str(DEJAVU))
        pdf.font_name = "dejavu"
    else:  # latin-1 core font: å ä ö æ ø still work
        pdf.font_name = "helvetica"
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.alias_nb_pages()
    for lines in pages:
        pdf.add_page()
        pdf.set_font(pdf.font_name, size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_image_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages hold only drawn shapes: no text layer, like a scan."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        for i in range(20):
            pdf.rect(20, 20 + i * 10, 150, 4, style="F")
    pdf.output(str(path))
    return path


def make_docx(path: Path, body: Sequence[tuple[str, str]], table: Sequence[Sequence[str]] = (), header: str | None = None, footer: str | None = None) -> Path:
    """A DOCX from (style, text) pairs: style is 'Heading 1', 'List Bullet' or 'Normal'; then a table."""
    import docx

    document = docx.Document()
    for style, text in body:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    document.save(str(path))
    return path


def rewrite_docx_part(path: Path, name: str, transform) -> None:
    """Rewrite one XML part of a DOCX (to inject text boxes, tracked changes, footnotes…)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[name] = transform(parts.get(name, b"").decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in parts.items():
            archive.writestr(filename, data)
