"""Benchmark: raw extraction (the floor) vs `policyscan scan` cold and warm, with peak memory.

Builds a corpus of 2,000 PDF pages (at least 1,000 are asked for) plus DOCX files (text written for this benchmark), then times
  (a) raw text extraction alone with pypdfium2 and python-docx, in one process;
  (b) `policyscan scan CORPUS --format jsonl` with an empty cache (cold);
  (c) the same again with the cache filled (warm);
  (d) one short document scanned from the command line (start-up included).
Peak memory is the largest resident set of any process in the run (RUSAGE_CHILDREN), i.e. per worker.

    python benchmarks/bench_scan.py [--pages 2000] [--workers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "Kommunen ska främja innovation i alla verksamheter och avsätta tid för att pröva nya arbetssätt.",
    "Nämnderna ansvarar för att följa upp målen i verksamhetsplanen varje tertial.",
    "Medarbetare ges möjlighet att delta i kompetensutveckling om tjänstedesign och innovationsledning.",
    "Ny programvara får endast installeras av IT-enheten efter godkännande av informationssäkerhetsansvarig.",
    "Lokalerna i centrumhuset renoveras under hösten och verksamheten flyttar tillfälligt.",
    "Digitaliseringen av ärendehanteringen ska ge invånarna bättre service genom e-tjänster.",
    "Idéslussen tar emot förslag från medarbetare, invånare och företag.",
    "Budgeten för nästa år fastställs av kommunfullmäktige i november.",
    "All utveckling ska ske inom befintliga budgetramar och ordinarie rutiner.",
    "Kommunen samverkar med regionen och högskolan kring testbäddar för välfärdsteknik.",
    "Kommunen skal legge til rette for innovasjon og gi ansatte tid til å prøve ut nye ideer.",
    "Det er ikke tillatt å installere egen programvare på kommunens maskiner.",
]


def build_corpus(folder: Path, pages: int, seed: int = 7) -> tuple[int, int]:
    from docx import Document
    from fpdf import FPDF

    rng = random.Random(seed)
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf_pages = 0
    files = 0
    while pdf_pages < pages:
        pdf = FPDF()
        if font.exists():
            pdf.add_font("dejavu", fname=str(font))
            name = "dejavu"
        else:
            name = "helvetica"
        count = rng.randint(10, 40)
        for page in range(count):
            pdf.add_page()
            pdf.set_font(name, size=9)
            pdf.cell(0, 5, f"Styrdokument {files} Dnr KS 2024/{files:04d}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(name, size=11)
            text = " ".join(rng.choice(SENTENCES) for _ in range(28))
            pdf.multi_cell(0, 6, text)
            pdf.set_y(-15)
            pdf.cell(0, 5, f"Sida {page + 1} av {count}", align="C")
        municipality = folder / f"kommun{files % 10:02d}"
        municipality.mkdir(parents=True, exist_ok=True)
        pdf.output(str(municipality / f"dokument_{files:04d}.pdf"))
        pdf_pages += pdf.page_no()  # a long page of text flows onto a second one: count what was written
        files += 1
    docx_files = max(10, files // 3)
    for i in range(docx_files):
        document = Document()
        document.add_heading(f"Riktlinje {i}", level=1)
        for _ in range(60):
            document.add_paragraph(" ".join(rng.choice(SENTENCES) for _ in range(3)))
        municipality = folder / f"kommun{i % 10:02d}"
        municipality.mkdir(parents=True, exist_ok=True)
        document.save(str(municipality / f"riktlinje_{i:04d}.docx"))
    return pdf_pages, files + docx_files


def raw_extraction(folder: Path) -> tuple[float, int]:
    import docx
    import pypdfium2 as pdfium

    started = time.perf_counter()
    characters = 0
    for path in sorted(folder.rglob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            characters += len(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
    for path in sorted(folder.rglob("*.docx")):
        document = docx.Document(str(path))
        characters += sum(len(p.text) for p in document.paragraphs)
    return time.perf_counter() - started, characters


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MB) of the largest process the command ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, help="PDF pages to write (at least 1,000 for the issue's targets)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="build the corpus here and keep it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="policyscan-bench-"))
    corpus = args.keep or work / "corpus"
    cache = work / "cache"
    policyscan = [sys.executable, "-m", "policyscan"]
    try:
        started = time.perf_counter()
        pages, files = build_corpus(corpus, args.pages)
        print(f"corpus: {files} files, {pages} PDF pages (+ DOCX), built in {time.perf_counter() - started:.1f} s")
        raw, characters = raw_extraction(corpus)
        print(f"(a) raw extraction (pypdfium2 + python-docx, 1 process): {raw:.2f} s, {pages / raw:.0f} pages/s, {characters / 1e6:.1f} M characters")
        scan = policyscan + ["scan", str(corpus), "-f", "jsonl", "-o", str(work / "out.jsonl"), "-q", "--cache-dir", str(cache)]
        if args.workers is not None:
            scan += ["-w", str(args.workers)]
        cold, peak_cold = timed(scan)
        print(f"(b) policyscan scan, cold: {cold:.2f} s, {pages / cold:.0f} pages/s, {cold / raw:.2f}× raw; peak RSS per process {peak_cold:.0f} MB")
        warm, peak_warm = timed(scan)
        print(f"(c) policyscan scan, warm (cached): {warm:.2f} s, {warm / raw:.2f}× raw")
        short = work / "kort.txt"
        short.write_text("Innovationspolicy\n\n" + " ".join(SENTENCES[:4]) + "\n", encoding="utf-8")
        single, _ = timed(policyscan + ["scan", str(short), "--no-cache"])
        print(f"(d) one short document from the command line: {single:.2f} s wall")
        lines = sum(1 for _ in open(work / "out.jsonl", encoding="utf-8")) - 1
        print(f"results: {lines} documents written")
        print(f"targets: cold ≤ 2× raw {'OK' if cold <= 2 * raw else 'MISSED'}; warm ≤ 0.1× raw {'OK' if warm <= 0.1 * raw else 'MISSED'}; "
              f"peak ≤ 500 MB {'OK' if peak_cold <= 500 else 'MISSED'}; single ≤ 1.5 s {'OK' if single <= 1.5 else 'MISSED'}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
