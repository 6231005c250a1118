"""--format html: one self-contained HTML file for people who would rather look than read.

A summary with two hand-written inline SVG charts (verdicts across documents — per folder when there are
several — and a documents × 13 dimensions rubric heatmap), then one card per document: the verdict in plain
words, why, the evidence with matched terms highlighted and page numbers, and the rubric coverage. Cards can
be filtered by verdict, folder and text and sorted; the page prints cleanly.

Offline and safe by construction: no external scripts, fonts, images or CDNs; a Content-Security-Policy
allows only the one inline script (by its hash) and inline styles; every piece of document text, path,
term and message goes through html.escape.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape
from typing import TextIO

from .. import __version__
from ..i18n import Translator, translator
from ..models import DIMENSIONS, AnalysedUnit, DocumentResult
from .common import (
    STANCE_ORDER,
    coverage_count,
    dimension_evidence,
    display_name,
    shown_path,
    document_type,
    evidence_units,
    folders,
    location,
    mixed_share_of,
    segments,
    strongest,
    verdict_reasons,
)
from .run import ScanReport

COLORS = {
    "enables": "#1a7f37",
    "mixed": "#b06d00",
    "hinders": "#cf222e",
    "neutral": "#0969da",
    "absent": "#8c959f",
    "error": "#8250df",
}
HEAT = ("#eef1f4", "#b7e1c1", "#6cc285", "#1a7f37")  # 0, 1, 2, 3+ evidence sentences


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


# ---------------------------------------------------------------------------------------------- charts


def verdict_chart(report: ScanReport, tr: Translator, folder_of: dict[str, str]) -> str:
    """Horizontal bars: documents per verdict (and read errors); with several folders, one stacked bar per
    folder under it."""
    docs = report.documents
    counts = Counter("error" if d.status != "ok" else d.stance or "absent" for d in docs)
    keys = [k for k in (*STANCE_ORDER, "error") if k in STANCE_ORDER or counts.get(k)]
    label_w, bar_w, row_h = 250, 380, 30
    peak = max(counts.values(), default=1) or 1
    rows = []
    for i, key in enumerate(keys):
        n = counts.get(key, 0)
        y = i * row_h
        width = 0 if n == 0 else max(3, round(bar_w * n / peak))
        name = tr("report.read_error") if key == "error" else tr.stance(key)
        share = tr.percent(n / len(docs)) if docs else ""
        rows.append(
            f'<g class="bar" data-key="{esc(key)}"><title>{esc(name)}: {n} ({esc(share)})</title>'
            f'<text x="{label_w - 10}" y="{y + 20}" text-anchor="end" class="axis">{esc(name)}</text>'
            f'<rect x="{label_w}" y="{y + 6}" width="{width}" height="{row_h - 10}" rx="3" fill="{COLORS[key]}"/>'
            f'<text x="{label_w + width + 6}" y="{y + 20}" class="value">{n}</text></g>'
        )
    height = len(keys) * row_h + 6
    digital = sum(d.digital_only is True for d in docs)
    caption = tr("html.chart.verdicts.caption", digital=tr.n("count.documents", digital))
    parts = [
        f'<figure class="chart" id="chart-verdicts"><figcaption>{esc(tr("html.chart.verdicts"))}</figcaption>'
        f'<svg role="img" aria-label="{esc(tr("html.chart.verdicts"))}" viewBox="0 0 {label_w + bar_w + 60} {height}" '
        f'width="{label_w + bar_w + 60}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>'
        f'<p class="note">{esc(caption)}</p></figure>'
    ]
    groups = sorted(set(folder_of.values()))
    if len(groups) > 1:
        parts.append(folder_chart(report, tr, folder_of, groups))
    return "".join(parts)


def folder_chart(report: ScanReport, tr: Translator, folder_of: dict[str, str], groups: list[str]) -> str:
    label_w, bar_w, row_h = 250, 380, 26
    rows = []
    for i, group in enumerate(groups):
        members = [d for d in report.documents if folder_of.get(d.path) == group]
        counts = Counter("error" if d.status != "ok" else d.stance or "absent" for d in members)
        y = i * row_h
        x = float(label_w)
        bars = []
        for key in (*STANCE_ORDER, "error"):
            n = counts.get(key, 0)
            if not n:
                continue
            width = bar_w * n / len(members)
            name = tr("report.read_error") if key == "error" else tr.stance(key)
            bars.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{width:.1f}" height="{row_h - 8}" fill="{COLORS[key]}">'
                f"<title>{esc(group)} · {esc(name)}: {n}</title></rect>"
            )
            x += width
        short = group if len(group) <= 34 else "…" + group[-33:]
        rows.append(
            f'<text x="{label_w - 10}" y="{y + 17}" text-anchor="end" class="axis"><title>{esc(group)}</title>{esc(short)}</text>'
            + "".join(bars)
            + f'<text x="{label_w + bar_w + 6}" y="{y + 17}" class="value">{len(members)}</text>'
        )
    height = len(groups) * row_h + 6
    return (
        f'<figure class="chart" id="chart-folders"><figcaption>{esc(tr("html.chart.folders"))}</figcaption>'
        f'<svg role="img" aria-label="{esc(tr("html.chart.folders"))}" viewBox="0 0 {label_w + bar_w + 60} {height}" '
        f'width="{label_w + bar_w + 60}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg></figure>'
    )


def heatmap(report: ScanReport, tr: Translator, ids: dict[str, str]) -> str:
    """Documents × the 13 rubric dimensions; a cell's shade is the number of evidence sentences (0–3)."""
    docs = list(report.documents)
    label_w, cell, top, right = 280, 30, 150, 70
    width = label_w + cell * len(DIMENSIONS) + right
    out = []
    for j, name in enumerate(DIMENSIONS):
        x = label_w + j * cell + cell / 2
        out.append(
            f'<text class="axis dim" transform="translate({x + 4:.0f},{top - 8}) rotate(-50)">'
            f"<title>{esc(tr.dimension(name))}</title>{esc(tr.dimension(name, short=True))}</text>"
        )
    out.append(f'<text class="axis" x="{label_w + cell * len(DIMENSIONS) + 8}" y="{top - 8}">{esc(tr("report.rubric_short"))}</text>')
    for i, result in enumerate(docs):
        y = top + i * cell
        name = display_name(result.path)
        short = name if len(name) <= 36 else name[:35] + "…"
        key = "error" if result.status != "ok" else result.stance or "absent"
        stance = tr("report.read_error") if key == "error" else tr.stance(key)
        out.append(
            f'<a href="#{ids[result.path]}"><g class="row">'
            f'<rect x="4" y="{y + 9}" width="12" height="12" rx="2" fill="{COLORS[key]}"><title>{esc(stance)}</title></rect>'
            f'<text x="22" y="{y + 20}" class="axis doc"><title>{esc(result.path)} — {esc(stance)}</title>{esc(short)}</text></g></a>'
        )
        evidence = {d.name: len(d.evidence) for d in result.dimensions if d.covered}
        for j, dim in enumerate(DIMENSIONS):
            x = label_w + j * cell
            if result.status != "ok":
                fill, title = "url(#hatch)", tr("report.read_error")
            else:
                n = evidence.get(dim, 0)
                fill = HEAT[min(n, 3)]
                title = f"{tr.dimension(dim)}: " + (tr.n("count.evidence", n) if n else tr("report.not_covered"))
            out.append(
                f'<rect class="cell" x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" rx="3" fill="{fill}" '
                f'data-dimension="{esc(dim)}"><title>{esc(name)} · {esc(title)}</title></rect>'
            )
        if result.status == "ok":
            out.append(
                f'<text class="value" x="{label_w + cell * len(DIMENSIONS) + 8}" y="{y + 20}">{coverage_count(result)}/{len(DIMENSIONS)}</text>'
            )
    # The share of documents covering each dimension.
    ok = [d for d in docs if d.status == "ok"]
    y = top + len(docs) * cell + 4
    out.append(f'<text x="{label_w - 10}" y="{y + 18}" text-anchor="end" class="axis total">{esc(tr("html.heatmap.share"))}</text>')
    for j, dim in enumerate(DIMENSIONS):
        share = sum(any(d.name == dim and d.covered for d in r.dimensions) for r in ok) / len(ok) if ok else 0
        out.append(
            f'<text class="value share" x="{label_w + j * cell + cell / 2:.0f}" y="{y + 18}" text-anchor="middle">'
            f"<title>{esc(tr.dimension(dim))}: {esc(tr.percent(share))}</title>{share * 100:.0f}</text>"
        )
    height = y + 30
    defs = (
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#f3eefc"/><line x1="0" y1="0" x2="0" y2="6" stroke="{COLORS["error"]}" stroke-width="2"/></pattern></defs>'
    )
    legend = "".join(
        f'<span class="swatch" style="background:{HEAT[n]}"></span>{esc(label)} '
        for n, label in ((0, tr("report.not_covered")), (1, tr.n("count.evidence", 1)), (2, tr.n("count.evidence", 2)), (3, tr("html.heatmap.three_or_more")))
    )
    return (
        f'<figure class="chart" id="chart-heatmap"><figcaption>{esc(tr("html.chart.heatmap"))}</figcaption>'
        f'<div class="scroll"><svg role="img" aria-label="{esc(tr("html.chart.heatmap"))}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">{defs}{"".join(out)}</svg></div>'
        f'<p class="note legend">{legend}</p></figure>'
    )


