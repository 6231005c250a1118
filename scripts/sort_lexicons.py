"""Sort the entries of lexicon files by id, keeping each entry's text (comments, layout) as written.

    python scripts/sort_lexicons.py [lexicons/sv/enabling.yaml ...]   (no paths: every file under lexicons/)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ENTRY = re.compile(r"^  - id: *(\S+)", re.MULTILINE)


def sort_text(text: str) -> str:
    starts = [m.start() for m in ENTRY.finditer(text)]
    if not starts:
        return text
    head = text[: starts[0]]
    chunks = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    chunks = [c if c.endswith("\n") else c + "\n" for c in chunks]
    chunks.sort(key=lambda c: ENTRY.match(c).group(1))
    return head + "".join(chunks)


def main(paths: list[str]) -> int:
    if not paths:
        root = Path(__file__).resolve().parents[1] / "lexicons"
        paths = [str(p) for p in sorted(root.rglob("*.yaml"))]
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        sorted_text = sort_text(text)
        if sorted_text != text:
            path.write_text(sorted_text, encoding="utf-8")
            print(f"sorted {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
