"""PDF: pypdfium2 by default (fast, per-page failure isolation); pdfplumber for --layout.

Both paths give page-numbered lines; running headers/footers are removed by repetition across pages, and
the fast path also reads two-column pages column by column when it finds a clear gutter.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import IngestError
from ..models import ExtractedDocument
from ..normalise.boilerplate import remove_repeated_lines
from ..normalise.text import clean_text
from .blocks import segment_lines
from .registry import ReadOptions

MAX_PAGES = 5000
_MIN_CHARS_PER_PAGE = 20  # below this on every page, the PDF has no usable text layer


def _columns(textpage, width: float, height: float) -> tuple[float, float, float] | None:
    """(gutter x, bottom, top) of a two-column region, or None (after stack-probe §5).

    Full-width lines (titles, intros above the columns) are ignored when looking for the gap, so a page
    that starts with a full-width heading and continues in two columns is still recognised.
    """
    count = textpage.count_rects()
    if count < 20:
        return None
    narrow = []
    for i in range(count):
        left, bottom, right, top = textpage.get_rect(i)
        if bottom < 0.07 * height or top > 0.93 * height or right - left > 0.45 * width:
            continue
        narrow.append((left, bottom, right, top))
    if len(narrow) < 20:
        return None
    occupancy = [0] * (int(width) + 2)
    for left, _, right, _ in narrow:
        for x in range(max(0, int(left)), min(len(occupancy), int(right) + 1)):
            occupancy[x] += 1
    lo, hi = int(0.35 * width), int(0.65 * width)
    best_start, best_len, run_start = None, 0, None
    for x in range(lo, hi + 1):
        if occupancy[x] == 0:
            if run_start is None:
                run_start = x
            if x - run_start + 1 > best_len:
                best_start, best_len = run_start, x - run_start + 1
        else:
            run_start = None
    if best_start is None or best_len < 12:
        return None
    gutter = best_start + best_len / 2
    left_side = sum(1 for r in narrow if r[2] <= gutter)
    right_side = sum(1 for r in narrow if r[0] >= gutter)
    if left_side < 8 or right_side < 8:
        return None
    return gutter, min(r[1] for r in narrow), max(r[3] for r in narrow)


def _page_text_pdfium(page) -> str:
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        columns = _columns(textpage, width, height)
        if columns is None:
            return textpage.get_text_range()
        gutter, bottom, top = columns
        # PDF y grows upwards: above the columns, left column, right column, below the columns.
        regions = [
            (0, top, width, height),
            (0, bottom, gutter, top),
            (gutter, bottom, width, top),
            (0, 0, width, bottom),
        ]
        return "\n".join(textpage.get_text_bounded(*region) for region in regions)
    finally:
        textpage.close()


def _open_pdfium(path: Path, password: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            if password:
                raise IngestError("encrypted", "The password given does not open this PDF.") from exc
            raise IngestError(
                "encrypted",
                "The PDF is password-protected.",
                hint="Give the password with --password if you know it.",
            ) from exc
        head = path.read_bytes()[:1024].lstrip()
        if not head.startswith(b"%PDF"):
            what = "an HTML page" if head[:15].lower().startswith((b"<!doctype", b"<html")) else "not a PDF"
            raise IngestError("corrupt", f"The file is named .pdf but is {what}.") from exc
        raise IngestError("corrupt", f"The PDF is damaged and cannot be opened ({exc}).") from exc


def _pages_pdfium(path: Path, options: ReadOptions) -> tuple[list[str], list[str]]:
    pdf = _open_pdfium(path, options.password)
    warnings: list[str] = []
    texts: list[str] = []
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise IngestError("too_large", f"The PDF has {count} pages; the limit is {MAX_PAGES}.")
        failed = []
        for index in range(count):
            try:
                page = pdf[index]
            except Exception:  # pdfium raises on a single damaged page; keep the rest (stack-probe §5)
                failed.append(index + 1)
                texts.append("")
                continue
            try:
                texts.append(_page_text_pdfium(page))
            finally:
                page.close()
        if failed:
            warnings.append(f"{len(failed)} damaged page(s) skipped: {', '.join(map(str, failed[:10]))}")
    finally:
        pdf.close()
    return texts, warnings


def _pages_pdfplumber(path: Path, options: ReadOptions) -> tuple[list[str], list[str]]:
    """Layout mode: crop header/footer bands and read columns in order (slower, pdfminer-based)."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path), password=options.password or "")
    except Exception as exc:
        cause = exc.__cause__ or exc
        if "password" in type(cause).__name__.lower() or "password" in str(cause).lower():
            raise IngestError("encrypted", hint="Give the password with --password if you know it.") from exc
        raise IngestError("corrupt", f"The PDF is damaged and cannot be opened ({cause}).") from exc
    texts: list[str] = []
    with pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise IngestError("too_large", f"The PDF has {len(pdf.pages)} pages; the limit is {MAX_PAGES}.")
        for page in pdf.pages:
            try:
                body = page.crop((0, page.height * 0.06, page.width, page.height * 0.94))
                words = body.extract_words()
                mid = page.width / 2
                crossing = [w for w in words if w["x0"] < mid < w["x1"]]
                if words and len(crossing) < 0.02 * len(words) and len(words) > 40:
                    left = body.crop((0, body.bbox[1], mid, body.bbox[3])).extract_text() or ""
                    right = body.crop((mid, body.bbox[1], page.width, body.bbox[3])).extract_text() or ""
                    texts.append(left + "\n\n" + right)
                else:
                    texts.append(body.extract_text() or "")
            finally:
                page.close()
    return texts, []


