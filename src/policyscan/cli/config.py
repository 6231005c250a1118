"""`policyscan config`: the effective configuration and where each value came from."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..config import KEYS, TABLES, ConfigError, resolve_config
from ._app import ExitCode, app


def _toml(value) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return json.dumps(value, ensure_ascii=False)


@app.command("config")
def config_command(
    config_file: Path = typer.Option(None, "--config", help="Show this config file instead of the one found upwards from here."),
    no_config: bool = typer.Option(False, "--no-config", help="Show the defaults (no config file)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: {file, root, values: {key: {value, source}}}."),
    keys: bool = typer.Option(False, "--keys", help="List every key with its meaning."),
) -> None:
    """Show the effective config (policyscan.toml, or the tool.policyscan table of pyproject.toml) and where each value came from.
    Exits 2 when the config is invalid, so `policyscan config` also checks it."""
    if keys:
        for name, key in KEYS.items():
            typer.echo(f"{name:<20} {key.help}")
        for table, table_keys in TABLES.items():
            for name, key in table_keys.items():
                typer.echo(f"{table + '.' + name:<20} {key.help}")
        return
    try:
        config = resolve_config(config_file, isolated=no_config)
    except ConfigError as exc:
        typer.echo(f"policyscan: {exc}", err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    if as_json:
        data = {
            "file": str(config.file) if config.file else None,
            "root": str(config.root),
            "values": {key: {"value": value.value, "source": value.source} for key, value in config.values.items()},
            "notes": config.notes,
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(f"# config file: {config.file or '(none: defaults)'}")
    typer.echo(f"# paths and globs relative to: {config.root}")
    for note in config.notes:
        typer.echo(f"# note: {note}")
    width = max(len(f"{k} = {_toml(v.value)}") for k, v in config.values.items() if "." not in k)
    table = ""
    for key, value in config.values.items():
        section, _, name = key.rpartition(".")
        if section != table:
            typer.echo(f"\n[{section}]")
            table = section
        line = f"{name} = {_toml(value.value)}"
        typer.echo(f"{line:<{width}}  # {value.source}")
