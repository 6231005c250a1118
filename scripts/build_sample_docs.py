#!/usr/bin/env python3
"""Build the bundled sample documents in ``sample_docs/``.

Deterministic: running the script twice gives byte-identical files (fixed PDF creation dates, fixed DOCX
core properties and fixed ZIP timestamps). All text is invented for policyscan; the municipalities
(Norrvika, Stensjö, Ljungåsa, Björkfors, Ekdala, Lyngvik, Brattvoll, Granheim, Fjordbotn, Sølvberg) do not
exist.

Usage (from the repository root)::

    /tmp/pv/bin/python scripts/build_sample_docs.py [--out sample_docs] [--check]

Requires fpdf2 and python-docx. ``--check`` additionally re-opens the generated files (pypdfium2,
python-docx) and prints a short verification report.

The expected human verdicts live in ``sample_docs/expected.json`` (written by this script too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "sample_docs"


# ---------------------------------------------------------------------------------------------------------
# PDF engine
# ---------------------------------------------------------------------------------------------------------
#
# A document is a list of blocks (tuples):
#   ("title", text)                 big bold title
#   ("meta", [(key, value), ...])    document facts under the title
#   ("h1", text) / ("h2", text)      headings
#   ("p", text)                      paragraph (wrapped by fpdf2)
#   ("bullets", [text, ...])         bulleted list
#   ("numbered", [text, ...])        numbered list
#   ("table", widths, rows)          table, first row is the header row
#   ("hyph", text)                   paragraph wrapped by this script into explicit lines; each token
#                                    written "first|rest" is hyphenated across a line break ("first-" ends
#                                    one line, "rest" starts the next; "e-|tjänster" keeps its own hyphen), as in typeset municipal PDFs
#   ("columns", intro, left, right)  a page of its own in two columns: left column complete, then right
#   ("pagebreak",)


class MunicipalPDF(FPDF):
    BODY = 10
    LINE = 4.9

    def __init__(self, header_left: str, header_right: str, footer_left: str, page_word: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONT_REGULAR))
        self.add_font("DejaVu", "B", str(FONT_BOLD))
        self.header_left = header_left
        self.header_right = header_right
        self.footer_left = footer_left
        self.page_word = page_word  # "Sida" / "Side"
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()  # "{nb}" -> total number of pages
        self.hyphen_fill: list[tuple[str, float]] = []  # (line, fill ratio) of lines ending in "-"

    # running header and footer on every page
    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 11)
        half = self.epw / 2
        self.cell(half, 4, self.header_left, align="L")
        self.cell(half, 4, self.header_right, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.h - 15, self.w - self.r_margin, self.h - 15)
        self.set_xy(self.l_margin, self.h - 13.5)
        half = self.epw / 2
        self.cell(half, 4, self.footer_left, align="L")
        self.cell(half, 4, f"{self.page_word} {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # helpers -------------------------------------------------------------------------------------------
    def body_font(self, style: str = "", size: float | None = None) -> None:
        self.set_font("DejaVu", style, size or self.BODY)

    def need(self, height: float) -> None:
        """Start a new page when less than ``height`` mm is left (keeps headings with their text)."""
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        cur = ""
        usable = width - 2 * self.c_margin
        for word in text.split():
            trial = f"{cur} {word}" if cur else word
            if cur and self.get_string_width(trial) > usable:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def para(self, text: str, x: float | None = None, w: float | None = None, after: float = 2.2) -> None:
        x = self.l_margin if x is None else x
        w = self.epw if w is None else w
        self.body_font()
        self.set_x(x)
        self.multi_cell(w, self.LINE, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_y(self.get_y() + after)

    def heading(self, text: str, level: int, x: float | None = None, w: float | None = None) -> None:
        x = self.l_margin if x is None else x
        w = self.epw if w is None else w
        size = {1: 13.5, 2: 11.2}[level]
        if x == self.l_margin:
            self.need(32 if level == 1 else 22)  # keep a heading with what follows it
        self.set_y(self.get_y() + (3.0 if level == 1 else 1.6))
        self.set_font("DejaVu", "B", size)
        self.set_x(x)
        self.multi_cell(w, size * 0.5, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_y(self.get_y() + 1.6)

    def listing(self, items: list[str], numbered: bool, x: float | None = None, w: float | None = None) -> None:
        x = self.l_margin if x is None else x
        w = self.epw if w is None else w
        self.body_font()
        indent = 7.0
        for i, item in enumerate(items, 1):
            label = f"{i}." if numbered else "•"
            if self.auto_page_break:
                self.need(2 * self.LINE)  # label and first line on the same page
            self.set_x(x + 1.5)
            y0 = self.get_y()
            self.cell(indent - 1.5, self.LINE, label)
            self.set_xy(x + indent, y0)
            self.multi_cell(w - indent, self.LINE, item, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_y(self.get_y() + 0.8)
        self.set_y(self.get_y() + 1.6)

    def wrap_marked(self, text: str, width: float) -> tuple[list[str], int]:
        """Greedy wrap; a token written ``first|rest`` (or ``e-|tjänster``) may be split there at a line
        end, with a hyphen ending the first line.

        Returns the lines and how many marked tokens were split."""
        lines: list[str] = []
        cur = ""
        split = 0
        usable = width - 2 * self.c_margin
        for token in text.split():
            whole = token.replace("|", "")
            trial = f"{cur} {whole}" if cur else whole
            if not cur or self.get_string_width(trial) <= usable:
                cur = trial
                continue
            if "|" in token:
                head, tail = token.split("|", 1)
                if not head.endswith("-"):
                    head += "-"  # innovations|arbetet -> "innovations-" / "arbetet"
                if self.get_string_width(f"{cur} {head}") <= usable:
                    lines.append(f"{cur} {head}")
                    cur = tail
                    split += 1
                    continue
            lines.append(cur)
            cur = whole
        if cur:
            lines.append(cur)
        return lines, split

    def hyph(self, text: str) -> None:
        """Write a paragraph as explicit lines in which every ``first|rest`` token is hyphenated across a
        line break (as in typeset municipal PDFs). The wrap width is narrowed in small steps until every
        marked word falls at a line end; the text stays ragged-right like the rest of the document."""
        self.body_font()
        wanted = text.count("|")
        width = self.epw
        while True:
            lines, split = self.wrap_marked(text, width)
            if split == wanted:
                break
            width -= 0.25
            assert width > 0.8 * self.epw, f"cannot hyphenate: {text[:60]}"
        for line in lines:
            if line.endswith("-"):
                self.hyphen_fill.append((line, self.get_string_width(line) / (self.epw - 2 * self.c_margin)))
        for line in lines:
            self.need(self.LINE)
            self.cell(self.epw, self.LINE, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(self.get_y() + 2.2)

    def table_block(self, widths: tuple[int, ...], rows: list[list[str]]) -> None:
        self.body_font(size=9.2)
        self.set_y(self.get_y() + 1)
        with self.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=4.6,
            first_row_as_headings=True,
            padding=1.4,
        ) as table:
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
        self.set_y(self.get_y() + 3)

    def columns(self, intro: list[tuple], left: list[tuple], right: list[tuple]) -> None:
        if self.page_no() == 0 or self.get_y() > self.t_margin + 1:
            self.add_page()
        for block in intro:
            self.render(block)
        gap = 8.0
        colw = (self.epw - gap) / 2
        top = self.get_y() + 1
        page = self.page_no()
        self.set_auto_page_break(False)
        for x, blocks in ((self.l_margin, left), (self.l_margin + colw + gap, right)):
            self.set_xy(x, top)
            for block in blocks:
                kind = block[0]
                if kind == "h2":
                    self.heading(block[1], 2, x=x, w=colw)
                elif kind == "p":
                    self.para(block[1], x=x, w=colw)
                elif kind == "bullets":
                    self.listing(block[1], numbered=False, x=x, w=colw)
                else:  # pragma: no cover - not used in columns
                    raise ValueError(kind)
            assert self.page_no() == page and self.get_y() <= self.h - self.b_margin, "column overflows page"
        self.set_auto_page_break(True, margin=22)
        self.add_page()

    def render(self, block: tuple) -> None:
        kind = block[0]
        if kind == "title":
            self.set_font("DejaVu", "B", 19)
            self.multi_cell(self.epw, 9, block[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(self.get_y() + 3)
        elif kind == "meta":
            self.body_font(size=9)
            for key, value in block[1]:
                self.set_font("DejaVu", "B", 9)
                self.cell(42, 4.8, key)
                self.set_font("DejaVu", "", 9)
                self.multi_cell(self.epw - 42, 4.8, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(self.get_y() + 4)
        elif kind == "h1":
            self.heading(block[1], 1)
        elif kind == "h2":
            self.heading(block[1], 2)
        elif kind == "p":
            self.para(block[1])
        elif kind == "bullets":
            self.listing(block[1], numbered=False)
        elif kind == "numbered":
            self.listing(block[1], numbered=True)
        elif kind == "table":
            self.table_block(block[1], block[2])
        elif kind == "hyph":
            self.hyph(block[1])
        elif kind == "columns":
            self.columns(block[1], block[2], block[3])
        elif kind == "pagebreak":
            self.add_page()
        else:
            raise ValueError(f"unknown block {kind!r}")


def build_pdf(path: Path, spec: dict) -> MunicipalPDF:
    pdf = MunicipalPDF(spec["header_left"], spec["header_right"], spec["footer_left"], spec["page_word"])
    pdf.set_creation_date(spec["date"])
    pdf.set_title(spec["title"])
    pdf.set_author(spec["author"])
    pdf.set_subject(spec.get("subject", spec["title"]))
    pdf.set_creator("policyscan scripts/build_sample_docs.py")
    pdf.set_producer("fpdf2")
    pdf.set_lang(spec["lang"])
    pdf.add_page()
    for block in spec["blocks"]:
        pdf.render(block)
    pdf.output(str(path))
    return pdf


# ---------------------------------------------------------------------------------------------------------
# DOCX engine
# ---------------------------------------------------------------------------------------------------------

ZIP_DATE = (2024, 6, 12, 0, 0, 0)


def _field(paragraph, instr: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) without a cached result; Word computes it when opened."""
    for kind in ("begin", None, "end"):
        run = paragraph.add_run()
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def build_docx(path: Path, spec: dict) -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = d.core_properties
    cp.title = spec["title"]
    cp.author = spec["author"]
    cp.last_modified_by = spec["author"]
    cp.created = spec["date"]
    cp.modified = spec["date"]
    cp.revision = 1
    cp.language = spec["lang"]
    cp.subject = spec.get("subject", "")
    cp.keywords = spec.get("keywords", "")

    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = spec["header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.add_run(spec["footer"] + f" – {spec['page_word']} ")
    _field(fp, "PAGE")
    fp.add_run(" av ")
    _field(fp, "NUMPAGES")

    for block in spec["blocks"]:
        kind = block[0]
        if kind == "title":
            d.add_heading(block[1], level=0)
        elif kind == "meta":
            for key, value in block[1]:
                p = d.add_paragraph()
                p.add_run(f"{key}: ").bold = True
                p.add_run(value)
        elif kind == "h1":
            d.add_heading(block[1], level=1)
        elif kind == "h2":
            d.add_heading(block[1], level=2)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "bullets":
            for item in block[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in block[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = block[2]
            table = d.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = i == 0
            d.add_paragraph()
        else:
            raise ValueError(f"unknown block {kind!r}")

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps ZIP members with the current time: rewrite them with a fixed one
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------------------
# Plain text helpers
# ---------------------------------------------------------------------------------------------------------


def underline(text: str, char: str = "=") -> str:
    return f"{text}\n{char * len(text)}"


def text_table(rows: list[list[str]], align: str) -> str:
    """Fixed-width table as produced by many archive exports; align is a string of 'l'/'r' per column."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]

    def fmt(row: list[str]) -> str:
        cells = [c.ljust(w) if a == "l" else c.rjust(w) for c, w, a in zip(row, widths, align)]
        return "  ".join(cells).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(rows[0]), sep] + [fmt(r) for r in rows[1:]])


def write_text(path: Path, text: str, encoding: str, newline: str = "\n") -> None:
    data = text.strip("\n") + "\n"
    data = data.replace("\n", newline)
    path.write_bytes(data.encode(encoding))  # strict: fails loudly on a character the encoding lacks


# ---------------------------------------------------------------------------------------------------------
# 1. sv_innovationspolicy_kommun.pdf — Swedish innovation policy, enables
# ---------------------------------------------------------------------------------------------------------

SV_POLICY = {
    "title": "Innovationspolicy för Norrvika kommun",
    "author": "Norrvika kommun, kommunledningskontoret",
    "subject": "Policy för innovation, antagen av kommunfullmäktige 2024-03-18",
    "lang": "sv-SE",
    "date": dt.datetime(2024, 3, 25, 9, 0, 0, tzinfo=dt.timezone.utc),
    "header_left": "Innovationspolicy för Norrvika kommun",
    "header_right": "Dnr KS 2024/0312",
    "footer_left": "Antagen av kommunfullmäktige 2024-03-18",
    "page_word": "Sida",
    "blocks": [
        ("title", "Innovationspolicy för Norrvika kommun"),
        ("meta", [
            ("Dokumenttyp", "Policy"),
            ("Beslutsinstans", "Kommunfullmäktige"),
            ("Beslutsdatum", "2024-03-18, § 47"),
            ("Diarienummer", "KS 2024/0312"),
            ("Dokumentansvarig", "Kommundirektören"),
            ("Gäller för", "Samtliga nämnder, förvaltningar och helägda kommunala bolag"),
            ("Giltig till och med", "2027-12-31"),
        ]),
        ("h1", "1. Inledning"),
        ("p", "Norrvika kommun står inför samma utmaningar som många andra kommuner i landet. Andelen äldre "
              "ökar snabbare än andelen personer i arbetsför ålder, det blir svårare att rekrytera "
              "medarbetare med rätt kompetens och invånarnas förväntningar på tillgängliga och personligt "
              "anpassade tjänster växer. Samtidigt är de ekonomiska ramarna begränsade. För att kunna "
              "upprätthålla en god välfärd behöver kommunen inte bara effektivisera det vi redan gör, utan "
              "också hitta nya sätt att lösa uppgifterna."),
        ("p", "Denna policy anger kommunens gemensamma förhållningssätt till innovation. Den beskriver varför "
              "innovation är viktigt för Norrvika, vad vi menar med begreppet, vilka principer som ska "
              "vägleda arbetet och hur ansvaret är fördelat. Policyn kompletteras av förvaltningarnas "
              "handlingsplaner och av rutinen för kommunens idésluss."),
        ("h1", "2. Bakgrund"),
        ("p", "Kommunfullmäktige gav i samband med budget 2023 kommunstyrelsen i uppdrag att ta fram en "
              "samlad policy för innovation. Uppdraget byggde på en kartläggning som kommunledningskontoret "
              "genomförde under hösten 2022. Kartläggningen visade att det pågår ett omfattande "
              "förbättringsarbete i verksamheterna, men att kommunen behöver gemensamma strukturer för att "
              "ta tillvara medarbetarnas idéer, pröva dem på ett ordnat sätt och sprida de lösningar som "
              "fungerar."),
        ("p", "Kartläggningen visade också att innovation hittills främst har nämnts i kommunens styrdokument "
              "för digitalisering. Digitaliseringen är ett viktigt verktyg, men förnyelse handlar lika mycket "
              "om nya arbetssätt, nya samarbeten och nya sätt att organisera tjänsterna tillsammans med dem "
              "som använder dem. Policyn omfattar därför innovation i hela verksamheten, inte bara "
              "digitalisering."),
        ("p", "Policyn har tagits fram i dialog med förvaltningarna, de fackliga organisationerna, "
              "kommunala pensionärsrådet och rådet för funktionshinderfrågor. Synpunkter har även inhämtats "
              "från företrädare för det lokala näringslivet och från högskolan i regionen."),
        ("h1", "3. Syfte"),
        ("p", "Syftet med policyn är att skapa goda förutsättningar för innovation i Norrvika kommun, så att "
              "verksamheterna kan möta framtidens behov med bibehållen eller ökad kvalitet. Policyn ska"),
        ("bullets", [
            "tydliggöra att innovation är en del av varje medarbetares och varje chefs uppdrag,",
            "ge en gemensam bild av vad innovation är och hur arbetet bedrivs i kommunen,",
            "säkerställa att idéer tas om hand, prövas och, när de visar sig fungera, införs i ordinarie "
            "verksamhet,",
            "skapa förutsättningar i form av tid, pengar och kompetens för innovationsarbetet,",
            "göra det möjligt att följa upp och synliggöra resultaten av arbetet.",
        ]),
        ("h1", "4. Definitioner"),
        ("p", "Med innovation avses i denna policy nya eller väsentligt förbättrade tjänster, processer, "
              "arbetssätt eller organisationsformer som har införts och som skapar värde för invånare, "
              "företag, medarbetare eller kommunen som helhet. En idé blir en innovation först när den "
              "används och gör nytta."),
        ("p", "Med innovationsarbete avses hela kedjan från att ett behov eller en idé fångas upp, via "
              "prövning och utvärdering, till att lösningen införs och sprids. Med idésluss avses kommunens "
              "gemensamma funktion för att ta emot, bedöma och stödja idéer från medarbetare, invånare och "
              "externa aktörer."),
        ("p", "Innovation skiljer sig från det löpande förbättringsarbetet genom att det innebär ett större "
              "mått av nytänkande och därmed också ett större mått av osäkerhet. Det går ofta inte att på "
              "förhand veta om en ny lösning kommer att fungera. Därför ska innovationsarbetet bedrivas så "
              "att lärandet står i centrum."),
        ("h1", "5. Mål"),
        ("p", "Innovation ska vara en integrerad del av kommunens styrmodell. Det innebär att"),
        ("bullets", [
            "kommunfullmäktige i budget och verksamhetsplan anger ett övergripande mål för innovation,",
            "varje nämnd i sin verksamhetsplan anger minst ett mål eller uppdrag som rör innovation och "
            "förnyelse av verksamheten,",
            "förvaltningarna i sina internbudgetar avsätter resurser för att pröva nya arbetssätt,",
            "innovationsarbetet följs upp i delårsrapport och årsredovisning på samma sätt som övriga mål.",
        ]),
        ("p", "Kommunens långsiktiga mål är att Norrvika senast 2027 ska vara en av de kommuner i länet där "
              "medarbetarna i störst utsträckning upplever att deras idéer tas tillvara. Målet följs upp "
              "genom kommunens medarbetarenkät, som genomförs vartannat år."),
        ("columns",
         [("h1", "6. Principer för innovationsarbetet"),
          ("p", "Följande principer gäller för allt innovationsarbete i kommunen. De ska vägleda både "
                "politiska beslut och det dagliga arbetet i verksamheterna.")],
         [("h2", "6.1 Utgå från utmaningarna"),
          ("p", "Innovationsarbetet ska utgå från verkliga behov och utmaningar i verksamheten och i "
                "samhället. Nämnderna formulerar varje år ett antal prioriterade utmaningar, till exempel "
                "ensamhet bland äldre, ungas psykiska hälsa eller bristen på behörig personal i förskolan. "
                "Utmaningarna publiceras på kommunens webbplats så att medarbetare, invånare, företag och "
                "föreningar kan bidra med lösningar."),
          ("h2", "6.2 Användarna i centrum"),
          ("p", "De som använder kommunens tjänster ska involveras tidigt. Invånare, brukare, elever, "
                "anhöriga och företagare ska ges möjlighet att delta i att beskriva behov, utforma idéer "
                "och pröva nya lösningar. Metoder från tjänstedesign används där det är lämpligt. Det som "
                "användarna berättar ska dokumenteras och återkopplas till dem som deltagit."),
          ("h2", "6.3 Mod att pröva"),
          ("p", "Den som prövar något nytt ska kunna räkna med stöd från sin chef. Vi har ingen "
                "nollfelskultur. Ett försök som inte ger det förväntade resultatet är inget personligt "
                "misslyckande, utan ett resultat som ger kunskap. Lärdomar från avbrutna försök ska tas "
                "tillvara och delas på samma sätt som lärdomar från lyckade försök.")],
         [("h2", "6.4 Samverkan och nätverk"),
          ("p", "Många av kommunens utmaningar kan bara lösas tillsammans med andra. Innovationsarbetet "
                "bedrivs därför i samverkan över förvaltningsgränserna och tillsammans med region, "
                "högskola, näringsliv och civilsamhälle. Kommunen deltar i regionala och nationella "
                "nätverk för innovation i offentlig sektor och uppmuntrar medarbetare att delta i "
                "erfarenhetsutbyte med andra kommuner."),
          ("h2", "6.5 Lagar och regler"),
          ("p", "Innovationsarbetet bedrivs med respekt för gällande lagstiftning, bland annat "
                "kommunallagen, offentlighets- och sekretesslagen, dataskyddsförordningen och lagen om "
                "offentlig upphandling. Juridiska frågor lyfts tidigt i processen. Kommunens jurister och "
                "upphandlare ger stöd så att regelverket används som ett verktyg. Innovationsupphandling "
                "ska övervägas när marknaden saknar lämpliga lösningar."),
          ("h2", "6.6 Från försök till ordinarie drift"),
          ("p", "En lösning som har prövats med gott resultat ska kunna införas i ordinarie verksamhet. "
                "Redan när ett försök startar ska det finnas en plan för hur resultatet tas om hand. "
                "Förvaltningscheferna ansvarar för att goda lösningar sprids till andra verksamheter.")]),
        ("h1", "7. Idéslussen – från idé till genomförande"),
        ("p", "Kommunens idésluss är ingången för idéer från medarbetare, invånare, företag och föreningar. "
              "Idéer kan lämnas via intranätet, via kommunens webbplats eller direkt till närmaste chef. "
              "Alla idéer registreras och idégivaren ska få återkoppling inom fyra veckor."),
        ("p", "Idéslussen består av en samordnare vid kommunledningskontoret och ett nätverk av idécoacher i "
              "förvaltningarna. Idécoacherna hjälper idégivaren att beskriva behovet, hitta andra som har "
              "arbetat med liknande frågor och planera ett första försök. Arbetet följer fem steg:"),
        ("numbered", [
            "Fånga – idén registreras och idégivaren får en bekräftelse.",
            "Bedöma – idécoachen gör tillsammans med berörd chef en första bedömning av nytta, risker och "
            "kostnader.",
            "Pröva – idén testas i liten skala under en avgränsad tid, med tydliga frågor om vad försöket "
            "ska visa.",
            "Utvärdera – resultatet dokumenteras och jämförs med det behov som låg till grund för idén.",
            "Införa och sprida – lösningar som har gett gott resultat införs i ordinarie verksamhet och "
            "görs kända i hela kommunen.",
        ]),
        ("p", "Idéslussen rapporterar två gånger per år till kommunstyrelsens arbetsutskott om inkomna "
              "idéer, pågående försök och uppnådda resultat."),
        ("h1", "8. Tid och resurser"),
        ("p", "Innovation kräver utrymme i vardagen. Varje chef ansvarar för att medarbetarna kan avsätta tid "
              "för att utveckla och pröva idéer, och arbetet ska planeras in i verksamhetsplaneringen på "
              "samma sätt som andra uppgifter."),
        ("p", "Kommunfullmäktige avsätter årligen 2,5 miljoner kronor till en central innovationsfond. Fonden "
              "förvaltas av kommunstyrelsen och kan sökas av alla förvaltningar och bolag för att finansiera "
              "försök, utbildningsinsatser, användarstudier och tillfälliga personalförstärkningar i samband "
              "med innovationsprojekt. Ansökan görs på en enkel blankett och beslut kan fattas löpande under "
              "året."),
        ("hyph",
         "Fonden kan även användas för att vidareutveckla kommunens digitala service. Invånarna ska till "
         "exempel kunna följa sina ärenden och få besked genom våra e-|tjänster, och flera av de "
         "förbättringar som gjorts där har börjat som idéer från medarbetarna i kommunens kontaktcenter."),
        ("h1", "9. Kompetensutveckling"),
        ("p", "Alla chefer ska genomgå kommunens utbildning i innovationsledning inom ett år från "
              "anställning eller, för chefer som redan är anställda, senast under 2025. Utbildningen omfattar "
              "bland annat behovsanalys, tjänstedesign, försöksverksamhet, nyttorealisering och ledarskap i "
              "förändring."),
        ("p", "Medarbetare ska erbjudas kompetensutveckling i metoder för idéutveckling och "
              "förbättringsarbete. Idécoacherna får en fördjupad utbildning och träffas regelbundet i ett "
              "nätverk för erfarenhetsutbyte. Kommunen samarbetar med högskolan i regionen om utbildning och "
              "följeforskning."),
        ("h1", "10. Ledarskap och förankring"),
        ("hyph",
         "Innovationsarbetet ska vara förankrat på alla nivåer i organisationen. Kommunstyrelsen leder och "
         "samordnar arbetet, och kommundirektören ansvarar för att innovations|arbetet "
         "finns med som en stående punkt i kommunledningsgruppens arbete. Förvaltningscheferna ansvarar för "
         "att policyn är känd i den egna förvaltningen och att det finns handlingsplaner som beskriver hur "
         "den omsätts i praktiken."),
        ("p", "Chefer på alla nivåer har en nyckelroll. De ska efterfråga nya idéer, ge medarbetarna mandat "
              "att pröva dem och visa att innovationsarbete är en naturlig del av uppdraget. I "
              "medarbetarsamtalen ska medarbetarens bidrag till verksamhetens förnyelse uppmärksammas."),
        ("h1", "11. Uppmärksamhet och erkännande"),
        ("p", "Goda exempel ska lyftas fram. Kommunen delar varje år ut ett innovationspris till en "
              "medarbetare eller arbetsgrupp som har bidragit till en ny lösning som gör skillnad för "
              "invånarna. Pristagaren utses av en jury med representanter för förvaltningarna, de fackliga "
              "organisationerna och näringslivet."),
        ("p", "Berättelser om pågående och avslutade försök, även sådana som stannade på halva vägen, "
              "publiceras på intranätet och presenteras vid kommunens årliga chefsdag. Förväntningen att "
              "bidra till innovation ska vara tydlig i chefers och medarbetares uppdrag, och goda insatser "
              "ska kunna beaktas i lönesättningen."),
        ("h1", "12. Roller och ansvar"),
        ("table", (32, 68), [
            ["Roll", "Ansvar"],
            ["Kommunfullmäktige", "Antar policyn, anger övergripande mål för innovation i budget och "
                                  "verksamhetsplan och avsätter medel till innovationsfonden."],
            ["Kommunstyrelsen", "Leder och samordnar innovationsarbetet, förvaltar innovationsfonden och "
                                "följer upp policyn årligen."],
            ["Nämnderna", "Anger mål för innovation i sina verksamhetsplaner och formulerar prioriterade "
                          "utmaningar."],
            ["Kommundirektören", "Ansvarar för att policyn genomförs och beslutar om medel ur "
                                 "innovationsfonden."],
            ["Förvaltningschefer", "Tar fram handlingsplaner, avsätter tid och resurser och ansvarar för att "
                                   "goda lösningar sprids."],
            ["Chefer", "Uppmuntrar idéer, ger mandat att pröva och följer upp försök i den egna "
                       "verksamheten."],
            ["Idéslussen", "Tar emot och registrerar idéer, stöttar idégivare och rapporterar till "
                           "kommunstyrelsens arbetsutskott."],
            ["Medarbetare", "Bidrar med idéer och deltar i försök och i utvärdering av nya arbetssätt."],
        ]),
        ("h1", "13. Uppföljning och mätning"),
        ("p", "Policyn följs upp årligen av kommunstyrelsen. Uppföljningen redovisas i årsredovisningen och "
              "omfattar minst följande indikatorer:"),
        ("bullets", [
            "antal idéer som har registrerats i idéslussen och andel som fått återkoppling inom fyra veckor,",
            "antal genomförda försök och antal lösningar som har införts i ordinarie verksamhet,",
            "andel medarbetare som i medarbetarenkäten instämmer i påståendet ”Jag har möjlighet att pröva "
            "nya idéer i mitt arbete”,",
            "andel chefer som har genomgått utbildning i innovationsledning,",
            "använda medel ur innovationsfonden och bedömd nytta av de finansierade projekten.",
        ]),
        ("p", "Policyn ska revideras senast 2027. Inför revideringen görs en utvärdering i samarbete med "
              "högskolan i regionen."),
        ("h1", "English summary"),
        ("p", "This policy sets out how the Municipality of Norrvika works with innovation. Innovation is "
              "defined as new or significantly improved services, processes, working methods or forms of "
              "organisation that have been put into use and create value for residents, businesses, staff or "
              "the municipality. Innovation is part of the municipal management system: the council sets an "
              "overall goal, every committee sets at least one goal for innovation, and progress is reported "
              "in the interim and annual reports."),
        ("p", "Ideas from staff, residents and partners are handled by the municipal idea sluice, which "
              "registers every idea, gives feedback within four weeks and supports small-scale tests. An "
              "innovation fund of SEK 2.5 million a year pays for tests, training and user studies. Managers "
              "are expected to give staff time and a mandate to try new solutions, and the municipality "
              "explicitly rejects a zero-error culture: tests that do not succeed are treated as learning. "
              "All managers take part in training in innovation leadership, users are involved from the "
              "start, and the work is done together with the region, the university, business and civil "
              "society. An annual innovation award highlights good examples. The policy is followed up every "
              "year with a set of indicators and will be revised no later than 2027."),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 2. sv_it_regler.docx — Swedish IT rules, hinders (no innovation word: digital_only null)
# ---------------------------------------------------------------------------------------------------------

SV_IT_RULES = {
    "title": "Regler för användning av IT i Stensjö kommun",
    "author": "Stensjö kommun, IT-enheten",
    "subject": "IT-regler, fastställda av kommundirektören 2023-11-06",
    "keywords": "IT-regler; informationssäkerhet; programvara",
    "lang": "sv-SE",
    "date": dt.datetime(2023, 11, 6, 8, 0, 0),
    "header": "Stensjö kommun – Regler för användning av IT – Dnr KS 2023/0845",
    "footer": "Fastställd av kommundirektören 2023-11-06",
    "page_word": "Sida",
    "blocks": [
        ("title", "Regler för användning av IT i Stensjö kommun"),
        ("meta", [
            ("Dokumenttyp", "Regler"),
            ("Fastställd av", "Kommundirektören, 2023-11-06"),
            ("Diarienummer", "KS 2023/0845"),
            ("Dokumentansvarig", "IT-chefen"),
            ("Gäller för", "Alla anställda, förtroendevalda, praktikanter och inhyrd personal"),
        ]),
        ("h1", "1. Syfte"),
        ("p", "Reglerna ska bidra till att kommunens information och IT-miljö skyddas mot obehörig åtkomst, "
              "förlust och störningar, och att verksamheten kan lita på att systemen fungerar. Reglerna "
              "beskriver vad som gäller för den som använder kommunens datorer, mobila enheter, "
              "verksamhetssystem och nätverk."),
        ("h1", "2. Omfattning"),
        ("p", "Reglerna gäller för alla som har ett användarkonto i kommunens IT-miljö. De gäller oavsett om "
              "arbetet utförs på arbetsplatsen, i hemmet eller på annan plats. Chefer ansvarar för att "
              "medarbetarna känner till reglerna och att de följs i den egna verksamheten."),
        ("h1", "3. Allmänna regler"),
        ("bullets", [
            "Kommunens IT-utrustning får endast användas för arbetsuppgifter i kommunens tjänst.",
            "Användarkontot är personligt och får inte lånas ut till någon annan.",
            "Datorn ska låsas när den lämnas obevakad, även under kortare stunder.",
            "Misstänkta säkerhetsincidenter ska omedelbart anmälas till IT-enhetens servicedesk.",
            "Utrustning som försvinner eller skadas ska anmälas till närmaste chef samma dag.",
        ]),
        ("h1", "4. Programvara, appar och molntjänster"),
        ("p", "Endast programvara som är godkänd av IT-enheten och finns i kommunens programkatalog får "
              "användas. Det är inte tillåtet att installera egna program, webbläsartillägg eller appar på "
              "kommunens datorer, surfplattor och mobiltelefoner, inte heller program som är kostnadsfria."),
        ("p", "Nya appar och molntjänster ska godkännas av IT-enheten innan de används i verksamheten. Det "
              "gäller även kostnadsfria tjänster och tjänster som bara ska användas under en kortare period. "
              "Innan ett godkännande lämnas görs en säkerhetsbedömning och, när personuppgifter behandlas, en "
              "bedömning tillsammans med dataskyddsombudet."),
        ("p", "Medarbetare får inte på eget initiativ börja använda nya digitala verktyg i arbetet, även om "
              "verktyget skulle kunna underlätta arbetet. Behov av nya verktyg anmäls till närmaste chef, som "
              "vid behov gör en beställning till IT-enheten. Förändringar i arbetssätt som påverkar IT-stödet "
              "får endast genomföras inom ramen för befintliga rutiner och förvaltningsobjekt."),
        ("h2", "4.1 Beställning och godkännande"),
        ("p", "Tabellen visar vem som fattar beslut om olika typer av ärenden och hur lång tid handläggningen "
              "normalt tar."),
        ("table", None, [
            ["Ärende", "Beslutas av", "Handläggningstid"],
            ["Programvara som finns i programkatalogen", "Närmaste chef", "5 arbetsdagar"],
            ["Programvara som inte finns i programkatalogen", "IT-chefen", "Upp till 3 månader"],
            ["Ny app eller molntjänst", "IT-chefen efter säkerhetsbedömning", "Upp till 6 månader"],
            ["Ändring i verksamhetssystem", "Systemägaren och IT-enheten", "Behandlas i förvaltningsgruppen"],
            ["Ny hårdvara", "IT-enheten", "Enligt ramavtal"],
        ]),
        ("h1", "5. Behörighet och lösenord"),
        ("p", "Behörighet till verksamhetssystem beställs av närmaste chef och ska motsvara de "
              "arbetsuppgifter som medarbetaren har. Lösenord ska bestå av minst 14 tecken och får inte "
              "användas för andra tjänster än kommunens. Inloggning utanför kommunens nätverk sker med "
              "tvåfaktorsautentisering."),
        ("h1", "6. Lagring av information"),
        ("p", "Arbetsmaterial ska sparas i kommunens gemensamma lagringsytor eller i det verksamhetssystem som "
              "är avsett för informationen. Det är inte tillåtet att spara arbetsmaterial på privata "
              "lagringstjänster eller på USB-minnen. Personuppgifter ska hanteras enligt "
              "dataskyddsförordningen och kommunens riktlinjer för informationssäkerhet."),
        ("h1", "7. E-post, internet och sociala medier"),
        ("p", "Kommunens e-post får inte vidarebefordras automatiskt till privata adresser. Sekretessbelagd "
              "information får endast skickas med krypterad e-post. Den som företräder kommunen i sociala "
              "medier ska följa kommunens riktlinjer för kommunikation."),
        ("h1", "8. Mobila enheter och distansarbete"),
        ("p", "Mobiltelefoner och surfplattor hanteras i kommunens system för enhetshantering. Appar "
              "installeras endast från kommunens appkatalog. Vid distansarbete ska uppkoppling ske via "
              "kommunens säkra anslutning."),
        ("h1", "9. Överträdelse av reglerna"),
        ("p", "Den som bryter mot reglerna kan få sin behörighet begränsad eller avstängd. Överträdelser kan "
              "också leda till arbetsrättsliga åtgärder. IT-enheten har rätt att avinstallera programvara som "
              "har installerats i strid med reglerna."),
        ("h1", "10. Ansvar och uppföljning"),
        ("p", "IT-chefen ansvarar för att reglerna hålls aktuella och följs upp årligen. Förvaltningscheferna "
              "ansvarar för att reglerna är kända i förvaltningen. Reglerna revideras vid behov, dock minst "
              "vart tredje år."),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 3. sv_digitaliseringsstrategi.pdf — Swedish digitalisation strategy, enables, digital_only true
#    (every innovation mention sits in a sentence about digitalisation / e-tjänster / välfärdsteknik)
# ---------------------------------------------------------------------------------------------------------

SV_DIGITAL = {
    "title": "Digitaliseringsstrategi för Ljungåsa kommun 2024–2027",
    "author": "Ljungåsa kommun, kommunledningsförvaltningen",
    "subject": "Digitaliseringsstrategi, beslutad av kommunfullmäktige 2023-12-11",
    "lang": "sv-SE",
    "date": dt.datetime(2023, 12, 18, 10, 0, 0, tzinfo=dt.timezone.utc),
    "header_left": "Ljungåsa kommun – Digitaliseringsstrategi 2024–2027",
    "header_right": "Dnr KS 2023/1120",
    "footer_left": "Beslutad av kommunfullmäktige 2023-12-11, § 162",
    "page_word": "Sida",
    "blocks": [
        ("title", "Digitaliseringsstrategi för Ljungåsa kommun 2024–2027"),
        ("meta", [
            ("Dokumenttyp", "Strategi"),
            ("Beslutad av", "Kommunfullmäktige 2023-12-11, § 162"),
            ("Diarienummer", "KS 2023/1120"),
            ("Dokumentansvarig", "Digitaliseringschefen"),
            ("Giltighetstid", "2024-01-01 – 2027-12-31"),
        ]),
        ("h1", "1. Inledning"),
        ("p", "Digitaliseringen förändrar hur invånare, företag och organisationer kommunicerar, arbetar och "
              "tar del av service. För Ljungåsa kommun innebär den både möjligheter och krav. Invånarna "
              "förväntar sig att kunna sköta sina ärenden när och var det passar dem, medarbetarna behöver "
              "ändamålsenliga verktyg och verksamheterna behöver använda information på ett bättre sätt för "
              "att kunna planera och följa upp."),
        ("p", "Strategin anger inriktningen för kommunens digitalisering under perioden 2024–2027. Den gäller "
              "för samtliga nämnder och förvaltningar och konkretiseras i en årlig digitaliseringsplan som "
              "beslutas av kommunstyrelsen i samband med budgeten."),
        ("h1", "2. Vision och utgångspunkter"),
        ("p", "Ljungåsa ska vara en kommun där digitalisering och innovation bidrar till en tillgänglig, "
              "effektiv och hållbar välfärd."),
        ("p", "Strategin utgår från den nationella digitaliseringspolitiken och från kommunfullmäktiges mål i "
              "budget och verksamhetsplan. Följande utgångspunkter gäller:"),
        ("bullets", [
            "Invånarnas och företagens behov är utgångspunkten för alla digitala tjänster.",
            "Digitala lösningar ska vara tillgängliga för alla, oavsett funktionsförmåga, ålder eller språk.",
            "Det som kan digitaliseras ska digitaliseras när det skapar nytta, men personlig service ska "
            "finnas kvar för dem som behöver den.",
            "Information ska hanteras säkert och i enlighet med dataskyddsförordningen.",
            "Kommunen ska samverka med andra kommuner och med regionen kring gemensamma digitala lösningar.",
        ]),
        ("h1", "3. Strategiska mål"),
        ("p", "Under strategiperioden arbetar kommunen mot fyra strategiska mål. Målen bryts ned i nämndernas "
              "verksamhetsplaner."),
        ("numbered", [
            "Fler ärenden ska kunna hanteras digitalt. Senast 2027 ska de 30 vanligaste ärendetyperna kunna "
            "startas via en e-tjänst.",
            "Medarbetarna ska ha den digitala kompetens som krävs i deras uppdrag.",
            "Verksamheterna ska använda innovativa digitala lösningar för att möta behoven i välfärden, inte "
            "minst inom vård och omsorg.",
            "Kommunens information ska vara strukturerad, säker och möjlig att återanvända.",
        ]),
        ("h1", "4. Fokusområden"),
        ("h2", "4.1 Digitala tjänster för invånare och företag"),
        ("p", "Kommunens e-tjänster ska vara enkla att använda och utformas tillsammans med dem som ska använda "
              "dem. Invånare och företagare bjuds in att delta när nya e-tjänster tas fram. Invånarna ska kunna "
              "följa sitt ärende och få sitt beslut digitalt."),
        ("h2", "4.2 Digital kompetens"),
        ("p", "Alla medarbetare ska ha grundläggande digital kompetens. Kommunen erbjuder utbildning i de "
              "gemensamma systemen och i informationssäkerhet. Chefer får särskild utbildning i att leda "
              "digital förändring, och digitaliseringsombud i varje förvaltning stöttar kollegor i det dagliga "
              "arbetet."),
        ("h2", "4.3 Välfärdsteknik"),
        ("p", "Inom vård och omsorg ska välfärdsteknik användas för att öka tryggheten och självständigheten "
              "för brukarna. Under perioden genomförs pilotprojekt med välfärdsteknik, bland annat digital "
              "nattillsyn, läkemedelsrobotar och digitala möten med anhöriga. Verksamheterna ges möjlighet att "
              "pröva innovativa digitala lösningar i liten skala innan de införs brett. Varje pilot med "
              "välfärdsteknik utvärderas tillsammans med brukare och personal."),
        ("h2", "4.4 Data och infrastruktur"),
        ("p", "En stabil IT-infrastruktur är en förutsättning för all digitalisering. Kommunen bygger vidare "
              "på en gemensam plattform för e-tjänster, säker inloggning och ärendehantering. Data som inte "
              "omfattas av sekretess publiceras som öppna data när det är möjligt."),
        ("h1", "5. Förutsättningar"),
        ("p", "Kommunfullmäktige avsätter 3 miljoner kronor per år till en digitaliseringsfond. Fonden "
              "finansierar innovativa digitala lösningar som förvaltningarna vill pröva och som bedöms kunna ge "
              "nytta för invånare eller medarbetare. Medel söks hos digitaliseringsrådet, som sammanträder "
              "varje månad."),
        ("p", "Kommunen deltar i det regionala nätverket för digital innovation i offentlig sektor och "
              "samarbetar med grannkommunerna om upphandling och drift av digitala tjänster."),
        ("h1", "6. Ansvar"),
        ("table", (32, 68), [
            ["Roll", "Ansvar"],
            ["Kommunstyrelsen", "Beslutar om den årliga digitaliseringsplanen och följer upp strategin."],
            ["Digitaliseringsrådet", "Prioriterar digitaliseringsinitiativ och beslutar om medel ur "
                                     "digitaliseringsfonden."],
            ["Förvaltningscheferna", "Ansvarar för digitaliseringen i den egna förvaltningen."],
            ["IT-enheten", "Ansvarar för infrastruktur, informationssäkerhet och förvaltning av gemensamma "
                           "system."],
            ["Digitaliseringsombud", "Stöttar kollegor och för vidare behov och förslag till "
                                     "digitaliseringsrådet."],
        ]),
        ("h1", "7. Uppföljning"),
        ("p", "Strategin följs upp årligen i samband med årsredovisningen. Följande indikatorer används:"),
        ("bullets", [
            "antal ärendetyper som kan startas via en e-tjänst,",
            "andel medarbetare som har genomgått utbildning i digital kompetens,",
            "antal genomförda piloter med välfärdsteknik och antal sådana lösningar som har införts i "
            "ordinarie verksamhet,",
            "invånarnas nöjdhet med kommunens digitala tjänster.",
        ]),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 4. sv_budget_verksamhetsplan.txt — Swedish budget excerpt, mixed
# ---------------------------------------------------------------------------------------------------------

_BUDGET_ROWS = [
    # nämnd, budget 2024, budget 2025, plan 2026, plan 2027 (tkr)
    ("Kommunstyrelsen", 98450, 101200, 103100, 104900),
    ("Barn- och utbildningsnämnden", 612300, 628900, 641500, 654300),
    ("Socialnämnden", 705900, 721400, 735800, 750500),
    ("Samhällsbyggnadsnämnden", 84700, 86100, 87600, 89200),
    ("Kultur- och fritidsnämnden", 41200, 41900, 42600, 43400),
]


def _tkr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def budget_text() -> str:
    rows = [["Nämnd", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]]
    for name, *vals in _BUDGET_ROWS:
        rows.append([name] + [_tkr(v) for v in vals])
    sums = [sum(r[i] for r in _BUDGET_ROWS) for i in range(1, 5)]
    rows.append(["Summa nämnder"] + [_tkr(v) for v in sums])
    table = text_table(rows, "lrrrr")
    return f"""
BJÖRKFORS KOMMUN

Budget 2025 och verksamhetsplan 2025–2027
Utdrag: övergripande mål, ekonomiska förutsättningar och uppdrag till nämnderna

Beslutad av kommunfullmäktige 2024-11-25, § 112
Dnr KS 2024/0478
Belopp i tusental kronor (tkr) om inget annat anges


{underline("1. Inledning")}

Budgeten är kommunfullmäktiges viktigaste styrdokument. Den anger de övergripande målen för
verksamheten, de ekonomiska ramarna för nämnderna och de särskilda uppdrag som nämnderna ska genomföra
under planperioden. Detta dokument är ett utdrag ur budgethandlingen och innehåller de delar som rör
mål, ekonomiska förutsättningar och uppdrag. Driftbudget per verksamhet, investeringsbudget och taxor
redovisas i bilagorna 1–4.


{underline("2. Ekonomiska förutsättningar")}

Skatteunderlaget beräknas öka med 3,4 procent 2025, vilket är lägre än de senaste årens ökning.
Samtidigt ökar kostnaderna för pensioner, löner och försörjningsstöd, och antalet invånare över 80 år
väntas öka med 6 procent under planperioden. Kommunfullmäktiges finansiella mål är att resultatet ska
uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.

Mot denna bakgrund gäller följande för hela planperioden:

  - All verksamhetsutveckling ska ske inom befintliga budgetramar. Utvecklingsarbete som inte ryms inom
    nämndens ram kan inte påbörjas.
  - Inga nya tjänster får inrättas under 2025–2027. Vakanser ska i första hand lösas genom omfördelning
    inom förvaltningen.
  - Nämnder som redovisar underskott i delårsrapporten ska omgående ta fram en åtgärdsplan.


{underline("3. Kommunfullmäktiges övergripande mål")}

Mål 1. Invånarna ska vara nöjda med kommunens service och bemötande.
Mål 2. Barn och unga ska ges goda förutsättningar att lyckas i skolan.
Mål 3. Björkfors ska ha en ekonomi i balans och ett resultat på minst 2 procent.
Mål 4. Björkfors kommun ska vara en innovativ organisation som tar tillvara medarbetarnas idéer och
       ger dem möjlighet att pröva nya arbetssätt.
Mål 5. Björkfors ska vara en attraktiv arbetsgivare med ett hållbart arbetsliv.

Indikatorer för mål 4:
  - antal idéer som har prövats med stöd av innovationsfonden,
  - antal nya arbetssätt som har införts i ordinarie verksamhet efter ett försök,
  - andel medarbetare som i medarbetarenkäten anser att de kan påverka hur arbetet utförs.


{underline("4. Innovationsfond")}

Kommunstyrelsen inrättar från och med 2025 en innovationsfond på 1,5 miljoner kronor per år. Fonden
finansieras genom en omfördelning inom kommunstyrelsens ram. Förvaltningarna kan söka medel ur fonden
för att testa nya idéer och arbetssätt som kan ge bättre kvalitet eller lägre kostnader på sikt.
Ansökan görs på en enkel blankett. Ansökningarna bereds av kommunledningskontorets utvecklingsgrupp
fyra gånger per år och beslut fattas av kommunstyrelsens arbetsutskott.


{underline("5. Ekonomiska ramar per nämnd")}

{table}

Ramarna har räknats upp med 2,1 procent för löneökningar och 1,8 procent för övriga kostnader.
Socialnämndens ram har därutöver tillförts 4 000 tkr för volymökningar inom hemtjänsten.


{underline("6. Uppdrag till nämnderna")}

6.1 Kommunstyrelsen
Kommunstyrelsen ska förvalta innovationsfonden och redovisa resultatet av de finansierade försöken i
årsredovisningen. Inom ekonomiadministration, löneadministration och myndighetsutövning gäller
nollfelstolerans. Avvikelser från fastställda rutiner accepteras inte och ska alltid rapporteras till
förvaltningschefen.

6.2 Barn- och utbildningsnämnden
Nämnden ska anpassa lokalbehovet till det minskande elevantalet i de norra skolområdena. Nämnden ges
också i uppdrag att tillsammans med Ekbackens skola pröva en ny modell för samordnad elevhälsa, med
finansiering från innovationsfonden.

6.3 Socialnämnden
Nämnden ska nå en budget i balans senast vid utgången av 2025. Inom äldreomsorgen och individ- och
familjeomsorgen finns under 2025 inget utrymme att pröva nya arbetssätt; all kraft ska läggas på att
anpassa bemanningen till beviljade insatser och att minska kostnaderna för placeringar.

6.4 Samhällsbyggnadsnämnden
Nämnden ska korta handläggningstiden för bygglov till högst sex veckor för kompletta ansökningar och
ta fram en plan för underhåll av det kommunala vägnätet.

6.5 Kultur- och fritidsnämnden
Nämnden ska se över öppettiderna i biblioteken och föreslå hur föreningsbidragen kan samordnas.


{underline("7. Uppföljning")}

Målen och uppdragen följs upp i delårsrapporten per augusti och i årsredovisningen. För mål 4
redovisas antal ansökningar till innovationsfonden, antal beviljade försök och vilka resultat de har
gett. Nämnderna rapporterar sin ekonomiska prognos till kommunstyrelsen varje månad.
"""


# ---------------------------------------------------------------------------------------------------------
# 5. sv_lokalforsorjningsplan.txt — Swedish premises plan, absent, cp1252, CRLF
#    No innovation term at all; false friends: renovering, ombyggnad, nya lokaler, utveckling,
#    förändring, protest, testamente, provisoriska, nyckeltal.
# ---------------------------------------------------------------------------------------------------------


def premises_text() -> str:
    stock = text_table([
        ["Verksamhet", "Antal objekt", "Yta (m²)", "Varav inhyrt (m²)"],
        ["Förskola", "14", "16 900", "3 200"],
        ["Grundskola", "9", "58 300", "0"],
        ["Gymnasieskola", "1", "14 200", "0"],
        ["Vård- och omsorgsboende", "5", "27 600", "9 800"],
        ["Kultur och fritid", "11", "19 400", "1 100"],
        ["Administration", "4", "11 600", "2 300"],
        ["Summa", "44", "148 000", "16 400"],
    ], "lrrr")
    invest = text_table([
        ["Projekt", "Åtgärd", "Period", "Utgift (mnkr)"],
        ["Tallbackaskolan", "Renovering och ombyggnad av kök", "2025–2026", "42,0"],
        ["Förskolan Ugglan", "Nybyggnad, 8 avdelningar (ersätter Ugglan och Myran)", "2026–2027", "78,5"],
        ["Ekdala simhall", "Renovering av bassäng och ventilation", "2027", "31,0"],
        ["Björkhagens vård- och omsorgsboende", "Tillbyggnad, 24 lägenheter", "2028–2029", "96,0"],
        ["Stadshuset", "Ombyggnad av plan 2 till kontorslandskap", "2026", "12,5"],
        ["Summa", "", "", "260,0"],
    ], "lllr")
    return f"""
EKDALA KOMMUN
Lokalförsörjningsplan 2025–2034

Antagen av kommunstyrelsen 2024-09-02, § 134
Dnr KS 2024/0219
Ansvarig: Samhällsbyggnadsförvaltningen, enheten för fastighet och lokalförsörjning


1 INLEDNING

Ekdala kommun äger och hyr sammanlagt cirka 148 000 m² lokaler för kommunal verksamhet. Lokalerna är
en av kommunens största kostnader efter personalkostnaderna, och beslut om lokaler binder ofta upp
kapital under lång tid. Lokalförsörjningsplanen ger en samlad bild av verksamheternas behov av lokaler
de kommande tio åren och ligger till grund för investeringsbudgeten.

Planen revideras årligen. Denna version ersätter lokalförsörjningsplanen 2024–2033.


2 SYFTE

Syftet med planen är att
  - ge kommunstyrelsen och nämnderna ett underlag för beslut om investeringar, inhyrning och avveckling,
  - säkerställa att verksamheterna har ändamålsenliga lokaler i rätt tid och på rätt plats,
  - hålla nere lokalkostnaderna genom ett effektivt utnyttjande av befintliga lokaler,
  - samordna lokalbehoven mellan förvaltningarna.


3 FÖRUTSÄTTNINGAR OCH BEFOLKNINGSPROGNOS

Enligt kommunens befolkningsprognos ökar antalet invånare från 24 850 år 2024 till cirka 26 300 år
2034. Ökningen sker främst i centralorten och i Sjöviken, där utvecklingen av nya bostadsområden
fortsätter. Antalet barn i förskoleåldern väntas vara i stort sett oförändrat, medan antalet invånare
över 80 år ökar med nästan 40 procent under perioden. Förändringen av åldersstrukturen innebär att
behovet av platser i vård- och omsorgsboende ökar, medan behovet av skollokaler minskar något i de
norra delarna av kommunen.


4 NULÄGE – LOKALBESTÅNDET

{stock}

Nyckeltal: lokalytan per barn i förskolan uppgår till 9,8 m², vilket är något över riktvärdet 9,0 m².
Lokalytan per elev i grundskolan uppgår till 15,2 m². Den genomsnittliga vakansgraden i kommunens egna
lokaler var 3,1 procent vid senaste inventeringen.


5 VERKSAMHETERNAS BEHOV

5.1 Förskola
Förskolorna Ugglan och Myran har stora underhållsbehov och ersätts av en ny förskola med åtta
avdelningar på tomten vid Ugglevägen. Under byggtiden används paviljonger som provisoriska lokaler.
Inhyrningen av Sjövikens förskola förlängs med fem år när det nuvarande hyresavtalet löper ut 2026.

5.2 Grundskola
Tallbackaskolan genomgår en renovering av klassrum och en ombyggnad av skolköket under 2025–2026.
Undervisningen flyttas under tiden till nya lokaler i den tidigare gymnasiebyggnaden. Elevantalet i
Norrby skola minskar, och skolans lokaler ska därför samnyttjas med fritidsgården från hösten 2026.

5.3 Vård och omsorg
Behovet av platser i vård- och omsorgsboende beräknas öka med 24 platser till år 2030. Behovet möts
genom en tillbyggnad av Björkhagens vård- och omsorgsboende. Detaljplanen för tillbyggnaden har
överklagats efter en protest från boende i närområdet, och tidplanen är därför osäker.

Villa Solhem, som kommunen fick genom ett testamente 1987, används i dag för daglig verksamhet enligt
LSS. Enligt testamentet ska fastigheten användas till förmån för kommunens äldre och personer med
funktionsnedsättning. Fastigheten behöver ett tillgänglighetsanpassat entréplan.

5.4 Kultur och fritid
Simhallen har nått sin tekniska livslängd för bassäng och ventilation. En renovering planeras till 2027.
Idrottshallen i Sjöviken har tillräcklig kapacitet för föreningslivets behov under planperioden.

5.5 Administration
Stadshusets andra våning byggs om till ett kontorslandskap med fler mötesrum, vilket gör det möjligt
att säga upp hyresavtalet för kontoret på Storgatan 12. Nyckelhanteringen i stadshuset ersätts med
ett passersystem i samband med ombyggnaden.


6 INVESTERINGSPLAN 2025–2029

{invest}

Investeringsutgifterna är beräknade i 2024 års prisnivå. Kapitalkostnaderna för projekten belastar
respektive nämnd från och med det år lokalen tas i bruk.


7 AVYTTRING OCH AVVECKLING

Följande objekt föreslås avvecklas eller säljas under planperioden: förskolan Myran (rivs efter att
den nya förskolan tagits i bruk), kontoret på Storgatan 12 (hyresavtalet sägs upp 2026) och
Lövåsens fritidsgård (säljs efter att verksamheten har flyttat till Norrby skola).


8 ANSVAR OCH ARBETSPROCESS

Kommunstyrelsen ansvarar för kommunens samlade lokalförsörjning. Lokalstrategen vid
samhällsbyggnadsförvaltningen samordnar arbetet med planen. Varje förvaltning redovisar sina
lokalbehov till lokalförsörjningsgruppen senast den 1 mars varje år. I gruppen ingår representanter
för samtliga förvaltningar och för fastighetsenheten.


9 UPPFÖLJNING

Planen följs upp i samband med årsredovisningen. Uppföljningen omfattar genomförda investeringar,
lokalkostnad per invånare, vakansgrad och avvikelser mot tidplan och budget.
"""


# ---------------------------------------------------------------------------------------------------------
# 6. nb_innovasjonsstrategi.docx — Bokmål innovation strategy, enables
# ---------------------------------------------------------------------------------------------------------

NB_STRATEGY = {
    "title": "Innovasjonsstrategi for Lyngvik kommune 2024–2028",
    "author": "Lyngvik kommune, kommunedirektørens stab",
    "subject": "Innovasjonsstrategi vedtatt av kommunestyret 12.06.2024, sak 45/24",
    "keywords": "innovasjon; tjenesteinnovasjon; brukermedvirkning",
    "lang": "nb-NO",
    "date": dt.datetime(2024, 6, 12, 12, 0, 0),
    "header": "Lyngvik kommune – Innovasjonsstrategi 2024–2028 – Saksnr. 23/01457",
    "footer": "Vedtatt av kommunestyret 12.06.2024, sak 45/24",
    "page_word": "Side",
    "blocks": [
        ("title", "Innovasjonsstrategi for Lyngvik kommune 2024–2028"),
        ("meta", [
            ("Vedtatt", "Kommunestyret 12.06.2024, sak 45/24"),
            ("Saksnummer", "23/01457"),
            ("Ansvarlig", "Kommunedirektøren"),
            ("Gjelder for", "Hele kommuneorganisasjonen"),
            ("Rulleres", "Hvert fjerde år, neste gang 2028"),
        ]),
        ("h1", "1 Innledning"),
        ("p", "Lyngvik kommune skal levere gode tjenester til innbyggerne også i årene som kommer. Befolkningen "
              "blir eldre, det blir færre yrkesaktive per pensjonist, og det blir vanskeligere å rekruttere "
              "fagfolk innen helse, oppvekst og teknisk sektor. Samtidig forventer innbyggerne tjenester som er "
              "tilpasset deres behov. Dette løser vi ikke ved å jobbe mer eller raskere med de samme metodene."),
        ("p", "Strategien beskriver hvordan kommunen skal arbeide systematisk med innovasjon. Den gjelder for "
              "hele kommuneorganisasjonen og skal ligge til grunn for sektorenes planer og for kommunens "
              "deltakelse i regionale og nasjonale samarbeid."),
        ("h1", "2 Bakgrunn"),
        ("p", "Kommunestyret ba i handlingsprogrammet for 2023–2026 om at det skulle utarbeides en egen "
              "strategi for innovasjon. En gjennomgang av kommunens planverk viste at innovasjon til nå "
              "hovedsakelig har vært omtalt i planer for digitalisering og velferdsteknologi. Digitalisering "
              "er et viktig virkemiddel, men innovasjons- og omstillingsarbeidet i kommunen må også omfatte nye "
              "arbeidsformer, nye samarbeid og nye måter å organisere tjenestene på."),
        ("p", "Strategien er utarbeidet av en arbeidsgruppe med representanter fra alle sektorer, "
              "tillitsvalgte, verneombud og ungdomsrådet. Eldrerådet og rådet for personer med "
              "funksjonsnedsettelse har gitt innspill underveis."),
        ("h1", "3 Hva mener vi med innovasjon?"),
        ("p", "I denne strategien er en innovasjon noe nytt eller vesentlig forbedret som er tatt i bruk, og "
              "som skaper verdi for innbyggerne, de ansatte eller samfunnet. Innovasjonen kan være ny for "
              "Lyngvik selv om den er prøvd ut andre steder. Vi skiller mellom flere typer innovasjon:"),
        ("bullets", [
            "Tjenesteinnovasjon: nye eller forbedrede tjenester til innbyggerne, for eksempel nye former for "
            "hjemmebaserte tjenester.",
            "Prosessinnovasjon: nye måter å utføre arbeidet på, for eksempel endrede arbeidsflyter i "
            "saksbehandlingen.",
            "Organisatorisk innovasjon: nye måter å organisere, lede og samarbeide på.",
            "Teknologisk innovasjon: ny bruk av digitale verktøy og velferdsteknologi.",
            "Sosial innovasjon: løsninger som utvikles sammen med frivillige, næringsliv og lokalsamfunn.",
        ]),
        ("h1", "4 Mål"),
        ("p", "Hovedmål: Lyngvik kommune skal være en innovasjonsvennlig organisasjon der ansatte, ledere og "
              "innbyggere sammen fornyer tjenestene."),
        ("p", "Innovasjon skal være en del av kommunens mål- og resultatstyring. Kommunestyret fastsetter mål "
              "for innovasjon i handlingsprogrammet, og hver sektor skal ha minst ett innovasjonsmål i sin "
              "virksomhetsplan. Delmål for strategiperioden:"),
        ("bullets", [
            "Alle ledere har gjennomført opplæring i innovasjonsledelse innen utgangen av 2025.",
            "Minst 20 idéer per år blir prøvd ut i tjenestene.",
            "Andelen ansatte som opplever at det er rom for å prøve nye løsninger, øker fra 54 til 70 prosent.",
            "Minst fem nye tjenester eller arbeidsmåter er utviklet sammen med brukerne innen 2028.",
        ]),
        ("h1", "5 Innsatsområder"),
        ("h2", "5.1 Ledelse og kultur"),
        ("p", "Ledere på alle nivåer har ansvar for å skape en innovasjonsvennlig kultur. Kommunedirektørens "
              "ledergruppe skal ha innovasjon som fast tema og gå foran med å etterspørre nye idéer. Ledere "
              "skal gi medarbeiderne tid og handlingsrom til å prøve ut nye løsninger."),
        ("p", "Vi skal ikke ha en nullfeilskultur. I den daglige driften stiller vi høye krav til kvalitet og "
              "pasientsikkerhet, men når vi prøver ut noe nytt, må det være lov å feile. Utprøvinger som gir "
              "et annet resultat enn ventet, skal evalueres og deles slik at andre kan lære av dem."),
        ("p", "Bidrag til innovasjon skal tas opp i medarbeidersamtalen og kan vektlegges ved lokale "
              "lønnsforhandlinger."),
        ("h2", "5.2 Brukermedvirkning og tjenestedesign"),
        ("p", "Innbyggerne er eksperter på eget liv. Brukermedvirkning skal ligge til grunn for all "
              "tjenesteinnovasjon i kommunen. Vi bruker metoder fra tjenestedesign for å forstå behovene før vi "
              "velger løsning, og brukere og pårørende skal delta i utprøving og evaluering av nye tiltak."),
        ("h2", "5.3 Kompetanse"),
        ("p", "Kommunen tilbyr et eget opplæringsprogram i innovasjonsledelse for ledere og et kurs i "
              "tjenestedesign for ansatte. Hver sektor skal ha minst to innovasjonsveiledere som har fått "
              "utvidet opplæring og som kan støtte kolleger i utviklingsarbeidet. Kompetanseplanene i "
              "sektorene skal beskrive behovet for kompetanse i innovasjon."),
        ("h2", "5.4 Samarbeid og nettverk"),
        ("p", "Lyngvik kommune samarbeider med nabokommunene i regionrådet, med universitetet, med "
              "helseforetaket og med lokalt næringsliv og frivillige organisasjoner. Kommunen deltar i et "
              "nasjonalt nettverk for innovasjon i kommunesektoren og i det regionale nettverket for "
              "innovative anskaffelser. Ansatte oppfordres til å hente erfaringer fra andre kommuner."),
        ("h2", "5.5 Fra idé til praksis"),
        ("p", "Sektorene formulerer hvert år sine viktigste utfordringer, og disse er utgangspunktet for "
              "innovasjonsarbeidet. Kommunen innfører en felles modell for idéhåndtering med fire trinn: idé, "
              "utforsking, utprøving og spredning. Alle ansatte kan melde inn idéer via intranettet, og alle "
              "idéer skal få en tilbakemelding innen en måned. Utprøvinger skal ha et tydelig formål, en fast "
              "tidsramme og en plan for evaluering."),
        ("h2", "5.6 Anskaffelser, personvern og juss"),
        ("p", "Innovative anskaffelser skal vurderes når markedet ikke har gode løsninger for kommunens behov. "
              "Personvern og informasjonssikkerhet skal ivaretas fra starten i alle utprøvinger. "
              "Kommuneadvokaten og innkjøpsenheten bistår tidlig, slik at regelverket brukes aktivt som et "
              "verktøy for nye løsninger."),
        ("h1", "6 Ressurser"),
        ("p", "Kommunestyret setter av 2 millioner kroner årlig til et innovasjonsfond. Fondet kan brukes til "
              "frikjøp av ansatte, prosessledelse, utprøving og evaluering. Søknader behandles fortløpende av "
              "innovasjonsteamet. Sektorene kan i tillegg søke eksterne midler, blant annet statsforvalterens "
              "skjønnsmidler til fornyings- og innovasjonsprosjekter."),
        ("h1", "7 Roller og ansvar"),
        ("table", None, [
            ["Rolle", "Ansvar"],
            ["Kommunestyret", "Vedtar strategien, fastsetter mål for innovasjon i handlingsprogrammet og "
                              "bevilger midler til innovasjonsfondet."],
            ["Kommunedirektøren", "Har det overordnede ansvaret for at strategien følges opp, og leder "
                                  "innovasjons- og omstillingsarbeidet."],
            ["Kommunalsjefene", "Sørger for at sektorene har innovasjonsmål, innovasjonsveiledere og tid til "
                                "utprøving."],
            ["Innovasjonsteamet", "Koordinerer idéhåndteringen, forvalter innovasjonsfondet og driver "
                                  "nettverket av innovasjonsveiledere."],
            ["Ledere", "Etterspør idéer, gir handlingsrom og følger opp utprøvinger i egen enhet."],
            ["Ansatte", "Bidrar med idéer og deltar i utprøving og evaluering."],
        ]),
        ("h1", "8 Oppfølging og måling"),
        ("p", "Strategien følges opp gjennom kommunens ordinære rapportering i tertialrapporter og årsmelding. "
              "Følgende indikatorer rapporteres årlig:"),
        ("bullets", [
            "antall innmeldte idéer og antall gjennomførte utprøvinger,",
            "antall løsninger som er tatt i bruk i ordinær drift,",
            "andel ledere som har fullført opplæring i innovasjonsledelse,",
            "resultater fra medarbeiderundersøkelsen om handlingsrom og innovasjon,",
            "bruk av innovasjonsfondet.",
        ]),
        ("p", "Kommunen deler hvert år ut en innovasjonspris på kommunens fagdag. Prisen går til en enhet eller "
              "en gruppe ansatte som har gjennomført en utprøving som har gitt bedre tjenester for "
              "innbyggerne, og historien bak prosjektet formidles på kommunens nettsider."),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 7. nb_ikt_reglement.pdf — Bokmål ICT rules, hinders, digital_only true
#    (the only innovation words — eksperimentere, pilot — sit in sentences about IKT / digitale verktøy)
# ---------------------------------------------------------------------------------------------------------

NB_ICT = {
    "title": "IKT-reglement for Brattvoll kommune",
    "author": "Brattvoll kommune, IKT-avdelingen",
    "subject": "IKT-reglement fastsatt av kommunedirektøren 01.09.2022",
    "lang": "nb-NO",
    "date": dt.datetime(2022, 9, 1, 8, 0, 0, tzinfo=dt.timezone.utc),
    "header_left": "Brattvoll kommune – IKT-reglement",
    "header_right": "Arkivsak 22/00981",
    "footer_left": "Fastsatt av kommunedirektøren 01.09.2022",
    "page_word": "Side",
    "blocks": [
        ("title", "IKT-reglement for Brattvoll kommune"),
        ("meta", [
            ("Fastsatt av", "Kommunedirektøren 01.09.2022"),
            ("Arkivsak", "22/00981"),
            ("Ansvarlig", "IKT-sjefen"),
            ("Gjelder for", "Alle ansatte, folkevalgte, lærlinger og innleid personell"),
        ]),
        ("h1", "1 Formål"),
        ("p", "Reglementet skal sikre at kommunens IKT-systemer brukes på en sikker, forsvarlig og lovlig "
              "måte, og at informasjon om innbyggere og ansatte beskyttes mot uautorisert tilgang, endring og "
              "tap. Reglementet skal også sikre stabil drift av systemene som tjenestene er avhengige av."),
        ("h1", "2 Virkeområde"),
        ("p", "Reglementet gjelder for alle som har brukerkonto i kommunens IKT-systemer, uansett hvor arbeidet "
              "utføres. Lederne skal sørge for at reglementet er kjent i egen enhet, og at nye medarbeidere får "
              "opplæring i det før de får tilgang til systemene."),
        ("h1", "3 Generelle bestemmelser"),
        ("bullets", [
            "Kommunens IKT-utstyr skal bare brukes i tjenesten.",
            "Brukernavn og passord er personlige og skal ikke deles med andre.",
            "Skjermen skal låses når arbeidsplassen forlates.",
            "Mistanke om sikkerhetsbrudd skal straks meldes til IKT-avdelingens brukerstøtte.",
            "Tapt eller skadet utstyr skal meldes til nærmeste leder samme dag.",
        ]),
        ("h1", "4 Programvare, apper og skytjenester"),
        ("p", "Kun godkjente programmer fra kommunens programkatalog kan brukes på kommunens utstyr. Det er "
              "ikke tillatt å installere programvare, nettlesertillegg eller apper selv, heller ikke gratis "
              "programmer."),
        ("p", "Nye skytjenester skal godkjennes av IKT-sjefen før de tas i bruk, uavhengig av kostnad og "
              "omfang. Det gjelder også tjenester som bare skal brukes av én enhet eller i en kort periode."),
        ("p", "Det er ikke tillatt å eksperimentere med nye digitale verktøy eller skytjenester utenfor den "
              "sentrale pilotprosessen i IKT-avdelingen. Endringer i arbeidsprosesser som berører "
              "IKT-systemene, skal bare gjøres innenfor eksisterende rutiner og etter avtale med systemeier."),
        ("h1", "5 Pilotprosessen for nye IKT-løsninger"),
        ("p", "Forslag om pilotering av nye IKT-løsninger sendes IKT-sjefen på fastsatt skjema via nærmeste "
              "leder. IKT-forum behandler forslagene to ganger i året, i mars og i oktober. En IKT-pilot kan "
              "ikke starte før skriftlig godkjenning fra IKT-sjefen foreligger, og før risikovurdering og "
              "databehandleravtale er på plass. Godkjente IKT-piloter varer i høyst tre måneder og avsluttes "
              "dersom IKT-sjefen beslutter det."),
        ("p", "Tabellen viser hvem som godkjenner ulike typer endringer, og normal behandlingstid."),
        ("table", (40, 30, 30), [
            ["Type endring", "Godkjennes av", "Behandlingstid"],
            ["Installasjon av program fra programkatalogen", "Nærmeste leder", "5 virkedager"],
            ["Ny programvare som ikke står i programkatalogen", "IKT-sjefen", "Inntil 3 måneder"],
            ["Ny skytjeneste eller app", "IKT-sjefen og personvernombudet", "Inntil 6 måneder"],
            ["Endring i fagsystem", "Systemeier og IKT-sjefen", "Behandles i IKT-forum"],
            ["Pilot med nye digitale verktøy", "IKT-forum", "Neste behandling i mars eller oktober"],
        ]),
        ("h1", "6 Tilgang, passord og tofaktor"),
        ("p", "Tilgang til fagsystemer bestilles av nærmeste leder og skal tilsvare arbeidsoppgavene. Passord "
              "skal ha minst 14 tegn og skal ikke brukes til andre tjenester. Pålogging utenfor kommunens nett "
              "skjer med tofaktorautentisering."),
        ("h1", "7 E-post, internett og sosiale medier"),
        ("p", "Automatisk videresending av e-post til private adresser er ikke tillatt. Taushetsbelagte "
              "opplysninger skal bare sendes med kryptert e-post eller via sikker digital post. Ansatte som "
              "uttaler seg på vegne av kommunen i sosiale medier, skal følge kommunens kommunikasjonsstrategi."),
        ("h1", "8 Lagring og personvern"),
        ("p", "Arbeidsdokumenter skal lagres i kommunens fellesområder eller i det fagsystemet som er beregnet "
              "for informasjonen. Det er ikke tillatt å lagre arbeidsdokumenter på private skytjenester eller "
              "minnepinner. Personopplysninger skal behandles i tråd med personopplysningsloven og kommunens "
              "internkontroll for informasjonssikkerhet."),
        ("h1", "9 Mobile enheter og hjemmekontor"),
        ("p", "Mobiltelefoner og nettbrett administreres i kommunens system for mobilhåndtering. Apper "
              "installeres bare fra kommunens egen appkatalog. Ved hjemmekontor skal tilkobling skje via "
              "kommunens sikre VPN-løsning."),
        ("h1", "10 Brudd på reglementet"),
        ("p", "Brudd på reglementet kan føre til at tilgangen stenges. Alvorlige eller gjentatte brudd kan få "
              "arbeidsrettslige konsekvenser. IKT-avdelingen kan fjerne programvare som er installert i strid "
              "med reglementet, uten forvarsel."),
        ("h1", "11 Ansvar og revisjon"),
        ("p", "IKT-sjefen har ansvar for at reglementet er oppdatert og for å følge opp etterlevelsen. "
              "Reglementet revideres ved behov og minst hvert tredje år."),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 8. nb_arsmelding_helse.pdf — Bokmål annual report, health and care, neutral
#    Innovation only as a definition, a passing reference to national programmes, a description and a
#    reported research statement about barriers in other municipalities.
# ---------------------------------------------------------------------------------------------------------

NB_REPORT = {
    "title": "Årsmelding 2024 – Helse og omsorg",
    "author": "Granheim kommune, sektor for helse og omsorg",
    "subject": "Årsmelding 2024 for sektor helse og omsorg",
    "lang": "nb-NO",
    "date": dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.timezone.utc),
    "header_left": "Granheim kommune – Årsmelding 2024 Helse og omsorg",
    "header_right": "Arkivsak 25/00214",
    "footer_left": "Behandlet i hovedutvalg for helse og omsorg 10.03.2025, sak 12/25",
    "page_word": "Side",
    "blocks": [
        ("title", "Årsmelding 2024 – Helse og omsorg"),
        ("meta", [
            ("Kommune", "Granheim kommune"),
            ("Behandlet", "Hovedutvalg for helse og omsorg 10.03.2025, sak 12/25"),
            ("Arkivsak", "25/00214"),
            ("Utarbeidet av", "Kommunalsjef for helse og omsorg"),
        ]),
        ("h1", "1 Kommunalsjefens kommentar"),
        ("p", "2024 var et år med høy aktivitet i helse- og omsorgssektoren. Etterspørselen etter "
              "hjemmetjenester økte, og sykehjemmene hadde nesten full belegg hele året. Sektoren fikk et "
              "merforbruk på 3,1 mill. kroner, hovedsakelig knyttet til innleie av sykepleiere og økte "
              "kostnader til ressurskrevende tjenester. Sykefraværet gikk ned fra 10,4 til 9,1 prosent. Jeg vil "
              "takke alle ansatte for stor innsats i et krevende år."),
        ("h1", "2 Organisering"),
        ("p", "Sektoren består av seks enheter: hjemmetjenesten, Granheim sykehjem, bo- og aktivitetssenteret, "
              "psykisk helse og rus, helsestasjon og skolehelsetjeneste, og legetjenesten med interkommunal "
              "legevakt. Ved utgangen av året hadde sektoren 412 årsverk fordelt på 596 ansatte."),
        ("h1", "3 Nøkkeltall"),
        ("table", (52, 16, 16, 16), [
            ["Indikator", "2022", "2023", "2024"],
            ["Brukere av hjemmesykepleie", "311", "326", "348"],
            ["Timer praktisk bistand per uke", "1 140", "1 185", "1 232"],
            ["Sykehjemsplasser", "86", "86", "86"],
            ["Gjennomsnittlig oppholdstid korttidsplass (døgn)", "21", "19", "18"],
            ["Liggedøgn for utskrivningsklare pasienter på sykehus", "212", "187", "164"],
            ["Sykefravær (prosent)", "11,2", "10,4", "9,1"],
            ["Netto driftsutgifter (mill. kr)", "318,4", "334,9", "351,2"],
        ]),
        ("h1", "4 Økonomi"),
        ("p", "Sektoren hadde et netto budsjett på 348,1 mill. kroner og et regnskap på 351,2 mill. kroner. "
              "Merforbruket skyldes i hovedsak innleie av sykepleiere gjennom vikarbyrå i sommerferien og to "
              "nye ressurskrevende brukere i bo- og aktivitetssenteret. Refusjonen for ressurskrevende "
              "tjenester ble 1,4 mill. kroner høyere enn budsjettert og reduserte merforbruket."),
        ("h1", "5 Tjenesteområdene"),
        ("h2", "5.1 Hjemmetjenesten"),
        ("p", "Antallet brukere av hjemmesykepleie økte med 7 prosent. Digitalt tilsyn er nå installert hos 64 "
              "brukere, og elektroniske medisindispensere brukes av 41 brukere. Hjemmetjenesten kjørte i "
              "gjennomsnitt 1 380 besøk per uke."),
        ("h2", "5.2 Sykehjem og korttidsplasser"),
        ("p", "Granheim sykehjem hadde et belegg på 98 prosent. Ventetiden på langtidsplass var i gjennomsnitt "
              "fem uker. Kortere oppholdstid på korttidsplassene gjorde det mulig å ta imot utskrivningsklare "
              "pasienter raskere enn året før."),
        ("h2", "5.3 Psykisk helse og rus"),
        ("p", "Tjenesten fulgte opp 187 personer. Lavterskeltilbudet «Åpen dør» hadde 1 120 besøk. Ventetiden "
              "for første samtale var i gjennomsnitt ni dager."),
        ("h2", "5.4 Helsestasjon og legetjeneste"),
        ("p", "Helsestasjonen gjennomførte 98 prosent av de lovpålagte konsultasjonene. Alle fastlegelister "
              "var besatt ved utgangen av året, og legevakten hadde 6 450 henvendelser."),
        ("h1", "6 Sykefravær og arbeidsmiljø"),
        ("p", "Sykefraværet gikk ned i alle enheter unntatt hjemmetjenesten. Nedgangen henger blant annet "
              "sammen med tettere oppfølging av langtidssykmeldte i samarbeid med NAV. Medarbeiderundersøkelsen "
              "viste en svak forbedring i trivsel sammenlignet med 2022."),
        ("h1", "7 Kvalitet og avvik"),
        ("p", "Det ble meldt 388 avvik i 2024, mot 402 året før. De fleste gjaldt legemiddelhåndtering og "
              "dokumentasjon. Alle avvik er behandlet i enhetene og fulgt opp i sektorens kvalitetsutvalg."),
        ("h1", "8 Utviklingstrekk og nasjonale føringer"),
        ("p", "I offentlig sektor brukes begrepet innovasjon om noe nytt eller vesentlig endret som er tatt i "
              "bruk og som gir nytte for brukerne eller samfunnet. Innovasjon i omsorgssektoren er også tema "
              "for nasjonale programmer i regi av helsemyndighetene."),
        ("p", "Nasjonale undersøkelser blant kommunene viser at mange kommuner oppgir mangel på tid og "
              "ressurser som de viktigste barrierene for innovasjon. Kommunens overordnede arbeid med "
              "innovasjon er beskrevet i kommuneplanens samfunnsdel."),
        ("p", "Antallet innbyggere over 80 år i Granheim ventes å øke med 45 prosent fram mot 2035. Utviklingen "
              "vil gi økt etterspørsel etter hjemmebaserte tjenester og sykehjemsplasser i årene som kommer."),
        ("h1", "9 Prioriteringer for 2025"),
        ("bullets", [
            "Redusere innleie fra vikarbyrå gjennom økt grunnbemanning i sommerferien.",
            "Ta i bruk den nye korttidsavdelingen med åtte plasser fra 1. september.",
            "Videreføre arbeidet med å redusere sykefraværet i hjemmetjenesten.",
            "Ferdigstille revidert plan for legevaktsamarbeidet med nabokommunene.",
        ]),
        ("h1", "10 Vedlegg"),
        ("numbered", [
            "Regnskap per enhet 2024",
            "Avviksstatistikk 2024 fordelt på kategori og enhet",
            "Sykefravær per enhet og kvartal 2022–2024",
        ]),
        ("p", "Granheim, 24. februar 2025"),
        ("p", "Kari Solheim Dahl\nkommunalsjef for helse og omsorg"),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# 9. nn_handlingsplan_innovasjon.txt — Nynorsk action plan, enables (UTF-8 with BOM)
# ---------------------------------------------------------------------------------------------------------

_NN_MEASURES = [
    ("Etablere ei idésluse på intranettet der alle tilsette kan melde inn idear og få svar innan "
     "fire veker.", "Kommunedirektøren", "01.03.2025"),
    ("Setje av 1,2 millionar kroner i året til ein innovasjonspott som einingane kan søkje om midlar "
     "frå.", "Formannskapet", "Budsjett 2025"),
    ("Kurs i innovasjonsleiing for alle leiarar.", "Personalsjefen", "31.12.2025"),
    ("Opplæring i tenestedesign for minst 40 tilsette.", "Personalsjefen", "31.12.2026"),
    ("Innovasjon som fast sak i leiarmøtet kvar månad.", "Kommunedirektøren", "Frå 01.02.2025"),
    ("Utprøving av nye arbeidsmåtar i heimetenesta, mellom anna sjølvstyrte team.",
     "Kommunalsjef for helse og omsorg", "2025–2026"),
    ("Samarbeid med høgskulen og næringslivet om ein felles innovasjonsarena.", "Næringssjefen", "2026"),
    ("Årleg innovasjonspris og forteljingar om gode døme på heimesida.", "Kommunikasjonsrådgjevaren",
     "Kvart år i desember"),
    ("Innovasjonsindikatorar i medarbeidarundersøkinga og i årsmeldinga.", "Økonomisjefen", "2025"),
]


def nn_plan_text() -> str:
    measures = []
    for i, (what, who, when) in enumerate(_NN_MEASURES, 1):
        measures.append(f"Tiltak {i}: {what}\n    Ansvar: {who}\n    Frist: {when}")
    measures_txt = "\n\n".join(measures)
    return f"""
FJORDBOTN KOMMUNE

HANDLINGSPLAN FOR INNOVASJON 2025–2026

Vedteken av formannskapet 04.12.2024, sak 88/24
Arkivsak 24/00733
Ansvarleg: kommunedirektøren


1 INNLEIING

Fjordbotn kommune har i samfunnsdelen av kommuneplanen slått fast at kommunen skal vere ein open og
nyskapande organisasjon. Denne handlingsplanen viser korleis vi skal følgje opp dette i 2025 og 2026.
Planen byggjer på erfaringane frå det regionale leiarprogrammet i innovasjon, der alle kommunalsjefane
og fleire einingsleiarar deltok i 2023 og 2024.


2 BAKGRUNN

Kommunen har dei siste åra arbeidd mykje med digitalisering, og mange av tiltaka har gjeve gode
resultat. Ein gjennomgang av planverket viste at innovasjon til no nesten berre har vore omtala i
samband med digitalisering og velferdsteknologi. Innovasjon handlar ikkje berre om digitalisering, men
også om nye arbeidsmåtar, betre samarbeid mellom tenestene og nye måtar å involvere innbyggjarane på.

Mange tilsette har gode idear om korleis tenestene kan bli betre. Med denne planen får vi ein felles
struktur for å ta vare på ideane, prøve dei ut og spreie det som fungerer.


3 FØREMÅL

Føremålet med handlingsplanen er å
  - gjere innovasjon til ein naturleg del av arbeidet i alle einingar,
  - gje dei tilsette tid, kompetanse og støtte til å prøve ut nye løysingar,
  - involvere innbyggjarar og brukarar i fornying av tenestene,
  - måle og synleggjere resultata av innovasjonsarbeidet.


4 MÅL

Hovudmål: Fjordbotn kommune skal ha ein kultur der nyskaping og fornying er ein del av kvardagen.

Delmål for 2025–2026:
  a) Alle einingar har minst eitt innovasjonsmål i verksemdsplanen sin.
  b) Minst 15 idear er prøvde ut, og minst fem er tekne i bruk i ordinær drift.
  c) Alle leiarar har gjennomført kurs i innovasjonsleiing.
  d) Minst tre tenester er fornya i samarbeid med brukarane.


