"""Inline suppression markers in text and Markdown drafts.

    <!-- policyscan: ignore hindering-unit reason="Required by the procurement act" -->
    <!-- policyscan: ignore-file digital-only, missing-dimension:legal_considerations reason="…" -->
    <!-- policyscan: disable hindering-unit reason="Quoted from the state's rules" -->  …  <!-- policyscan: enable -->

In plain text the HTML comment brackets may be left out (`policyscan: ignore hinders reason="…"` alone on a
line). `ignore` on a line of its own accepts findings on the next non-blank line (the paragraph, list item or
table row that starts there); at the end of a line of text it accepts findings on that line. `ignore-file`
accepts document-level findings anywhere in the file; `disable` … `enable` accepts findings that start between
the two (an unclosed `disable` runs to the end of the file).

Only the grammar lives here (stdlib only, so the readers can strip markers without importing the CI layer);
ci/suppressions.py applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTIONS = ("ignore", "ignore-file", "disable", "enable")

# A marker inside an HTML comment, anywhere on a line.
_COMMENT_MARKER = re.compile(r"<!--\s*policyscan\s*:(?P<body>.*?)-->", re.DOTALL)
# A bare marker: a line of its own (plain text).
_BARE_MARKER = re.compile(r"^[ \t]*policyscan[ \t]*:(?P<body>[^\n]*)$", re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BODY = re.compile(
    r"""^\s*(?P<action>[a-z-]+)\b(?P<rules>[^"=]*?)\s*(?:\breason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+)))?\s*$""",
    re.DOTALL,
)


@dataclass(frozen=True)
class Marker:
    line: int  # 1-based line of the marker
    action: str  # ignore | ignore-file | disable | enable
    rules: tuple[str, ...]  # as written; "all" accepts every rule
    reason: str | None
    target: int | None = None  # ignore: the line it accepts; disable: the first line of the range
    end: int | None = None  # disable: the last line of the range (None: to the end of the file)
    problem: str | None = None  # why the marker is invalid, if it is
    text: str = ""  # the marker as written


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _parse_body(body: str) -> tuple[str, tuple[str, ...], str | None, str | None]:
    match = _BODY.match(body.strip())
    if not match:
        return "", (), None, "cannot read the marker; write e.g. policyscan: ignore hindering-unit reason=\"…\""
    action = match.group("action")
    rules = tuple(r for r in re.split(r"[\s,]+", match.group("rules").strip()) if r)
    reason = next((g for g in (match.group("dq"), match.group("sq"), match.group("bare")) if g is not None), None)
    reason = reason.strip() if reason else None
    if action not in ACTIONS:
        return action, rules, reason, f"unknown marker '{action}'; use one of: {', '.join(ACTIONS)}"
    if action != "enable" and not rules:
        return action, rules, reason, f"'{action}' needs the rule(s) it accepts (or 'all')"
    if action != "enable" and not reason:
        return action, rules, reason, 'a suppression needs a reason: add reason="…"'
    return action, rules, reason, None


def parse_markers(text: str) -> list[Marker]:
    """Every marker in a document's text (lines separated by \\n), with its target lines resolved."""
    lines = text.split("\n")
    found: list[tuple[int, int, str, bool]] = []  # (line, offset, body, alone on its line)
    covered: set[int] = set()
    for match in _COMMENT_MARKER.finditer(text):
        line = _line_of(text, match.start())
        start_of_line = text.rfind("\n", 0, match.start()) + 1
        end_of_line = text.find("\n", match.end())
        end_of_line = len(text) if end_of_line < 0 else end_of_line
        alone = not text[start_of_line : match.start()].strip() and not text[match.end() : end_of_line].strip()
        found.append((line, match.start(), match.group("body"), alone))
        covered.update(range(line, _line_of(text, match.end()) + 1))
    for match in _BARE_MARKER.finditer(text):
        line = _line_of(text, match.start())
        if line not in covered:
            found.append((line, match.start(), match.group("body"), True))
            covered.add(line)
    found.sort()
    marker_lines = covered

    def next_text_line(after: int) -> int | None:
        for number in range(after + 1, len(lines) + 1):
            if number not in marker_lines and lines[number - 1].strip():
                return number
        return None

    markers: list[Marker] = []
    for line, _, body, alone in found:
        action, rules, reason, problem = _parse_body(body)
        raw = "policyscan: " + " ".join(body.split())
        target = None
        if action == "ignore" and not problem:
            target = next_text_line(line) if alone else line
            if target is None:
                problem = "nothing follows this marker"
        markers.append(Marker(line, action, rules, reason, target=target, problem=problem, text=raw))
    # Pair disable … enable ranges.
    resolved: list[Marker] = []
    for index, marker in enumerate(markers):
        if marker.action == "disable" and not marker.problem:
            end = None
            for later in markers[index + 1 :]:
                if later.action == "enable" and not later.problem and (not later.rules or set(later.rules) & set(marker.rules) or "all" in later.rules):
                    end = later.line - 1
                    break
            marker = Marker(marker.line, marker.action, marker.rules, marker.reason, target=marker.line + 1, end=end, text=marker.text)
        resolved.append(marker)
    return resolved


def strip_markers(text: str, markdown: bool) -> str:
    """Remove markers (and, in Markdown, every HTML comment: it is not part of the rendered text) so that
    they are not analysed; line breaks are kept, so line numbers stay those of the file."""

    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    text = (_HTML_COMMENT if markdown else _COMMENT_MARKER).sub(blank, text)
    return _BARE_MARKER.sub("", text)