# ---------------------------------------------------------------------------------------------- cards


def highlighted(unit: AnalysedUnit, tr: Translator) -> str:
    html = []
    for piece in segments(unit.text, unit.matches):
        if piece.kind is None:
            html.append(esc(piece.text))
            continue
        title = "; ".join(
            f"{m.entry_id}{' (' + tr('explain.negated') + ')' if m.negated else ''}" for m in piece.matches
        )
        html.append(f'<mark class="t-{piece.kind}" title="{esc(title)}">{esc(piece.text)}</mark>')
    return "".join(html)


def page_label(unit: AnalysedUnit, tr: Translator) -> str:
    return location(unit, tr)


def evidence_item(unit: AnalysedUnit, tr: Translator) -> str:
    section = f'<span class="section">{esc(unit.section)}</span>' if unit.section else ""
    digital = ""
    if unit.digital_framing in ("sentence", "paragraph", "heading"):
        digital = f'<span class="framing" title="{esc(tr("framing." + unit.digital_framing))}">{esc(tr("html.digital_badge"))}</span>'
    return (
        f'<li class="unit u-{esc(unit.label)}"><span class="page">{esc(page_label(unit, tr))}</span>'
        f'<span class="label l-{esc(unit.label)}">{esc(tr.label(unit.label))}</span>{digital}'
        f'<q>{highlighted(unit, tr)}</q>{section}</li>'
    )


