from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The tests read the English interface whatever the developer's LANG is; tests of the other interface
# languages pass --ui-lang or unset this (tests/test_i18n.py).
os.environ["POLICYSCAN_UI_LANG"] = "en"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_docs() -> Path:
    return ROOT / "sample_docs"