5 PRINSIPP FOR ARBEIDET

Vi tek utgangspunkt i utfordringane og behova til innbyggjarane. Brukarar og pårørande skal vere med frå
starten når vi skal utvikle eller fornye ei teneste.

Vi skal ikkje ha ein nullfeilskultur. Det skal vere trygt å prøve, og det skal vere lov å feile når vi
prøver ut noko nytt på ein kontrollert måte. Det vi lærer av mislukka utprøvingar, er like verdifullt
som det vi lærer av dei som lukkast.

Kommunen deltek i det regionale innovasjonsnettverket for kommunane i fylket, og vi deler erfaringar
med andre kommunar.

Juridiske spørsmål, personvern og reglane for offentlege innkjøp skal avklarast tidleg i kvar
utprøving, slik at regelverket vert ein reiskap i arbeidet.


6 TILTAK

{measures_txt}


7 ANSVAR

Kommunedirektøren har det overordna ansvaret for at handlingsplanen vert følgd opp. Kommunalsjefane
har ansvar for tiltaka i sine sektorar og for at einingsleiarane gjev dei tilsette tid til
innovasjonsarbeid. Innovasjonsrådgjevaren koordinerer idésluse, innovasjonspott og nettverket av
innovasjonsrettleiarar.


8 ØKONOMI

