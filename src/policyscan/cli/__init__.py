"""The command line: a thin Typer layer over the plain functions in policyscan.api and friends."""

from __future__ import annotations

from . import config as _config  # noqa: F401
from . import diff as _diff  # noqa: F401
from . import evaluate as _evaluate  # noqa: F401
from . import explain as _explain  # noqa: F401
from . import lexicon as _lexicon  # noqa: F401  (registers commands)
from . import scan as _scan  # noqa: F401
from . import summary as _summary  # noqa: F401
from ._app import app


def main() -> None:
    app(prog_name="policyscan")


__all__ = ["app", "main"]
