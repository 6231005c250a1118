"""The CI glue of `scan` and `diff`: config + command line → settings, file selection, checks, exit code.

Command-line values win over the config file, which wins over the defaults; a value counts as given on the
command line when click says its source is the command line (or the environment), so a flag typed with its
default value still overrides the config.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import typer

from ..ci.conditions import ConditionError, Policy
from ..ci.findings import CheckResult, exit_status
from ..ci.suppressions import Baseline, BaselineError, load_baseline
from ..config import Config, ConfigError, file_filter, resolve_config
from ..models import DocumentResult
from ._app import ExitCode

# scan's parameter name → config key
SCAN_KEYS = {
    "output_format": "format",
    "lang": "language",
    "layout": "layout",
    "lexicon": "lexicons",
    "workers": "workers",
    "timeout": "timeout",
    "max_size": "max_size",
    "cache": "cache",
    "evidence": "evidence",
    "fail_on": "fail_on",
    "warn_on": "warn_on",
    "require_dimension": "required_dimensions",
    "baseline": "baseline",
    "exit_zero": "exit_zero",
}
DIFF_KEYS = {
    "output_format": "diff.format",
    "lang": "language",
    "layout": "layout",
    "lexicon": "lexicons",
    "fail_on": "diff.fail_on",
    "warn_on": "diff.warn_on",
    "require_dimension": "required_dimensions",
    "exit_zero": "exit_zero",
    "evidence": "evidence",
}
# Compared by name: recent Typer versions vendor their own click, with their own ParameterSource enum.
_GIVEN = ("COMMANDLINE", "ENVIRONMENT")


def usage_error(message: str) -> typer.Exit:
    typer.echo(f"policyscan: {message}", err=True)
    return typer.Exit(ExitCode.USAGE)


def _cli_value(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [str(v) if isinstance(v, Path) else v for v in value]
    return value


def settings(ctx: typer.Context, keys: Mapping[str, str], config_file: Path | None, no_config: bool) -> Config:
    """The effective config of this run; exits with 2 on a config or usage error."""
    try:
        config = resolve_config(config_file, isolated=no_config)
        for param, key in keys.items():
            source = ctx.get_parameter_source(param) if param in ctx.params else None
            if source is not None and source.name in _GIVEN:
                option = next((p for p in ctx.command.params if p.name == param), None)
                flag = option.opts[0] if option is not None and option.opts else param
                config.override(key, _cli_value(ctx.params[param]), source=f"command line ({flag})")
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    return config


def policy(config: Config, table: str = "") -> Policy:
    try:
        result = config.policy(table)
        result.check()
    except ConditionError as exc:
        raise usage_error(str(exc)) from None
    return result


def baseline(config: Config) -> Baseline | None:
    path = config["baseline"]
    if not path:
        return None
    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise usage_error(str(exc)) from None


def select(files: Iterable[Path], config: Config, *, quiet: bool) -> list[Path]:
    """Apply the config's include/exclude globs; tell (on stderr) how many files they left out."""
    kept, skipped = file_filter(config).split(files)
    if skipped and not quiet:
        typer.echo(f"policyscan: {len(skipped)} file(s) left out by include/exclude in {config.file or 'the config'}", err=True)
    return kept


def notes(config: Config, *, quiet: bool) -> None:
    if not quiet:
        for note in config.notes:
            typer.echo(f"policyscan: note: {note}", err=True)


def finish(checks: CheckResult, results: list[DocumentResult], missing: list[Path], config: Config, *, quiet: bool, summary: bool = True) -> None:
    """Print the one-line summary (stderr) and exit with the documented code: 3 when an input could not be
    read, else 1 when a fail_on condition is breached (unless exit_zero), else 0."""
    unreadable = bool(missing) or any(r.status != "ok" for r in results)
    code = exit_status(breached=checks.breached, unreadable=unreadable, exit_zero=config["exit_zero"])
    if summary and not quiet and (checks.policy.fail_on or checks.baseline):
        verdict = {0: "passed", 1: "failed", 3: "incomplete (unreadable input)"}[code]
        if code == 0 and checks.breached:
            verdict = "passed (--exit-zero)"
        typer.echo(f"policyscan: {verdict}: {checks.summary()}", err=True)
    if code:
        raise typer.Exit(code)