def rubric(result: DocumentResult, tr: Translator) -> str:
    evidence = dimension_evidence(result)
    items = []
    for dimension in result.dimensions:
        name = tr.dimension(dimension.name)
        if dimension.covered:
            quotes = "".join(
                f"<li><span class=\"page\">{esc(page_label(u, tr))}</span> {highlighted(u, tr)}</li>" for u in evidence[dimension.name]
            )
            terms = ", ".join(dimension.terms)
            items.append(
                f'<li class="dim covered"><details><summary><span class="tick">✓</span> {esc(name)}'
                f'{f" <small>({esc(terms)})</small>" if terms else ""}</summary><ul class="quotes">{quotes}</ul></details></li>'
            )
        else:
            items.append(f'<li class="dim missing"><span class="tick">·</span> {esc(name)}</li>')
    return f'<ul class="rubric">{"".join(items)}</ul>'


def card(result: DocumentResult, tr: Translator, ident: str, folder: str, evidence_limit: int, mixed_share: float, order: int = 0) -> str:
    name = display_name(result.path)
    if result.status != "ok":
        message, hint = tr.error(result.error)
        return (
            f'<article class="card s-error" id="{ident}" data-order="{order}" data-stance="error" data-folder="{esc(folder)}" data-name="{esc(name.lower())}" '
            f'data-coverage="-1" data-text="{esc((result.path + " " + message).lower())}">'
            f'<header><h3>{esc(name)}</h3><span class="badge b-error">{esc(tr("report.read_error"))}</span></header>'
            f'<p class="path">{esc(shown_path(result.path))}</p>'
            f'<p class="headline">{esc(message)}</p>'
            + (f'<p class="hint">{esc(hint)}</p>' if hint else "")
            + f'<p class="facts">{esc(tr("report.error_code", code=result.error.code))}</p></article>'
        )
    verdict = result.verdict
    stance = verdict.stance
    reasons = verdict_reasons(result, tr, mixed_share)
    facts = [
        tr.language_name(result.language),
        tr(f"format.{result.format}") if tr.has(f"format.{result.format}") else (result.format or ""),
    ]
    if result.pages:
        facts.append(tr.n("count.pages", result.pages))
    facts.append(tr.n("count.words", result.words))
    facts.append(tr("report.type_is", type=tr(f"doctype.{document_type(result)}")))
    units = strongest(result, evidence_limit)
    shown = {u.index for u in units}
    rest = [u for u in evidence_units(result) if u.index not in shown]
    evidence_html = ""
    if units:
        evidence_html = f'<ol class="evidence">{"".join(evidence_item(u, tr) for u in units)}</ol>'
    elif not rest:
        evidence_html = f'<p class="empty">{esc(tr("html.no_evidence"))}</p>'
    if rest:
        rest_sorted = sorted(rest, key=lambda u: u.index)
        evidence_html += (
            f'<details class="more"><summary>{esc(tr.n("html.more_evidence", len(rest)))}</summary>'
            f'<ol class="evidence">{"".join(evidence_item(u, tr) for u in rest_sorted)}</ol></details>'
        )
    balance = ""
    if verdict.enabling_score or verdict.hindering_score:
        total = verdict.enabling_score + verdict.hindering_score
        e = 100 * verdict.enabling_score / total
        sides = [("e", e, tr.n("count.enabling", verdict.enabling_units)), ("h", 100 - e, tr.n("count.hindering", verdict.hindering_units))]
        balance = (
            f'<div class="balance" role="img" aria-label="{esc(tr("html.balance"))}" title="{esc(tr("html.balance"))}">'
            + "".join(f'<span class="{k}" style="width:{w:.1f}%" title="{esc(t)}">{esc(t)}</span>' for k, w, t in sides if w > 0)
            + "</div>"
        )
    warnings = "".join(f'<li>{esc(w)}</li>' for w in result.warnings)
    covered = coverage_count(result)
    digital = f'<span class="badge b-digital">{esc(tr("html.digital_only_badge"))}</span>' if verdict.digital_only else ""
    return (
        f'<article class="card s-{esc(stance)}" id="{ident}" data-order="{order}" data-stance="{esc(stance)}" data-folder="{esc(folder)}" '
        f'data-name="{esc(name.lower())}" data-coverage="{covered}" data-digital="{str(bool(verdict.digital_only)).lower()}" '
        f'data-text="{esc((result.path + " " + " ".join(u.text for u in evidence_units(result))).lower())}">'
        f'<header><h3>{esc(name)}</h3><span class="badge b-{esc(stance)}">{esc(tr.stance(stance))}</span>{digital}</header>'
        f'<p class="path">{esc(shown_path(result.path))}</p>'
        f'<p class="headline h-{esc(stance)}">{esc(tr.headline(stance, verdict.digital_only))}</p>'
        f'<p class="facts">{" · ".join(esc(f) for f in facts if f)}</p>'
        + (f'<p class="why"><b>{esc(tr("report.why"))}:</b> {esc("; ".join(reasons))}.</p>' if reasons else "")
        + balance
        + f'<h4>{esc(tr("report.evidence"))}</h4>{evidence_html}'
        + f'<h4>{esc(tr("report.rubric"))} <small>({covered}/{len(result.dimensions)})</small></h4>{rubric(result, tr)}'
        + (f'<ul class="warnings" title="{esc(tr("report.note"))}">{warnings}</ul>' if warnings else "")
        + "</article>"
    )


