"""--format markdown: a report for a pull-request comment, a job summary or a wiki page (GitHub-flavoured).

    <!-- policyscan-report -->          (lets a CI bot find and update its own comment)
    ## ❌ policyscan: 1 condition breached
    summary table: one row per document (status, verdict, digital only, enabling/hindering units, rubric, findings)
    breached conditions, with file and line/page
    per document (collapsed): why, key evidence with page/line, rubric dimensions, findings

The pieces are plain functions (summary_table, breached_section, inventory_section, document_section, escape)
so that other reports can reuse them. After the summary comes the homework inventory (document, type, verdict,
digital only, key evidence with page, dimensions), so the same file serves a wiki page. Every word is in the
interface language (--ui-lang; policyscan.i18n). Output is kept under GitHub's 65,536-character comment limit
(`max_chars`): details are dropped first, then the text is cut with a note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from ..ci.findings import CheckResult, Finding, display_path
from ..i18n import Translator, translator
from ..models import DocumentResult
from .common import covered_dimensions, document_type, key_evidence, location
from .run import ScanReport

MARKER = "<!-- policyscan-report -->"
MAX_CHARS = 60_000

VERDICTS = {
    "enables": "Enables innovation",
    "hinders": "Hinders innovation",
    "mixed": "Both enables and hinders innovation",
    "neutral": "Mentions innovation, but neither enables nor hinders it",
    "absent": "Does not mention innovation",
}
LABEL_ICONS = {"enables": "🟢", "hinders": "🔴", "mixed": "🟡", "neutral": "⚪", "absent": "➖"}
LEVEL_ICONS = {"error": "❌", "warning": "⚠️", "note": "ℹ️"}
DIMENSION_NAMES = {
    "leadership_anchoring": "leadership anchoring",
    "attention_stories_prizes": "attention, stories, prizes",
    "cross_sector_collaboration": "cross-sector collaboration",
    "dialogue_networks": "dialogue and networks",
    "expectations_reward": "expectations and reward",
    "measurement": "measurement",
    "user_orientation": "user orientation",
    "goals_in_steering": "goals in steering",
    "challenge_driven": "challenge-driven",
    "idea_process": "idea process",
    "courage_to_fail": "courage to fail",
    "competence_development": "competence development",
    "legal_considerations": "legal considerations",
}

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def escape(text: str) -> str:
    """Text that Markdown (and a table cell) shows as written."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def code(text: str) -> str:
    """An inline code span that survives backticks in the text."""
    text = " ".join(str(text).split())
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def where(page: int | None, line: int | None, end_line: int | None = None, tr: Translator | None = None) -> str:
    tr = tr or translator()
    if line is not None:
        return tr("report.line_n", line=line) if not end_line or end_line == line else tr("md.lines", start=line, end=end_line)
    if page is not None:
        return tr("md.page", page=page)
    return "–"


def verdict_text(result: DocumentResult, tr: Translator | None = None) -> str:
    return (tr or translator()).headline(result.stance or "absent", result.digital_only)


def status_icon(result: DocumentResult, findings: Sequence[Finding]) -> str:
    if result.status != "ok":
        return "🚫"
    if any(f.failing for f in findings):
        return "❌"
    if any(f.active and f.level == "warning" for f in findings):
        return "⚠️"
    return "✅"


def _counts(findings: Sequence[Finding], tr: Translator | None = None) -> str:
    tr = tr or translator()
    errors = sum(f.failing for f in findings)
    warnings = sum(f.active and f.level == "warning" for f in findings)
    quiet = sum(not f.active for f in findings)
    parts = [tr.n("count.errors", errors) if errors else "", tr.n("count.warnings", warnings) if warnings else ""]
    text = ", ".join(p for p in parts if p) or tr("md.none")
    return text + (" " + tr("md.accepted_count", n=quiet) if quiet else "")


def strongest(result: DocumentResult, limit: int):
    order = {"hinders": 0, "mixed": 0, "enables": 1, "neutral": 2}
    ranked = sorted(
        (u for u in result.units if u.label in order),
        key=lambda u: (order[u.label], -(u.enabling + u.hindering), u.index),
    )
    return ranked[:limit]