Tiltaka vert finansierte gjennom innovasjonspotten på 1,2 millionar kroner i året og gjennom eksterne
midlar, mellom anna skjønsmidlar frå statsforvaltaren til fornyings- og innovasjonsprosjekt. Einingane
kan søkje om midlar til frikjøp av tilsette, prosessleiing og evaluering.


9 OPPFØLGING OG RAPPORTERING

Handlingsplanen vert følgd opp i tertialrapportane og i årsmeldinga. Vi rapporterer på
  - tal på innmelde idear og tal på gjennomførte utprøvingar,
  - tal på løysingar som er tekne i bruk i ordinær drift,
  - delen leiarar som har gjennomført kurs i innovasjonsleiing,
  - resultat frå medarbeidarundersøkinga om handlingsrom for nyskaping.

Planen skal reviderast hausten 2026.
"""


# ---------------------------------------------------------------------------------------------------------
# 10. nb_velferdsteknologi_plan.md — Bokmål welfare technology plan, enables, digital_only true
#     (every innovation mention — innovativ, pilot, utprøving — sits in a sentence about
#     velferdsteknologi / digital hjemmeoppfølging)
# ---------------------------------------------------------------------------------------------------------


def welfare_md() -> str:
    return """
# Plan for velferdsteknologi 2025–2028

