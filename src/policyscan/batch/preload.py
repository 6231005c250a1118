"""Imported once by the forkserver that starts the workers (see executor.py).

Workers are forked from that server, so they start with spaCy imported and the shipped lexicon files parsed
(copy-on-write) instead of each paying ~1 s of start-up on a small machine. A language's pipeline and compiled
lexicon are built by each worker on its first file in that language, in parallel: built here, they were built
one after another for every language, whether the corpus had it or not. Anything that goes wrong here only
costs the saving: each worker still loads what it needs on first use.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # OCR/BLAS oversubscription costs 8× on small machines

try:
    from ..analyse.nlp import import_spacy
    from ..api import lexicons_for
    from ..options import ScanOptions

    import_spacy()
    lexicons_for(ScanOptions())  # the shipped lexicon files, parsed (from the cache)
except Exception:  # noqa: BLE001 - a failed warm-up must never stop a scan
    pass

# The workers forked from here keep all of this for their whole life: frozen, the garbage collector in a worker
# never walks (and so never writes to, copying the shared pages) these objects.
gc.freeze()
