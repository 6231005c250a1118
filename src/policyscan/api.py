"""The Python API: everything the CLI does is callable from here and returns data.

    >>> from policyscan import scan, analyse_text
    >>> result = analyse_text("Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt.")
    >>> result.stance
    'enables'
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .analyse.lexicon import LexiconSet, load_lexicons
from .analyse.units import analyse_blocks
from .classify import aggregate, dimensions_covered, label_units
from .errors import IngestError
from .ingest import discover, read_document
from .ingest.blocks import segment_lines
from .ingest.registry import ReadOptions
from .langid import detect_document
from .models import ANALYSED_PARTS, NONE, DocumentResult, ExtractedDocument, ScanError
from .normalise.text import clean_text
from .options import ScanOptions


def lexicons_for(options: ScanOptions) -> LexiconSet:
    return load_lexicons(options.lexicons, include_default=options.default_lexicons)


def _with_lines(units, blocks):
    """Give each unit its source lines (text and Markdown readers record where each line starts in a block)."""
    cursor: dict[int, int] = {}
    placed = []
    for unit in units:
        block = blocks[unit.block]
        if not block.lines:
            placed.append(unit)
            continue
        start = block.text.find(unit.text, cursor.get(unit.block, 0))
        if start < 0:
            placed.append(replace(unit, line=block.line, end_line=block.end_line))
            continue
        cursor[unit.block] = start + len(unit.text)
        end = start + max(len(unit.text) - 1, 0)
        placed.append(replace(unit, line=block.line_at(start), end_line=block.line_at(end)))
    return placed


def analyse_document(document: ExtractedDocument, options: ScanOptions | None = None, lexicons: LexiconSet | None = None) -> DocumentResult:
    """Language → sentences and matches → unit labels → verdict, for an already extracted document."""
    return analyse_in_detail(document, options, lexicons)[0]


def analyse_in_detail(
    document: ExtractedDocument, options: ScanOptions | None = None, lexicons: LexiconSet | None = None
) -> tuple[DocumentResult, list, list]:
    """The result plus the intermediate sentences (tokens, matches, context) and every unit, labelled or not:
    what `explain` shows. One code path, so a close reading always agrees with `scan`."""
    options = options or ScanOptions()
    lexicons = lexicons or lexicons_for(options)
    started = time.perf_counter()
    blocks = document.blocks
    # The document language comes from the analysed body, not from running headers and footers.
    language, per_block, languages = detect_document(
        [b.text for b in blocks], options.language, counted=[b.part in ANALYSED_PARTS for b in blocks]
    )
    sentences = analyse_blocks(blocks, per_block, lexicons)
    units = _with_lines(label_units(blocks, sentences), blocks)
    verdict = aggregate(units, options.mixed_share)
    dimension_of = {e.id: e.dimension for e in lexicons.entries if e.dimension}
    negation_enables = {e.id for e in lexicons.entries if e.dimension and e.negated_polarity() > 0}
    dimensions = dimensions_covered(units, dimension_of, negation_enables)
    words = sum(len(s.tokens) for s in sentences)
    warnings = list(document.warnings)
    unanalysed = sorted({s.language for s in sentences if not s.analysed})
    if unanalysed:
        warnings.append(f"text in {', '.join(unanalysed)} was not analysed (no lexicon for that language)")
    labelled = tuple(u for u in units if u.label != NONE or any(m.category == "dimension" for m in u.matches))
    result = DocumentResult(
        path=document.path,
        status="ok",
        format=document.format,
        language=language,
        languages=languages,
        pages=document.pages,
        words=words,
        verdict=verdict,
        dimensions=dimensions,
        units=labelled,
        unit_count=len(units),
        warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
    )
    return result, sentences, units


def scan_file(path: str | os.PathLike[str], options: ScanOptions | None = None, lexicons: LexiconSet | None = None) -> DocumentResult:
    """Read and analyse one file. Never raises for a bad input: the result carries status 'error'."""
    options = options or ScanOptions()
    started = time.perf_counter()
    path = Path(path)
    try:
        document = read_document(path, ReadOptions(layout=options.layout, password=options.password, max_bytes=options.max_bytes, ocr=options.ocr))
        result = analyse_document(document, options, lexicons)
    except IngestError as exc:
        return DocumentResult(path=str(path), status="error", format=path.suffix.lower().lstrip(".") or None, error=exc.to_error(), seconds=time.perf_counter() - started)
    except MemoryError:
        return DocumentResult(path=str(path), status="error", error=ScanError("too_large", "The file needs more memory than is available."))
    except Exception as exc:  # a bug or an unexpected library failure must not stop the batch
        return DocumentResult(
            path=str(path),
            status="error",
            error=ScanError("internal", f"policyscan failed on this file: {type(exc).__name__}: {exc}", "Please report this file to the policyscan developers."),
            seconds=time.perf_counter() - started,
        )
    return DocumentResult(**{**result.__dict__, "seconds": time.perf_counter() - started})


def scan(
    paths: Iterable[str | os.PathLike[str]],
    options: ScanOptions | None = None,
    *,
    workers: int | None = 0,
    cache: bool = False,
    timeout: float = 120.0,
) -> Iterator[DocumentResult]:
    """Scan files and folders (recursively), yielding one result per file as soon as it is done.

    `workers=0` (default) runs in this process, in discovery order; `workers=None` uses one isolated worker
    process per CPU, `workers=N` uses N (results then arrive in completion order). `cache=True` reuses
    results for unchanged files from the user's cache directory.
    """
    from .batch import BatchOptions, run_batch

    options = options or ScanOptions()
    lexicons = lexicons_for(options)
    batch = BatchOptions(workers=workers, timeout=timeout, cache=cache)
    yield from run_batch(discover(paths), options, batch, lexicons.digest)


def analyse_text(text: str, language: str | None = None, options: ScanOptions | None = None, *, path: str = "<text>") -> DocumentResult:
    """Analyse a passage or a whole document given as a string (blank lines separate paragraphs)."""
    options = options or ScanOptions(language=language)
    if language and options.language != language:
        options = ScanOptions(**{**options.__dict__, "language": language})
    blocks = segment_lines(clean_text(text).split("\n"), None, paragraph_by_length=True)
    document = ExtractedDocument(path=path, format="text", blocks=tuple(blocks))
    return analyse_document(document, options)