**Sølvberg kommune – helse og omsorg**

| | |
|---|---|
| Vedtatt | Hovedutvalg for helse og omsorg 19.11.2024, sak 31/24 |
| Arkivsak | 24/01122 |
| Ansvarlig | Kommunalsjef for helse og omsorg |
| Revideres | 2026 |

## 1 Bakgrunn

Sølvberg kommune får i årene fremover flere eldre innbyggere og færre ansatte per tjenestemottaker.
Antallet innbyggere over 80 år ventes å øke med nesten 60 prosent fram mot 2035. For å gi trygge og
gode tjenester må kommunen ta i bruk teknologi som gjør det mulig for flere å bo hjemme lenger, og som
frigjør tid for de ansatte.

Kommunen har siden 2019 deltatt i et interkommunalt samarbeid om velferdsteknologi sammen med fire
nabokommuner. Erfaringene viser at velferdsteknologi gir størst gevinst når den tas i bruk som en del
av tjenesten og ikke som et tillegg.

## 2 Formål

Planen gir retning for hvordan kommunen tar i bruk velferdsteknologi i helse- og omsorgstjenestene.
Innovativ bruk av velferdsteknologi skal bidra til økt trygghet, mestring og selvstendighet for
innbyggerne.

## 3 Mål for planperioden

