"""--format jsonl: a run header line, then one line per document, flushed as each document is done."""

from __future__ import annotations

import json
from typing import TextIO

from ..models import DocumentResult
from .run import SCHEMA_VERSION, RunInfo
from .serialize import document_dict, run_dict


class StreamWriter:
    def __init__(self, stream: TextIO, run: RunInfo, *, header: bool = True, **_: object):
        self.stream = stream
        self.run = run
        if header:
            self._line({"type": "run", "schema_version": SCHEMA_VERSION, **run_dict(run)})

    def _line(self, data: dict) -> None:
        self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        self.stream.flush()

    def write(self, result: DocumentResult) -> None:
        self._line(
            {
                "type": "document",
                "tool_version": self.run.tool_version,
                "lexicon_digest": self.run.lexicon_digest,
                **document_dict(result),
            }
        )

    def close(self) -> None:
        self.stream.flush()


def completed_paths(text: str) -> set[str]:
    """Paths of complete document lines in an earlier JSONL output (a torn last line is ignored)."""
    done = set()
    for line in text.splitlines():
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and data.get("type") == "document" and "path" in data:
            done.add(data["path"])
    return done
