"""--format json: one JSON object following docs/schema.json."""

from __future__ import annotations

import json
from typing import TextIO

from .run import ScanReport
from .serialize import report_dict


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    json.dump(report_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