def title(report: ScanReport, checks: CheckResult, tr: Translator | None = None) -> str:
    tr = tr or translator()
    failing = checks.breached_conditions()
    unreadable = tr.n("md.files_unreadable", len(checks.unreadable))
    breached = tr.n("md.breached_count", len(failing))
    if checks.unreadable and failing:
        head = "🚫 " + tr("md.title.both", unreadable=unreadable, breached=breached)
    elif checks.unreadable:
        head = "🚫 " + tr("md.title.unreadable", unreadable=unreadable)
    elif failing:
        head = "❌ " + tr("md.title.breached", breached=breached)
    else:
        head = "✅ " + tr("md.title.ok")
    return f"## {head}"


def summary_line(report: ScanReport, checks: CheckResult, tr: Translator | None = None) -> str:
    tr = tr or translator()
    run = report.run
    fail_on = ", ".join(code(c.spec) for c in checks.policy.fail_on) or tr("md.fail_on_nothing")
    text = tr("md.summary", documents=tr.n("count.documents", len(report.documents)), fail_on=fail_on)
    if checks.baseline:
        text += " · " + tr("md.baseline", path=code(display_path(checks.baseline)))
    text += " · " + tr("md.versions", tool=escape(run.tool_version), lexicons=escape(run.lexicon_version), digest=code(run.lexicon_digest))
    return text


def summary_table(report: ScanReport, checks: CheckResult, tr: Translator | None = None) -> str:
    tr = tr or translator()
    headers = ("report.document", "report.verdict", "report.digital_only", "md.col.enabling", "md.col.hindering", "report.rubric", "md.col.findings")
    rows = [
        "| | " + " | ".join(tr(h) for h in headers) + " |",
        "|---|---|---|---|---:|---:|---:|---|",
    ]
    for result in report.documents:
        findings = checks.for_path(result.path, active_only=False)
        icon = status_icon(result, findings)
        path = code(display_path(result.path))
        if result.status != "ok":
            rows.append(f"| {icon} | {path} | *{escape(tr('md.unreadable_code', code=result.error.code if result.error else 'error'))}* | | | | | |")
            continue
        verdict = result.verdict
        covered = sum(d.covered for d in result.dimensions)
        digital = tr.yes_no(result.digital_only)
        rows.append(
            f"| {icon} | {path} | {LABEL_ICONS.get(result.stance, '')} {escape(tr.stance(result.stance))} | {digital} | "
            f"{verdict.enabling_units} | {verdict.hindering_units} | {covered}/{len(result.dimensions)} | {_counts(findings, tr)} |"
        )
    return "\n".join(rows)


def finding_line(finding: Finding, *, with_path: bool = True, tr: Translator | None = None) -> str:
    tr = tr or translator()
    place = where(finding.page, finding.line, finding.end_line, tr)
    location = code(display_path(finding.path)) + (f" {place}" if place != "–" else "") if with_path else place
    icon = LEVEL_ICONS.get(finding.level, "") if finding.active else "💤"
    text = f"- {icon} {location} **{escape(finding.condition)}** — {escape(shorten(finding.message))}"
    if finding.suppression is not None:
        how = tr("md.accepted_inline") + (", " + tr("report.line_n", line=finding.suppression.line) if finding.suppression.line else "") if finding.suppression.kind == "inline" else tr("md.accepted_baseline")
        text += f" *({how}" + (f": {escape(finding.suppression.reason)}" if finding.suppression.reason and finding.suppression.kind == "inline" else "") + ")*"
    return text


def breached_section(checks: CheckResult, tr: Translator | None = None) -> str:
    tr = tr or translator()
    failing = [f for f in checks.findings if f.failing]
    if not failing:
        return ""
    return f"### {tr('md.breached_heading')}\n\n" + "\n".join(finding_line(f, tr=tr) for f in failing)


def read_error(result: DocumentResult, tr: Translator) -> str:
    """The read error in the interface language (English keeps the reader's detailed message)."""
    if result.error is None:
        return tr("report.read_error")
    message, hint = tr.error(result.error)
    return f"{result.error.code}: {message}" + (f" {hint}" if hint else "")


def unreadable_section(report: ScanReport, tr: Translator | None = None) -> str:
    tr = tr or translator()
    broken = [r for r in report.documents if r.status != "ok"]
    if not broken:
        return ""
    return f"### {tr('md.unreadable_heading')}\n\n" + "\n".join(f"- 🚫 {code(display_path(r.path))}: {escape(read_error(r, tr))}" for r in broken)


