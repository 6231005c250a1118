"""`policyscan diff OLD NEW`: the core function and the real command, in every diff format."""

from __future__ import annotations

import json

import pytest
from builders import make_docx, make_pdf
from ci_support import ENABLING, HINDERING, HINDERING_2, MEASUREMENT, invoke, write

from policyscan import analyse_text
from policyscan.diff import diff_documents, text_key


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / ".cache"))


@pytest.fixture
def versions(tmp_path):
    """v1 enables (and covers measurement); v2 loses the enabling sentence and the dimension, gains a hinder."""
    write(tmp_path / "v1.md", "# Plan", ENABLING, MEASUREMENT)
    write(tmp_path / "v2.md", "# Plan", "Innovation är viktigt för kommunen.", HINDERING)
    return tmp_path


def test_text_key_ignores_case_spacing_and_punctuation():
    assert text_key("Vi  ska PRÖVA nya arbetssätt!") == text_key("vi ska pröva nya arbetssätt.") == "vi ska pröva nya arbetssätt"


def test_diff_core_matches_units_by_text():
    old = analyse_text(f"{ENABLING}\n\n{HINDERING}", "sv")
    new = analyse_text(f"{HINDERING.upper()}\n\n{HINDERING_2}\n\n{ENABLING}", "sv")  # moved, re-cased: unchanged
    d = diff_documents(old, new)
    assert d.unchanged == 2 and not d.removed and not d.lost_enabling
    assert [u.text for u in d.added] == [HINDERING_2] and [u.text for u in d.gained_hindering] == [HINDERING_2]
    assert d.added_by_label()["hinders"] == 1 and sum(d.removed_by_label().values()) == 0
    same = diff_documents(old, old)
    assert not same.stance_changed and same.direction == "same" and not same.added and not same.removed


def test_diff_table_and_exit_codes(versions):
    result = invoke("diff", "v1.md", "v2.md")
    assert result.exit_code == 0, result.output  # warnings only by default
    assert "Verdict: enables → hinders (worse)" in result.stdout
    assert "Gained hindering content" in result.stdout and "Lost enabling content" in result.stdout
    assert "warning: [lost-dimension]" in result.stdout
    for condition in ("lost-enabling", "gained-hindering", "lost-dimension", "lost-dimension:measurement", "stance-changed", "stance-worse", "hinders"):
        assert invoke("diff", "v1.md", "v2.md", "--fail-on", condition).exit_code == 1, condition
    for condition in ("became-digital-only", "lost-dimension:idea_process", "absent"):
        assert invoke("diff", "v1.md", "v2.md", "--fail-on", condition).exit_code == 0, condition
    assert invoke("diff", "v2.md", "v1.md", "--fail-on", "stance-worse").exit_code == 0  # v1 is better
    assert invoke("diff", "v1.md", "v1.md", "--fail-on", "stance-changed", "--fail-on", "lost-enabling").exit_code == 0


def test_diff_json(versions):
    result = invoke("diff", "v1.md", "v2.md", "--format", "json", "--fail-on", "gained-hindering")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["kind"] == "diff"
    assert data["stance"] == {"old": "enables", "new": "hinders", "changed": True, "direction": "worse"}
    assert data["dimensions"]["lost"] == ["measurement"] and data["dimensions"]["gained"] == []
    assert [u["text"] for u in data["units"]["gained_hindering"]] == [HINDERING]
    assert data["units"]["gained_hindering"][0]["line"] == 5
    assert ENABLING in [u["text"] for u in data["units"]["lost_enabling"]]
    assert data["units"]["added_by_label"]["hinders"] == 1 and data["units"]["removed_by_label"]["enables"] >= 1
    assert data["checks"]["breached"] is True
    assert data["headline"].startswith("verdict enables → hinders (worse)")


def test_diff_markdown_and_github(versions):
    md = invoke("diff", "v1.md", "v2.md", "--format", "markdown", "--fail-on", "lost-enabling")
    assert md.exit_code == 1
    assert md.stdout.startswith("<!-- policyscan-diff -->\n## ❌ policyscan diff: verdict enables → hinders (worse)")
    assert "**Dimensions lost:** measurement" in md.stdout and "**Lost enabling content**" in md.stdout
    gh = invoke("diff", "v1.md", "v2.md", "--format", "github", "--fail-on", "gained-hindering")
    lines = gh.stdout.splitlines()
    assert "::error file=v2.md,line=5,title=policyscan gained-hindering::Hindering content added: “" + HINDERING + "”" in lines
    assert any(line.startswith("::warning file=v2.md,title=policyscan lost-enabling::Enabling content removed (old version line 3)") for line in lines)


def test_diff_across_formats_and_with_output_file(tmp_path):
    make_docx(tmp_path / "old.docx", [("Normal", ENABLING)])
    make_pdf(tmp_path / "new.pdf", [[ENABLING], [HINDERING]])
    result = invoke("diff", "old.docx", "new.pdf", "--format", "json", "--output", "diff.json", "--fail-on", "gained-hindering")
    assert result.exit_code == 1
    data = json.loads((tmp_path / "diff.json").read_text(encoding="utf-8"))
    assert data["old"]["format"] == "docx" and data["new"]["format"] == "pdf"
    assert data["units"]["unchanged"] == 1
    assert data["units"]["gained_hindering"][0]["page"] == 2


def test_diff_inline_marker_in_the_new_version(tmp_path):
    write(tmp_path / "v1.md", ENABLING)
    write(tmp_path / "v2.md", ENABLING, f'<!-- policyscan: ignore gained-hindering reason="Beslutat av KF" -->\n{HINDERING}')
    assert invoke("diff", "v1.md", "v2.md", "--fail-on", "gained-hindering").exit_code == 0


def test_diff_errors(versions, tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    result = invoke("diff", "v1.md", "broken.pdf", "--fail-on", "lost-enabling")
    assert result.exit_code == 3 and "broken.pdf could not be read" in result.output
    assert invoke("diff", "v1.md", "missing.md").exit_code == 3
    assert invoke("diff", "v1.md", "v2.md", "--fail-on", "lost-enablin").exit_code == 2
    assert invoke("diff", "v1.md", "v2.md", "--format", "sarif").exit_code == 2


def test_diff_config_table(versions):
    (versions / "policyscan.toml").write_text('[diff]\nfail_on = ["lost-enabling"]\nformat = "json"\n', encoding="utf-8")
    result = invoke("diff", "v1.md", "v2.md")
    assert result.exit_code == 1 and json.loads(result.stdout)["checks"]["fail_on"] == ["lost-enabling"]