# ---------------------------------------------------------------------------------------------- page

CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;
--enables:#1a7f37;--mixed:#b06d00;--hinders:#cf222e;--neutral:#0969da;--absent:#8c959f;--error:#8250df}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1120px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 12px}h3{font-size:17px;margin:0;word-break:break-word}
h4{font-size:14px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.meta,.note,.path,.facts,.hint{color:var(--muted);font-size:13px;margin:2px 0}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
.tile{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--absent);border-radius:8px;padding:8px 14px;min-width:120px}
.tile b{display:block;font-size:24px}.tile span{font-size:13px;color:var(--muted)}
.tile.t-enables{border-left-color:var(--enables)}.tile.t-hinders{border-left-color:var(--hinders)}.tile.t-mixed{border-left-color:var(--mixed)}
.tile.t-neutral{border-left-color:var(--neutral)}.tile.t-error{border-left-color:var(--error)}.tile.t-digital{border-left-color:#1b7c83}
.charts{display:grid;grid-template-columns:1fr;gap:16px}
figure.chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:8px}
.scroll{overflow-x:auto}
svg text{font-family:inherit;font-size:13px;fill:var(--fg)}svg text.value{fill:var(--muted);font-size:12px}
svg text.dim{font-size:12px}svg text.total{font-weight:600}svg a:hover text{text-decoration:underline}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px;border:1px solid var(--line)}
.controls{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-bottom:12px;position:sticky;top:0;z-index:2}
.controls label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
.controls select,.controls input{font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:6px;min-width:160px;background:#fff}
#count{margin-left:auto;font-size:13px;color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--absent);border-radius:8px;padding:14px 18px;margin:0 0 14px}
.card.s-enables{border-left-color:var(--enables)}.card.s-hinders{border-left-color:var(--hinders)}.card.s-mixed{border-left-color:var(--mixed)}
.card.s-neutral{border-left-color:var(--neutral)}.card.s-error{border-left-color:var(--error)}
.card header{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.badge{font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;color:#fff;background:var(--absent)}
.b-enables{background:var(--enables)}.b-hinders{background:var(--hinders)}.b-mixed{background:var(--mixed)}.b-neutral{background:var(--neutral)}
.b-error{background:var(--error)}.b-digital{background:#1b7c83}
.headline{font-size:19px;font-weight:650;margin:6px 0 2px}
.h-enables{color:var(--enables)}.h-hinders{color:var(--hinders)}.h-mixed{color:var(--mixed)}.h-neutral{color:var(--neutral)}.h-absent{color:var(--muted)}
.why{margin:6px 0;font-size:14px}
.balance{display:flex;height:20px;border-radius:4px;overflow:hidden;font-size:11px;color:#fff;margin:8px 0;max-width:520px}
.balance span{display:block;white-space:nowrap;overflow:hidden;padding:1px 6px}.balance .e{background:var(--enables)}.balance .h{background:var(--hinders)}
ol.evidence{list-style:none;padding:0;margin:0}
.unit{padding:6px 0;border-top:1px solid #eef1f4;display:grid;grid-template-columns:64px 110px 1fr;gap:2px 10px;align-items:baseline}
.unit q{quotes:none;grid-column:3}.unit .section{grid-column:3;color:var(--muted);font-size:12px}
.unit .framing{grid-column:2;grid-row:2;font-size:11px;color:#1b7c83}
.page{color:var(--muted);font-size:13px;white-space:nowrap}
.label{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.l-enables{color:var(--enables)}.l-hinders{color:var(--hinders)}.l-mixed{color:var(--mixed)}.l-neutral{color:var(--neutral)}
mark{background:none;color:inherit;border-radius:2px;padding:0 1px}
mark.t-enables{background:#dafbe1;border-bottom:2px solid var(--enables);font-weight:600}
mark.t-hinders{background:#ffebe9;border-bottom:2px solid var(--hinders);font-weight:600}
mark.t-negation{background:#fbefff;border-bottom:2px dotted #8250df}
mark.t-innovation{font-weight:700}
mark.t-digital{background:#e0f5f6;border-bottom:1px solid #1b7c83}
mark.t-dimension{border-bottom:1px dashed var(--muted)}
mark.t-generic{font-style:italic}
details.more summary{cursor:pointer;color:var(--neutral);font-size:14px;margin-top:6px}
ul.rubric{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:2px 14px}
.dim{font-size:14px}.dim.missing{color:var(--muted)}.dim.covered summary{cursor:pointer}.dim .tick{display:inline-block;width:1em;font-weight:700}
.dim.covered .tick{color:var(--enables)}
ul.quotes{padding-left:18px;font-size:13px;margin:4px 0 8px}
ul.warnings{font-size:12px;color:#9a6700;margin:8px 0 0;padding-left:18px}
.legend-terms mark{margin-right:8px}
footer{color:var(--muted);font-size:12px;margin-top:28px;border-top:1px solid var(--line);padding-top:10px}
.empty{color:var(--muted)}
@media (max-width:700px){.unit{grid-template-columns:1fr}.unit q,.unit .section,.unit .framing{grid-column:1;grid-row:auto}}
@media print{
body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
.controls,details.more>summary{display:none}
.card{break-inside:avoid;page-break-inside:avoid;border:1px solid #999;border-left-width:6px}
figure.chart{break-inside:avoid}.card[hidden]{display:none}
.scroll{overflow:visible}a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

SCRIPT = """
(function(){
var list=document.getElementById('cards');if(!list)return;
var cards=Array.prototype.slice.call(list.querySelectorAll('article.card'));
var stance=document.getElementById('f-stance'),folder=document.getElementById('f-folder'),
text=document.getElementById('f-text'),sort=document.getElementById('f-sort'),count=document.getElementById('count');
var order={enables:0,mixed:1,hinders:2,neutral:3,absent:4,error:5};
function apply(){
var s=stance.value,f=folder.value,q=text.value.trim().toLowerCase(),shown=0;
cards.forEach(function(c){var ok=(!s||c.dataset.stance===s||(s==='digital'&&c.dataset.digital==='true'))&&(!f||c.dataset.folder===f)&&(!q||c.dataset.text.indexOf(q)>=0);c.hidden=!ok;if(ok)shown++;});
var key=sort.value;var sorted=cards.slice().sort(function(a,b){
if(key==='verdict')return (order[a.dataset.stance]-order[b.dataset.stance])||a.dataset.name.localeCompare(b.dataset.name);
if(key==='coverage')return (b.dataset.coverage-a.dataset.coverage)||a.dataset.name.localeCompare(b.dataset.name);
if(key==='folder')return a.dataset.folder.localeCompare(b.dataset.folder)||a.dataset.name.localeCompare(b.dataset.name);
if(key==='name')return a.dataset.name.localeCompare(b.dataset.name);
return a.dataset.order-b.dataset.order;});
sorted.forEach(function(c){list.appendChild(c);});
count.textContent=count.dataset.template.replace('{shown}',shown).replace('{total}',cards.length);}
[stance,folder,sort].forEach(function(e){e.addEventListener('change',apply);});text.addEventListener('input',apply);
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
apply();
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


def controls(report: ScanReport, tr: Translator, folder_of: dict[str, str]) -> str:
    counts = Counter("error" if d.status != "ok" else d.stance or "absent" for d in report.documents)
    options = [f'<option value="">{esc(tr("html.filter.all_verdicts"))} ({len(report.documents)})</option>']
    for key in (*STANCE_ORDER, "error"):
        if counts.get(key):
            name = tr("report.read_error") if key == "error" else tr.stance(key)
            options.append(f'<option value="{key}">{esc(name)} ({counts[key]})</option>')
    digital = sum(d.digital_only is True for d in report.documents)
    if digital:
        options.append(f'<option value="digital">{esc(tr("report.digital_only"))} ({digital})</option>')
    groups = Counter(folder_of.values())
    folder_options = [f'<option value="">{esc(tr("html.filter.all_folders"))}</option>'] + [
        f'<option value="{esc(g)}">{esc(g)} ({n})</option>' for g, n in sorted(groups.items())
    ]
    sorts = [("", "html.sort.original"), ("verdict", "html.sort.verdict"), ("coverage", "html.sort.coverage"), ("name", "html.sort.name"), ("folder", "html.sort.folder")]
    sort_options = "".join(f'<option value="{v}">{esc(tr(k))}</option>' for v, k in sorts)
    template = tr("html.showing", shown="{shown}", total="{total}")
    return (
        '<div class="controls" role="search">'
        f'<label>{esc(tr("html.filter.verdict"))}<select id="f-stance">{"".join(options)}</select></label>'
        f'<label>{esc(tr("html.filter.folder"))}<select id="f-folder">{"".join(folder_options)}</select></label>'
        f'<label>{esc(tr("html.filter.text"))}<input id="f-text" type="search" placeholder="{esc(tr("html.filter.text_placeholder"))}"></label>'
        f'<label>{esc(tr("html.sort"))}<select id="f-sort">{sort_options}</select></label>'
        f'<span id="count" aria-live="polite" data-template="{esc(template)}">'
        f'{esc(tr("html.showing", shown=len(report.documents), total=len(report.documents)))}</span></div>'
    )


def tiles(report: ScanReport, tr: Translator) -> str:
    docs = report.documents
    counts = Counter("error" if d.status != "ok" else d.stance or "absent" for d in docs)
    items = [("", tr("html.tile.documents"), len(docs))]
    items += [(key, tr.stance(key), counts.get(key, 0)) for key in STANCE_ORDER]
    items.append(("digital", tr("report.digital_only"), sum(d.digital_only is True for d in docs)))
    if counts.get("error"):
        items.append(("error", tr("report.read_error"), counts["error"]))
    return '<div class="tiles">' + "".join(
        f'<div class="tile t-{key}"><b>{n}</b><span>{esc(label)}</span></div>' for key, label, n in items
    ) + "</div>"


def legend(tr: Translator) -> str:
    samples = (("enables", "html.legend.enables"), ("hinders", "html.legend.hinders"), ("innovation", "html.legend.innovation"),
               ("digital", "html.legend.digital"), ("negation", "html.legend.negation"), ("dimension", "html.legend.dimension"))
    return '<p class="note legend-terms">' + esc(tr("html.legend")) + ": " + "".join(
        f'<mark class="t-{k}">{esc(tr(key))}</mark>' for k, key in samples
    ) + "</p>"


def render(report: ScanReport, stream: TextIO, *, ui_lang: str | None = None, evidence_limit: int = 5, title: str | None = None, **_: object) -> None:
    tr = translator(ui_lang)
    docs = report.documents
    folder_of = folders([d.path for d in docs])
    ids = {d.path: f"doc-{i + 1}" for i, d in enumerate(docs)}
    share = mixed_share_of(report)
    title = title or tr("html.title")
    run = report.run
    cards = [card(d, tr, ids[d.path], folder_of.get(d.path, ""), evidence_limit, share, i) for i, d in enumerate(docs)]
    meta = tr(
        "html.meta",
        documents=tr.n("count.documents", len(docs)),
        date=tr.date(run.generated_at),
        tool=run.tool_version,
        lexicons=run.lexicon_version,
    )
    stream.write(
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(tr.language)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="policyscan {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main>"
        f"<header><h1>{esc(title)}</h1><p class=\"meta\">{esc(meta)}</p>"
        f'<p class="note">{esc(tr("html.intro"))}</p></header>'
        f'<section id="summary"><h2>{esc(tr("html.summary"))}</h2>{tiles(report, tr)}<div class="charts">'
        f"{verdict_chart(report, tr, folder_of)}{heatmap(report, tr, ids)}</div></section>"
        f'<section id="documents"><h2>{esc(tr("html.documents"))}</h2>{legend(tr)}{controls(report, tr, folder_of)}'
        f'<div id="cards">{"".join(cards)}</div></section>'
        f'<footer><p>{esc(tr("html.footer", tool=run.tool_version, lexicons=run.lexicon_version, digest=run.lexicon_digest, date=run.generated_at))}</p>'
        f'<p>{esc(tr("html.footer.method"))}</p></footer>'
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )
