"""The Typer application and exit codes shared by all commands."""

from __future__ import annotations

from enum import IntEnum

import typer

from .. import __version__


class ExitCode(IntEnum):
    OK = 0
    BREACHED = 1  # a configured condition is breached
    USAGE = 2  # usage or configuration error
    UNREADABLE = 3  # some input could not be read


app = typer.Typer(
    name="policyscan",
    help="Does a municipal policy enable or hinder innovation? Reads PDF, DOCX, TXT and Markdown in Swedish and Norwegian and shows the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
lexicon_app = typer.Typer(help="Inspect and validate lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


def _version(value: bool) -> None:
    if value:
        from ..analyse.lexicon import load_lexicons

        lexicons = load_lexicons()
        typer.echo(f"policyscan {__version__} (lexicons {lexicons.version}, {lexicons.digest})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """policyscan command line."""


def ui_translator(ui_lang: str | None):
    """The translator for --ui-lang (or the environment); an unknown language is a usage error (exit 2)."""
    from ..i18n import resolve_ui_language, translator

    tr = translator(resolve_ui_language())  # messages before the documents' language is known
    if ui_lang:
        try:
            tr = translator(resolve_ui_language(ui_lang))
        except ValueError:
            typer.echo(tr("cli.unknown_ui_language", value=ui_lang), err=True)
            raise typer.Exit(ExitCode.USAGE) from None
    return tr