def inventory_section(report: ScanReport, tr: Translator | None = None) -> str:
    """The homework inventory: one row per document with its type, verdict, key evidence and dimensions."""
    tr = tr or translator()
    headers = ("inventory.col.number", "report.document", "report.type", "report.verdict", "report.digital_only", "inventory.col.key_evidence", "inventory.col.dimensions")
    rows = [f"### {tr('inventory.title')}", "", "| " + " | ".join(tr(h) for h in headers) + " |", "|---:|---|---|---|---|---|---|"]
    for number, result in enumerate(report.documents, start=1):
        name = escape(display_path(result.path))
        if result.status != "ok":
            rows.append(f"| {number} | {name} | | 🚫 {escape(tr('report.read_error'))} | | {escape(read_error(result, tr))} | |")
            continue
        quotes = "<br>".join(
            f"{tr('format.quote_open')}{escape(shorten(u.text, 200))}{tr('format.quote_close')}" + (f" ({escape(location(u, tr))})" if u.page or u.line else "")
            for u in key_evidence(result)
        ) or "–"
        dims = covered_dimensions(result)
        covered = f"{len(dims)}/{len(result.dimensions)}" + (": " + escape(", ".join(tr.dimension(d, short=True) for d in dims)) if dims else "")
        rows.append(
            f"| {number} | {name} | {escape(tr('doctype.' + document_type(result)))} | {LABEL_ICONS.get(result.stance, '')} {escape(tr.stance(result.stance))} | "
            f"{tr.yes_no(result.digital_only)} | {quotes} | {covered} |"
        )
    return "\n".join(rows)


def document_section(result: DocumentResult, findings: Sequence[Finding], evidence_limit: int = 5, *, open_: bool = False, tr: Translator | None = None) -> str:
    """One document, collapsed: verdict, why, key evidence with page/line, rubric, findings."""
    from .common import verdict_reasons

    tr = tr or translator()
    path = display_path(result.path)
    icon = status_icon(result, findings)
    if result.status != "ok":
        return f"<details><summary>{icon} <b>{escape(path)}</b> — {escape(tr('report.read_error'))}</summary>\n\n{escape(read_error(result, tr))}\n\n</details>"
    lines = [f"<details{' open' if open_ else ''}><summary>{icon} <b>{escape(path)}</b> — {escape(verdict_text(result, tr))}</summary>", ""]
    reasons = verdict_reasons(result, tr)
    if reasons:
        lines += [f"**{tr('report.why')}:** " + escape("; ".join(reasons)), ""]
    facts = [tr.language_name(result.language), tr(f"format.{result.format}") if tr.has(f"format.{result.format}") else (result.format or ""), tr(f"doctype.{document_type(result)}")]
    if result.pages:
        facts.append(tr.n("count.pages", result.pages))
    facts.append(tr.n("count.words", result.words))
    lines += [escape(" · ".join(f for f in facts if f)), ""]
    units = strongest(result, evidence_limit)
    if units:
        headers = ("md.col.where", "report.label", "report.evidence", "md.col.cues")
        lines += [f"**{tr('md.key_evidence')}**", "", "| " + " | ".join(tr(h) for h in headers) + " |", "|---|---|---|---|"]
        for unit in units:
            cues = ", ".join(dict.fromkeys(m.text for m in unit.terms if m.polarity or m.category == "innovation"))
            lines.append(
                f"| {where(unit.page, unit.line, unit.end_line, tr)} | {LABEL_ICONS.get(unit.label, '')} {escape(tr.label(unit.label))} | "
                f"{escape(shorten(unit.text))} | {escape(cues)} |"
            )
        lines.append("")
    covered = [d.name for d in result.dimensions if d.covered]
    missing = [d.name for d in result.dimensions if not d.covered]
    lines.append(
        f"**{tr('md.rubric_line', covered=len(covered), total=len(result.dimensions))}** "
        + (" · ".join(f"✓ {escape(tr.dimension(n))}" for n in covered) or tr("md.none_covered"))
    )
    if missing:
        lines.append(f"<br>{tr('md.not_covered')}: {escape(', '.join(tr.dimension(n) for n in missing))}")
    lines.append("")
    if findings:
        lines += [f"**{tr('md.col.findings')}**", ""] + [finding_line(f, with_path=False, tr=tr) for f in findings] + [""]
    for warning in result.warnings:
        lines.append(f"> {tr('report.note')}: {escape(warning)}")
    lines += ["", "</details>"]
    return "\n".join(lines)