def _ocr_empty_pages(path: Path, options: ReadOptions, pages: list[str], warnings: list[str]) -> list[str]:
    """Replace pages without a text layer by Tesseract's reading of them (at most MAX_OCR_PAGES)."""
    from .ocr import MAX_OCR_PAGES, available, ocr_page

    empty = [i for i, text in enumerate(pages) if len(text.strip()) < _MIN_CHARS_PER_PAGE]
    if not empty or not available():
        return pages
    pdf = _open_pdfium(path, options.password)
    pages = list(pages)
    try:
        for index in empty[:MAX_OCR_PAGES]:
            page = pdf[index]
            try:
                pages[index] = ocr_page(page)
            except Exception as exc:  # a page Tesseract cannot read stays empty; the rest goes on
                warnings.append(f"OCR failed on page {index + 1}: {type(exc).__name__}")
            finally:
                page.close()
    finally:
        pdf.close()
    warnings.append(f"{min(len(empty), MAX_OCR_PAGES)} page(s) read with OCR")
    if len(empty) > MAX_OCR_PAGES:
        warnings.append(f"{len(empty) - MAX_OCR_PAGES} scanned page(s) beyond the OCR limit were skipped")
    return pages


def read_pdf(path: Path, options: ReadOptions) -> ExtractedDocument:
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        what = "an HTML page" if head.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")) else "not a PDF"
        raise IngestError("corrupt", f"The file is named .pdf but is {what}.")
    reader = _pages_pdfplumber if options.layout else _pages_pdfium
    raw_pages, warnings = reader(path, options)
    if options.ocr:
        raw_pages = _ocr_empty_pages(path, options, raw_pages, warnings)
    if sum(len(t.strip()) for t in raw_pages) < _MIN_CHARS_PER_PAGE * max(1, len(raw_pages)) / 4:
        from .ocr import INSTALL_HINT, available

        if options.ocr and not available():
            hint = INSTALL_HINT
        elif options.ocr:
            hint = "OCR found no readable text either: check the scan quality."
        else:
            hint = "Read it with OCR: scan it again with --ocr (needs Tesseract). " + (INSTALL_HINT if not available() else "")
        raise IngestError("no_text_layer", "The PDF has no text layer: it looks like a scanned image.", hint=hint.strip())
    page_lines = [clean_text(t).split("\n") for t in raw_pages]
    page_lines, removed = remove_repeated_lines(page_lines)
    blocks = []
    empty_pages = 0
    for number, lines in enumerate(page_lines, start=1):
        page_blocks = segment_lines(lines, number, paragraph_by_length=True)
        if not page_blocks:
            empty_pages += 1
        blocks.extend(page_blocks)
    if empty_pages:
        warnings.append(f"{empty_pages} page(s) without text")
    if removed:
        warnings.append(f"{removed} running header/footer line(s) removed")
    return ExtractedDocument(
        path=str(path), format="pdf", blocks=tuple(blocks), pages=len(raw_pages), warnings=tuple(warnings)
    )
