"""Print the README's sample-document and evaluation tables from real runs of policyscan.

    python scripts/readme_tables.py > /tmp/tables.md
"""

from __future__ import annotations

import json
from pathlib import Path

from policyscan import scan
from policyscan.evaluate import evaluate
from policyscan.report.serialize import document_dict

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {"pdf": "PDF", "docx": "DOCX", "text": "TXT", "markdown": "Markdown"}


def sample_table() -> str:
    expected = {e["file"]: e for e in json.loads((ROOT / "sample_docs" / "expected.json").read_text(encoding="utf-8"))}
    rows = ["| document | language | format | what it contains | stance | digital only | dimensions covered |", "|---|---|---|---|---|---|---|"]
    for result in scan([ROOT / "sample_docs"]):
        data = document_dict(result)
        name = Path(data["path"]).name
        features = "; ".join(f.replace("_", " ") for f in expected[name]["features"][:4])
        covered = sum(d["covered"] for d in data["dimensions"].values())
        digital = {True: "yes", False: "no", None: "–"}[data["digital_only"]]
        rows.append(f"| `{name}` | {data['language']} | {FORMATS.get(data['format'], data['format'])} | {features} | **{data['stance']}** | {digital} | {covered}/13 |")
    return "\n".join(rows)


def evaluation_table() -> str:
    rows = ["| part | language | n | accuracy | stance macro-F1 | digital-only accuracy | mention F1 |", "|---|---|---|---|---|---|---|"]
    for part in ("dev", "heldout"):
        result = evaluate(ROOT / "evaluation" / f"{part}.jsonl")
        for language, metrics in [("all", result["overall"]), *result["per_language"].items()]:
            rows.append(
                f"| {part} | {language} | {metrics['n']} | {metrics['accuracy']:.3f} | {metrics['macro_f1']:.3f} | "
                f"{metrics['digital_only_accuracy']:.3f} | {metrics['mention']['f1']:.3f} |"
            )
    return "\n".join(rows)


if __name__ == "__main__":
    print(sample_table())
    print()
    print(evaluation_table())