def build(report: ScanReport, *, evidence_limit: int = 5, details: bool = True, tr: Translator | None = None) -> str:
    tr = tr or translator()
    checks = report.checked()
    parts = [MARKER, title(report, checks, tr), "", summary_line(report, checks, tr), "", summary_table(report, checks, tr)]
    for section in (breached_section(checks, tr), unreadable_section(report, tr), inventory_section(report, tr)):
        if section:
            parts += ["", section]
    if details:
        parts.append("")
        for result in report.documents:
            parts += [document_section(result, checks.for_path(result.path, active_only=False), evidence_limit, tr=tr), ""]
    return "\n".join(parts).rstrip() + "\n"


def fit(text: str, max_chars: int, tr: Translator | None = None) -> str:
    if len(text) <= max_chars:
        return text
    note = "\n\n*" + (tr or translator())("md.cut") + "*\n"
    return text[: max_chars - len(note)].rsplit("\n", 1)[0] + note


def render(report: ScanReport, stream: TextIO, *, evidence_limit: int = 5, max_chars: int = MAX_CHARS, ui_lang: str | None = None, **_: object) -> None:
    """In the interface language (`ui_lang`, from --ui-lang / LANG / the documents' language)."""
    tr = translator(ui_lang)
    text = build(report, evidence_limit=evidence_limit, tr=tr)
    if len(text) > max_chars:
        text = build(report, evidence_limit=min(evidence_limit, 2), tr=tr)
    if len(text) > max_chars:
        text = build(report, details=False, tr=tr)
    stream.write(fit(text, max_chars, tr))


# ------------------------------------------------------------------------------------------ diff


def render_diff(report, stream: TextIO, *, evidence_limit: int = 10, max_chars: int = MAX_CHARS, **_: object) -> None:
    """`policyscan diff --format markdown`: verdict change, units by label, dimensions, gained/lost content."""
    checks: CheckResult = report.checks
    lines = [MARKER.replace("report", "diff")]
    failing = checks.breached_conditions()
    head = "🚫" if checks.unreadable else "❌" if failing else "✅"
    lines += [f"## {head} policyscan diff: {escape(report.headline())}", ""]
    lines += [f"{code(display_path(report.old.path))} → {code(display_path(report.new.path))}", ""]
    d = report.diff
    if d is not None:
        lines += [
            "| | Old | New |",
            "|---|---|---|",
            f"| Verdict | {LABEL_ICONS.get(d.old_stance, '')} {d.old_stance} | {LABEL_ICONS.get(d.new_stance, '')} {d.new_stance} |",
            f"| Digital only | {d.old.digital_only} | {d.new.digital_only} |",
            f"| Rubric | {sum(x.covered for x in d.old.dimensions)}/{len(d.old.dimensions)} | {sum(x.covered for x in d.new.dimensions)}/{len(d.new.dimensions)} |",
            "",
            "| Label | Added | Removed |",
            "|---|---:|---:|",
        ]
        added, removed = d.added_by_label(), d.removed_by_label()
        for label in added:
            lines.append(f"| {LABEL_ICONS.get(label, '')} {label} | {added[label]} | {removed[label]} |")
        lines.append("")
        if d.dimensions_gained:
            lines.append("**Dimensions gained:** " + escape(", ".join(DIMENSION_NAMES.get(n, n) for n in d.dimensions_gained)))
        if d.dimensions_lost:
            lines.append("**Dimensions lost:** " + escape(", ".join(DIMENSION_NAMES.get(n, n) for n in d.dimensions_lost)))
        lines.append("")
        for heading, units in (("Gained hindering content", d.gained_hindering), ("Lost enabling content", d.lost_enabling)):
            if units:
                lines += [f"**{heading}**", "", "| Where | Label | Text |", "|---|---|---|"]
                lines += [f"| {where(u.page, u.line, u.end_line)} | {u.label} | {escape(shorten(u.text))} |" for u in units[:evidence_limit]]
                if len(units) > evidence_limit:
                    lines.append(f"| | | … and {len(units) - evidence_limit} more |")
                lines.append("")
    if checks.findings:
        lines += ["**Findings**", ""] + [finding_line(f) for f in checks.findings] + [""]
    stream.write(fit("\n".join(lines).rstrip() + "\n", max_chars))
