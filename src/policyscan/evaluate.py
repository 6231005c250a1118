"""Evaluate the analysis against labelled passages (JSONL: id, lang, text, stance, digital_only, dimensions).

Returns plain data: per-stance precision/recall/F1, macro-F1, accuracy, the confusion matrix,
digital-only accuracy, mention F1 and dimension F1 — overall and per language — and every misclassified
passage with the units and cues that decided it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api import analyse_text
from .models import DIMENSIONS, STANCES, DocumentResult
from .options import ScanOptions

REQUIRED = ("id", "text", "stance")


class EvaluationDataError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    id: str
    lang: str | None
    text: str
    stance: str
    digital_only: bool | None
    dimensions: tuple[str, ...] | None
    line: int


def read_items(path: Path) -> list[Item]:
    items = []
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            missing = [k for k in REQUIRED if k not in raw]
            if missing:
                raise EvaluationDataError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
            if raw["stance"] not in STANCES:
                raise EvaluationDataError(f"{path}:{number}: stance must be one of {', '.join(STANCES)}")
            dims = raw.get("dimensions")
            if dims is not None and any(d not in DIMENSIONS for d in dims):
                raise EvaluationDataError(f"{path}:{number}: unknown dimension in {dims}")
            items.append(
                Item(str(raw["id"]), raw.get("lang"), raw["text"], raw["stance"], raw.get("digital_only"), tuple(dims) if dims is not None else None, number)
            )
    return items


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def metrics(pairs: Sequence[tuple[Item, DocumentResult]]) -> dict[str, Any]:
    gold = [i.stance for i, _ in pairs]
    pred = [r.stance for _, r in pairs]
    confusion = {g: {p: 0 for p in STANCES} for g in STANCES}
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    per_stance = {}
    for stance in STANCES:
        tp = confusion[stance][stance]
        fp = sum(confusion[g][stance] for g in STANCES if g != stance)
        fn = sum(confusion[stance][p] for p in STANCES if p != stance)
        per_stance[stance] = prf(tp, fp, fn)
    present = [s for s in STANCES if per_stance[s]["support"] or any(confusion[g][s] for g in STANCES)]
    macro = sum(per_stance[s]["f1"] for s in present) / len(present) if present else 0.0
    accuracy = sum(g == p for g, p in zip(gold, pred)) / len(pairs) if pairs else 0.0
    digital_all = [(i.digital_only, r.digital_only) for i, r in pairs if "digital_only" in i.__dict__]
    digital_mentioned = [(g, p) for g, p in digital_all if g is not None]
    mention = Counter()
    for item, result in pairs:
        g, p = item.stance != "absent", result.stance != "absent"
        mention["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
    dim = Counter()
    for item, result in pairs:
        if item.dimensions is None:
            continue
        covered = {d.name for d in result.dimensions if d.covered}
        gold_dims = set(item.dimensions)
        dim["tp"] += len(covered & gold_dims)
        dim["fp"] += len(covered - gold_dims)
        dim["fn"] += len(gold_dims - covered)
    return {
        "n": len(pairs),
        "accuracy": accuracy,
        "macro_f1": macro,
        "per_stance": per_stance,
        "confusion": confusion,
        "digital_only_accuracy": sum(g == p for g, p in digital_all) / len(digital_all) if digital_all else 0.0,
        "digital_only_accuracy_mentioned": sum(g == p for g, p in digital_mentioned) / len(digital_mentioned) if digital_mentioned else 0.0,
        "mention": prf(mention["tp"], mention["fp"], mention["fn"]),
        "dimensions": prf(dim["tp"], dim["fp"], dim["fn"]),
    }


def _decisive_units(result: DocumentResult) -> list[dict[str, Any]]:
    return [
        {
            "label": u.label,
            "text": u.text,
            "cues": [f"{m.text}={m.entry_id}{' (negated)' if m.negated else ''}" for m in u.matches if m.category not in ("terminator",)],
            "reasons": list(u.reasons),
            "digital_framing": u.digital_framing,
        }
        for u in result.units
        if u.label != "none"
    ]


def evaluate(path: Path, options: ScanOptions | None = None, *, language: str | None = None) -> dict[str, Any]:
    items = read_items(path)
    return evaluate_items(items, options, language=language, source=str(path))


def evaluate_items(items: Iterable[Item], options: ScanOptions | None = None, *, language: str | None = None, source: str = "") -> dict[str, Any]:
    options = options or ScanOptions()
    pairs: list[tuple[Item, DocumentResult]] = []
    for item in items:
        lang = language or item.lang or options.language
        pairs.append((item, analyse_text(item.text, lang, options, path=item.id)))
    by_language: dict[str, list[tuple[Item, DocumentResult]]] = defaultdict(list)
    for item, result in pairs:
        by_language[item.lang or result.language or "?"].append((item, result))
    errors = [
        {
            "id": item.id,
            "lang": item.lang,
            "text": item.text,
            "gold": {"stance": item.stance, "digital_only": item.digital_only},
            "predicted": {"stance": result.stance, "digital_only": result.digital_only},
            "explanation": list(result.verdict.reasons) if result.verdict else [],
            "units": _decisive_units(result),
        }
        for item, result in pairs
        if item.stance != result.stance or item.digital_only != result.digital_only
    ]
    return {
        "source": source,
        "overall": metrics(pairs),
        "per_language": {lang: metrics(group) for lang, group in sorted(by_language.items())},
        "errors": errors,
    }
