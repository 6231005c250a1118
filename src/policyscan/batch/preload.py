"""Imported once by the forkserver that starts the workers (see executor.py).

Workers are forked from that server, so they start with spaCy, the pipelines and the shipped lexicons
already loaded (copy-on-write) instead of each paying ~1 s of start-up on a small machine. Anything that
goes wrong here only costs that saving: each worker still loads what it needs on first use.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # OCR/BLAS oversubscription costs 8× on small machines

try:
    from ..analyse.nlp import pipeline
    from ..analyse.units import compiled_lexicon
    from ..api import lexicons_for
    from ..options import ScanOptions

    _shipped = lexicons_for(ScanOptions())
    for _language in ("sv", "nb", "nn"):
        pipeline(_language)
        compiled_lexicon(_shipped, _language)
except Exception:  # noqa: BLE001 - a failed warm-up must never stop a scan
    pass

# The workers forked from here keep all of this for their whole life: frozen, the garbage collector in a worker
# never walks (and so never writes to, copying the shared pages) these objects.
import gc  # noqa: E402

gc.freeze()
