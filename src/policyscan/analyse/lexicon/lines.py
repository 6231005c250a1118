"""Parsed YAML that remembers line numbers (built by yamlsource.py, read by parse.py). Kept apart from the YAML
loader so that reading lexicons back from the cache never imports PyYAML."""

from __future__ import annotations


class LineDict(dict):
    """A mapping that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list
