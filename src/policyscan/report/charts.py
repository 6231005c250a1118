"""Charts as files: verdicts per group (stacked bars) and rubric coverage, as SVG (hand-written) or PNG
(Pillow, which pdfplumber already brings). No plotting library needed."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..models import DIMENSIONS, STANCES
from ..summary import Summary

COLOURS = {"enables": "#2e7d32", "hinders": "#c62828", "mixed": "#f9a825", "neutral": "#1565c0", "absent": "#9e9e9e", "error": "#6d4c41"}
KEYS = (*STANCES, "error")


def _layout(summary: Summary):
    groups = list(summary.groups.items())
    peak = max((sum(c.get(k, 0) for k in KEYS) for _, c in groups), default=1) or 1
    return groups, peak


def svg(summary: Summary, title: str = "policyscan") -> str:
    groups, peak = _layout(summary)
    bar_w, gap, left, top, height = 28, 14, 60, 40, 220
    width = max(520, left + len(groups) * (bar_w + gap) + 160)
    coverage = summary.coverage()
    cov_top = top + height + 90
    total_h = cov_top + len(DIMENSIONS) * 18 + 20
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_h}" font-family="sans-serif" font-size="11">']
    out.append(f'<text x="{left}" y="20" font-size="14" font-weight="bold">{escape(title)}: verdicts per folder</text>')
    for i, (group, counts) in enumerate(groups):
        x = left + i * (bar_w + gap)
        y = top + height
        for key in KEYS:
            n = counts.get(key, 0)
            if not n:
                continue
            h = n / peak * height
            y -= h
            out.append(f'<rect x="{x}" y="{y:.1f}" width="{bar_w}" height="{h:.1f}" fill="{COLOURS[key]}"><title>{escape(group)}: {n} {key}</title></rect>')
        out.append(f'<text x="{x + bar_w / 2}" y="{top + height + 12}" text-anchor="end" transform="rotate(-45 {x + bar_w / 2} {top + height + 12})">{escape(group[:24])}</text>')
    legend_x = left + len(groups) * (bar_w + gap) + 20
    for j, key in enumerate(KEYS):
        out.append(f'<rect x="{legend_x}" y="{top + j * 16}" width="10" height="10" fill="{COLOURS[key]}"/><text x="{legend_x + 14}" y="{top + j * 16 + 9}">{key}</text>')
    out.append(f'<text x="{left}" y="{cov_top - 10}" font-size="14" font-weight="bold">Rubric coverage (share of documents)</text>')
    for k, name in enumerate(DIMENSIONS):
        y = cov_top + k * 18
        share = coverage[name]
        out.append(f'<text x="{left + 150}" y="{y + 10}" text-anchor="end">{escape(name)}</text>')
        out.append(f'<rect x="{left + 156}" y="{y}" width="{share * 300:.1f}" height="12" fill="#2e7d32"/>')
        out.append(f'<text x="{left + 162 + share * 300:.1f}" y="{y + 10}">{share:.0%}</text>')
    out.append("</svg>")
    return "\n".join(out)


def png(summary: Summary, path: Path, title: str = "policyscan") -> None:
    from PIL import Image, ImageDraw

    groups, peak = _layout(summary)
    bar_w, gap, left, top, height = 28, 14, 60, 40, 220
    width = max(560, left + len(groups) * (bar_w + gap) + 180)
    cov_top = top + height + 100
    image = Image.new("RGB", (width, cov_top + len(DIMENSIONS) * 18 + 20), "white")
    draw = ImageDraw.Draw(image)
    draw.text((left, 10), f"{title}: verdicts per folder", fill="black")
    for i, (group, counts) in enumerate(groups):
        x = left + i * (bar_w + gap)
        y = top + height
        for key in KEYS:
            n = counts.get(key, 0)
            if n:
                h = n / peak * height
                draw.rectangle([x, y - h, x + bar_w, y], fill=COLOURS[key])
                y -= h
        draw.text((x, top + height + 4), group[:6], fill="black")
    legend_x = left + len(groups) * (bar_w + gap) + 20
    for j, key in enumerate(KEYS):
        draw.rectangle([legend_x, top + j * 16, legend_x + 10, top + j * 16 + 10], fill=COLOURS[key])
        draw.text((legend_x + 14, top + j * 16), key, fill="black")
    draw.text((left, cov_top - 20), "Rubric coverage (share of documents)", fill="black")
    for k, (name, share) in enumerate(summary.coverage().items()):
        y = cov_top + k * 18
        draw.text((left, y), name, fill="black")
        draw.rectangle([left + 170, y, left + 170 + share * 300, y + 12], fill="#2e7d32")
        draw.text((left + 176 + share * 300, y), f"{share:.0%}", fill="black")
    image.save(path)


def write_chart(summary: Summary, path: Path) -> None:
    if path.suffix.lower() == ".png":
        png(summary, path)
    elif path.suffix.lower() == ".svg":
        path.write_text(svg(summary), encoding="utf-8")
    else:
        raise ValueError("charts are written as .svg or .png")