Målene nedenfor innarbeides i kommunens handlingsprogram og i virksomhetsplanen for helse og omsorg.

- Alle nye brukere av hjemmetjenesten får en vurdering av behovet for velferdsteknologi.
- Digitalt tilsyn er tatt i bruk hos minst 150 brukere innen 2027.
- Minst 120 brukere har elektronisk medisineringsstøtte innen 2027.
- Digital hjemmeoppfølging av kronisk syke er etablert som fast tjeneste innen 2028.
- Alle ansatte i helse og omsorg har gjennomført grunnopplæring i velferdsteknologi.

## 4 Satsingsområder

### 4.1 Trygghets- og varslingsteknologi

Trygghetsalarmer, digitale dørsensorer og fallsensorer gir brukerne mulighet til å tilkalle hjelp og
gir ansatte varsel når noe uventet skjer. Digitalt nattilsyn med kamera krever samtykke fra bruker
eller verge.

### 4.2 Medisineringsstøtte

Elektroniske medisindispensere gir påminnelse når medisinen skal tas, og varsler hjemmetjenesten hvis
en dose ikke blir tatt. Hjemmetjenesten vurderer medisineringsstøtte for alle brukere som i dag har
hjemmebesøk der hovedformålet er å levere ut medisiner.

### 4.3 Digital hjemmeoppfølging

Kommunen gjennomfører i 2025 en pilot med digital hjemmeoppfølging for pasienter med kols og
hjertesvikt, i samarbeid med sykehuset og fastlegene. Pasientene måler selv blodtrykk, puls og
oksygenmetning, og målingene følges opp av en sykepleier i kommunens responssenter.

### 4.4 Utprøving av ny velferdsteknologi

Utprøving av ny velferdsteknologi skjer etter en fast modell i fire trinn:

1. behovskartlegging sammen med brukere og ansatte,
2. utprøving av velferdsteknologien i liten skala,
3. evaluering av gevinster for brukere, pårørende og tjenesten,
4. beslutning om innføring i ordinær drift.

Ansatte kan foreslå nye velferdsteknologiske løsninger til velferdsteknologiteamet. Teamet skal
stimulere til innovative digitale løsninger i tjenestene, og enhetene gis mulighet til å prøve ut
velferdsteknologi i samarbeid med leverandører og brukere.

## 5 Brukermedvirkning

Brukere og pårørende skal delta i utprøving av velferdsteknologi fra første trinn. Eldrerådet og rådet
for personer med funksjonsnedsettelse orienteres to ganger i året om arbeidet.

## 6 Kompetanse

Alle ansatte i helse og omsorg skal gjennomføre grunnopplæring i velferdsteknologi. Hver enhet skal ha
minst én velferdsteknologiveileder som får utvidet opplæring og som støtter kollegene i daglig bruk.

## 7 Personvern og informasjonssikkerhet

Før en ny løsning tas i bruk, gjennomføres en risikovurdering og ved behov en vurdering av
personvernkonsekvenser. Samtykke og vedtak dokumenteres i journalsystemet.

## 8 Organisering og ansvar

| Rolle | Ansvar |
|---|---|
| Kommunalsjef for helse og omsorg | Har det overordnede ansvaret for planen og rapporterer til hovedutvalget. |
| Velferdsteknologiteamet | Koordinerer innføring og utprøving av velferdsteknologi og følger opp gevinstrealiseringen. |
| Enhetslederne | Sørger for at velferdsteknologi vurderes i alle vedtak og at ansatte får opplæring. |
| Responssenteret | Mottar og følger opp varsler og målinger døgnet rundt. |
| IKT-avdelingen | Sørger for drift, integrasjoner og informasjonssikkerhet. |

## 9 Økonomi og gevinstrealisering

Kommunen setter av 1,5 millioner kroner årlig til investering i velferdsteknologi og utprøving av
innovative velferdsteknologiske løsninger. Gevinstene beregnes etter nasjonal metode for
gevinstrealisering og tas ut i form av bedre kvalitet, færre reiser og frigjort tid.

## 10 Oppfølging

Planen følges opp i tertialrapportene og årsmeldingen med disse indikatorene:

- antall brukere med digitalt tilsyn og elektronisk medisineringsstøtte,
- antall gjennomførte utprøvinger av velferdsteknologi og antall løsninger tatt i bruk i ordinær drift,
- andel ansatte som har gjennomført grunnopplæring,
- frigjort tid i hjemmetjenesten, målt i timer per uke.
"""


# ---------------------------------------------------------------------------------------------------------
# Expected verdicts (what a careful human applying DOMAIN.md says)
# ---------------------------------------------------------------------------------------------------------

ALL_DIMENSIONS = [
    "leadership_anchoring", "attention_stories_prizes", "cross_sector_collaboration", "dialogue_networks",
    "expectations_reward", "measurement", "user_orientation", "goals_in_steering", "challenge_driven",
    "idea_process", "courage_to_fail", "competence_development", "legal_considerations",
]

EXPECTED = [
    {
        "file": "sv_innovationspolicy_kommun.pdf",
        "language": "sv",
        "format": "pdf",
        "stance": "enables",
        "digital_only": False,
        "features": ["running_header", "running_footer", "page_numbers_sida_n_av_m", "hyphenated_line_break",
                     "hyphenated_e_tjanster", "table", "two_column_page", "numbered_list", "bullet_list",
                     "english_summary", "negated_hinder_nollfelskultur", "pseudo_negation_inte_bara",
                     "innovation_word_in_running_header"],
        "dimensions": list(ALL_DIMENSIONS),
    },
    {
        "file": "sv_it_regler.docx",
        "language": "sv",
        "format": "docx",
        "stance": "hinders",
        "digital_only": None,
        "features": ["docx_heading_styles", "docx_title_style", "list_bullet", "table", "docx_header",
                     "docx_footer_page_field", "no_innovation_word", "approval_gates", "endast_godkand",
                     "inte_tillatet_installera", "ska_godkannas_av", "only_within_existing_routines"],
        "dimensions": [],
    },
    {
        "file": "sv_digitaliseringsstrategi.pdf",
        "language": "sv",
        "format": "pdf",
        "stance": "enables",
        "digital_only": True,
        "features": ["running_header", "running_footer", "page_numbers_sida_n_av_m", "table", "numbered_list",
                     "bullet_list", "digitalisering_och_innovation", "innovativa_digitala_losningar",
                     "valfardsteknik_pilot", "pseudo_negation_inte_minst"],
        "dimensions": ["goals_in_steering", "idea_process", "user_orientation", "competence_development",
                       "measurement", "dialogue_networks", "legal_considerations"],
    },
    {
        "file": "sv_budget_verksamhetsplan.txt",
        "language": "sv",
        "format": "txt",
        "encoding": "utf-8",
        "stance": "mixed",
        "digital_only": False,
        "features": ["plain_text_utf8", "underlined_headings", "fixed_width_table", "innovation_goal",
                     "innovation_fund", "within_existing_budget_frames", "no_new_positions",
                     "nollfelstolerans", "explicit_deprioritisation_inget_utrymme"],
        "dimensions": ["goals_in_steering", "idea_process", "measurement"],
    },
    {
        "file": "sv_lokalforsorjningsplan.txt",
        "language": "sv",
        "format": "txt",
        "encoding": "cp1252",
        "stance": "absent",
        "digital_only": None,
        "features": ["plain_text_cp1252", "crlf_line_endings", "fixed_width_table", "false_friends",
                     "renovering", "ombyggnad", "nya_lokaler", "utveckling", "forandring", "protest",
                     "testamente", "provisoriska", "nyckeltal"],
        "dimensions": [],
    },
    {
        "file": "nb_innovasjonsstrategi.docx",
        "language": "nb",
        "format": "docx",
        "stance": "enables",
        "digital_only": False,
        "features": ["docx_heading_styles", "docx_title_style", "list_bullet", "table", "docx_header",
                     "docx_footer_page_field", "tjenesteinnovasjon", "innovasjonsvennlig",
                     "suspended_compound_innovasjons_og_omstillingsarbeidet", "suspended_compound_fornyings_og",
                     "negated_hinder_nullfeilskultur", "brukermedvirkning"],
        "dimensions": list(ALL_DIMENSIONS),
    },
    {
        "file": "nb_ikt_reglement.pdf",
        "language": "nb",
        "format": "pdf",
        "stance": "hinders",
        "digital_only": True,
        "features": ["running_header", "running_footer", "page_numbers_side_n_av_m", "table", "bullet_list",
                     "kun_godkjente_programmer", "skal_godkjennes_av_ikt_sjefen", "ikke_tillatt",
                     "experimenting_only_via_pilot_process", "only_within_existing_routines"],
        "dimensions": [],
    },
    {
        "file": "nb_arsmelding_helse.pdf",
        "language": "nb",
        "format": "pdf",
        "stance": "neutral",
        "digital_only": False,
        "features": ["running_header", "running_footer", "page_numbers_side_n_av_m", "table", "bullet_list",
                     "definition", "passing_reference_national_programme", "reported_research_barriers",
                     "description"],
        "dimensions": [],
    },
    {
        "file": "nn_handlingsplan_innovasjon.txt",
        "language": "nn",
        "format": "txt",
        "encoding": "utf-8-sig",
        "stance": "enables",
        "digital_only": False,
        "features": ["plain_text_utf8_bom", "nynorsk", "pseudo_negation_ikkje_berre",
                     "negated_hinder_nullfeilskultur", "suspended_compound_fornyings_og", "nyskaping",
                     "fornying", "utproving", "idesluse", "measures_list"],
        "dimensions": ["leadership_anchoring", "attention_stories_prizes", "cross_sector_collaboration",
                       "dialogue_networks", "measurement", "user_orientation", "goals_in_steering",
                       "challenge_driven", "idea_process", "courage_to_fail", "competence_development",
                       "legal_considerations"],
    },
    {
        "file": "nb_velferdsteknologi_plan.md",
        "language": "nb",
        "format": "md",
        "stance": "enables",
        "digital_only": True,
        "features": ["markdown", "markdown_tables", "bullet_list", "numbered_list", "velferdsteknologi",
                     "innovative_digitale_losninger", "pilot_digital_hjemmeoppfolging", "utproving"],
        "dimensions": ["goals_in_steering", "idea_process", "user_orientation", "competence_development",
                       "cross_sector_collaboration", "dialogue_networks", "measurement",
                       "legal_considerations"],
    },
]


# ---------------------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------------------


def build_all(out: Path) -> dict[str, object]:
    out.mkdir(parents=True, exist_ok=True)
    info: dict[str, object] = {}
    info["sv_innovationspolicy_kommun.pdf"] = build_pdf(out / "sv_innovationspolicy_kommun.pdf", SV_POLICY)
    build_docx(out / "sv_it_regler.docx", SV_IT_RULES)
    info["sv_digitaliseringsstrategi.pdf"] = build_pdf(out / "sv_digitaliseringsstrategi.pdf", SV_DIGITAL)
    write_text(out / "sv_budget_verksamhetsplan.txt", budget_text(), "utf-8")
    write_text(out / "sv_lokalforsorjningsplan.txt", premises_text(), "cp1252", newline="\r\n")
    build_docx(out / "nb_innovasjonsstrategi.docx", NB_STRATEGY)
    info["nb_ikt_reglement.pdf"] = build_pdf(out / "nb_ikt_reglement.pdf", NB_ICT)
    info["nb_arsmelding_helse.pdf"] = build_pdf(out / "nb_arsmelding_helse.pdf", NB_REPORT)
    write_text(out / "nn_handlingsplan_innovasjon.txt", nn_plan_text(), "utf-8-sig")
    write_text(out / "nb_velferdsteknologi_plan.md", welfare_md(), "utf-8")
    (out / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return info


def check(out: Path, info: dict[str, object]) -> int:
    """Re-open the generated files and print what a text extractor sees. Returns the number of problems."""
    import pypdfium2 as pdfium

    problems = 0

    def ok(cond: bool, msg: str) -> None:
        nonlocal problems
        print(("  ok   " if cond else "  FAIL ") + msg)
        problems += 0 if cond else 1

    for entry in EXPECTED:
        name = entry["file"]
        path = out / name
        print(f"{name}  ({path.stat().st_size} bytes)")
        if name.endswith(".pdf"):
            pdf = pdfium.PdfDocument(str(path))
            n = len(pdf)
            pages = [pdf[i].get_textpage().get_text_range() for i in range(n)]
            spec = {"sv_innovationspolicy_kommun.pdf": SV_POLICY, "sv_digitaliseringsstrategi.pdf": SV_DIGITAL,
                    "nb_ikt_reglement.pdf": NB_ICT, "nb_arsmelding_helse.pdf": NB_REPORT}[name]
            print(f"  pages: {n}")
            for i, text in enumerate(pages, 1):
                ok(spec["header_left"] in text and spec["header_right"] in text, f"p{i} header")
                ok(spec["footer_left"] in text and f"{spec['page_word']} {i} av {n}" in text, f"p{i} footer")
            allt = "\n".join(pages)
            ok(all(cell in allt for cell in ("Ansvar", "Godkjennes av", "Indikator")
                   if cell in str(spec["blocks"])), "table text extractable")
            if name == "sv_innovationspolicy_kommun.pdf":
                ok(4 <= n <= 6, "4–6 pages")
                # pdfium reports a hyphen at a line end as U+FFFE and drops the line break
                ok(any(f"innovations{h}arbetet" in allt for h in ("-\r\n", "\ufffe")),
                   "hyphenated innovations-/arbetet")
                ok(any(f"e{h}tjänster" in allt for h in ("-\r\n", "\ufffe")), "hyphenated e-/tjänster")
                ok("English summary" in allt, "English summary")
                ok("6.1 Utgå från utmaningarna" in allt and "6.4 Samverkan och nätverk" in allt, "two columns")
                for line, ratio in info[name].hyphen_fill:  # type: ignore[attr-defined]
                    print(f"       hyphenated line fill {ratio:.0%}: …{line[-40:]}")
            else:
                ok(2 <= n <= 3, "2–3 pages")
        elif name.endswith(".docx"):
            d = docx.Document(str(path))
            styles = {p.style.name for p in d.paragraphs}
            ok({"Heading 1", "List Bullet", "Title"} <= styles, f"styles {sorted(styles)}")
            ok(len(d.tables) >= 1 and all(r.bold for r in d.tables[0].rows[0].cells[0].paragraphs[0].runs),
               "table with bold header row")
            sec = d.sections[0]
            ok(bool(sec.header.paragraphs[0].text), f"header: {sec.header.paragraphs[0].text}")
            ok(bool(sec.footer.paragraphs[0].text), f"footer: {sec.footer.paragraphs[0].text}")
            ok(d.core_properties.created is not None, f"created {d.core_properties.created}")
            words = sum(len(p.text.split()) for p in d.paragraphs)
            print(f"  words in body paragraphs: {words}")
        else:
            raw = path.read_bytes()
            enc = entry.get("encoding", "utf-8")
            if enc == "utf-8-sig":
                ok(raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM")
            if enc == "cp1252":
                try:
                    raw.decode("utf-8")
                    ok(False, "cp1252 file must not be valid UTF-8")
                except UnicodeDecodeError:
                    ok(True, "not valid UTF-8 (cp1252 bytes)")
            text = raw.decode(enc)
            print(f"  words: {len(text.split())}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: sample_docs/)")
    ap.add_argument("--check", action="store_true", help="re-open the files and verify them")
    args = ap.parse_args(argv)
    info = build_all(args.out)
    print(f"wrote {len(EXPECTED)} documents and expected.json to {args.out}")
    if args.check:
        problems = check(args.out, info)
        print("all checks passed" if not problems else f"{problems} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
