"""Config discovery (policyscan.toml, [tool.policyscan] in pyproject.toml, walking up from the working
directory), validation errors naming file, line and key, value sources, and include/exclude."""

from __future__ import annotations

import json

import pytest
from ci_support import ABSENT, ENABLING, HINDERING, invoke, json_out, write

from policyscan.config import FileFilter, glob_regex


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / ".cache"))


def config_json(*args: str) -> dict:
    result = invoke("config", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_policyscan_toml_is_found_walking_up(tmp_path, monkeypatch):
    (tmp_path / "policyscan.toml").write_text('# project\nfail_on = ["hinders"]\nformat = "concise"\n', encoding="utf-8")
    deep = tmp_path / "policies" / "2025"
    write(deep / "bad.md", HINDERING)
    monkeypatch.chdir(deep)
    result = invoke("scan", "bad.md")
    assert result.exit_code == 1
    assert "error [hinders]" in result.stdout  # format from the config
    data = config_json()
    assert data["file"] == str(tmp_path / "policyscan.toml")
    assert data["values"]["fail_on"] == {"value": ["hinders"], "source": f"{tmp_path / 'policyscan.toml'}:2"}
    assert data["values"]["workers"]["source"] == "default"


def test_pyproject_tool_table_and_a_pyproject_without_it(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "policies"\n\n[tool.policyscan]\nfail_on = ["absent"]\n\n[tool.policyscan.diff]\nfail_on = ["stance-worse"]\n',
        encoding="utf-8",
    )
    sub = tmp_path / "sub"
    (sub / "pyproject.toml").parent.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")  # no table: passed over
    write(sub / "budget.txt", ABSENT)
    monkeypatch.chdir(sub)
    assert invoke("scan", "budget.txt").exit_code == 1
    data = config_json()
    assert data["file"] == str(tmp_path / "pyproject.toml")
    assert data["values"]["fail_on"]["source"].endswith("pyproject.toml:5")
    assert data["values"]["diff.fail_on"]["value"] == ["stance-worse"]
    assert data["values"]["diff.fail_on"]["source"].endswith("pyproject.toml:8")


def test_policyscan_toml_wins_over_pyproject_in_the_same_folder(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.policyscan]\nfail_on = ["absent"]\n', encoding="utf-8")
    (tmp_path / "policyscan.toml").write_text('fail_on = ["hinders"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = config_json()
    assert data["values"]["fail_on"]["value"] == ["hinders"]
    assert any("is ignored because policyscan.toml is beside it" in note for note in data["notes"])


def test_command_line_wins_and_config_shows_sources(tmp_path, monkeypatch):
    (tmp_path / "policyscan.toml").write_text('fail_on = ["hinders"]\n', encoding="utf-8")
    write(tmp_path / "bad.md", HINDERING)
    monkeypatch.chdir(tmp_path)
    assert invoke("scan", "bad.md", "--fail-on", "absent").exit_code == 0  # replaces the config's list
    assert invoke("scan", "bad.md", "--no-config").exit_code == 0
    text = invoke("config").stdout
    assert f"# config file: {tmp_path / 'policyscan.toml'}" in text
    assert 'fail_on = ["hinders"]' in text and "# policyscan.toml:1" in text
    assert "format = \"table\"" in text and "# default" in text
    assert "[diff]" in text
    keys = invoke("config", "--keys").stdout
    assert "required_dimensions" in keys and "diff.fail_on" in keys


def test_explicit_config_file_and_relative_paths(tmp_path, monkeypatch):
    conf = tmp_path / "ci" / "strict.toml"
    conf.parent.mkdir()
    conf.write_text('fail_on = ["not-enabling"]\nlexicons = ["terms"]\nbaseline = "accepted.json"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = config_json("--config", str(conf))
    assert data["values"]["lexicons"]["value"] == [str(tmp_path / "ci" / "terms")]
    assert data["values"]["baseline"]["value"] == str(tmp_path / "ci" / "accepted.json")
    assert config_json("--no-config")["values"]["fail_on"]["value"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('fail_on = ["hinders"]\nfail_onn = ["absent"]\n', ["policyscan.toml:2", "unknown key 'fail_onn'", "did you mean 'fail_on'"]),
        ('[diff]\nfail = ["lost-enabling"]\n', ["policyscan.toml:2", "unknown key 'diff.fail'"]),
        ('workers = -1\n', ["policyscan.toml:1", "'workers' must be a whole number ≥ 0"]),
        ('layout = "yes"\n', ["policyscan.toml:1", "'layout' must be true or false"]),
        ('fail_on = ["hinderz"]\n', ["policyscan.toml:1", "'fail_on': unknown condition 'hinderz'"]),
        ('required_dimensions = ["courage"]\n', ["policyscan.toml:1", "unknown rubric dimension 'courage'"]),
        ('format = "pdf"\n', ["policyscan.toml:1", "unknown format 'pdf'"]),
        ('[diff]\nfail_on = ["hinders", "lost-dimension:nope"]\n', ["policyscan.toml:2", "unknown rubric dimension 'nope'"]),
        ("fail_on = [\n", ["policyscan.toml: not valid TOML"]),
    ],
)
def test_invalid_config_is_a_usage_error_naming_file_line_and_key(tmp_path, monkeypatch, text, expected):
    (tmp_path / "policyscan.toml").write_text(text, encoding="utf-8")
    write(tmp_path / "good.md", ENABLING)
    monkeypatch.chdir(tmp_path)
    for result in (invoke("scan", "good.md"), invoke("config"), invoke("diff", "good.md", "good.md")):
        assert result.exit_code == 2, result.output
        for part in expected:
            assert part in result.output


def test_unknown_key_in_pyproject_names_the_table(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.policyscan]\nexlude = ["a"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("config")
    assert result.exit_code == 2
    assert "pyproject.toml:5" in result.output and "unknown key 'tool.policyscan.exlude'" in result.output
    assert "did you mean 'exclude'" in result.output


def test_include_and_exclude(tmp_path, monkeypatch):
    (tmp_path / "policyscan.toml").write_text(
        'include = ["policies/**"]\nexclude = ["archive", "*_old.md"]\nfail_on = ["hinders"]\n', encoding="utf-8"
    )
    write(tmp_path / "policies" / "plan.md", ENABLING)
    write(tmp_path / "policies" / "archive" / "regler.md", HINDERING)
    write(tmp_path / "policies" / "regler_old.md", HINDERING)
    write(tmp_path / "README.md", HINDERING)
    monkeypatch.chdir(tmp_path)
    result = invoke("scan", ".", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [d["path"] for d in json_out(result)["documents"]] == ["policies/plan.md"]
    # Files named on the command line (as pre-commit passes them) are filtered too, and it is said so.
    result = invoke("scan", "README.md", "policies/regler_old.md", "policies/plan.md", "--format", "json")
    assert result.exit_code == 0
    assert [d["path"] for d in json_out(result)["documents"]] == ["policies/plan.md"]
    assert "2 file(s) left out by include/exclude" in result.output


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.md", "a.md", True),
        ("*.md", "x/y/a.md", True),
        ("policies/*.md", "policies/a.md", True),
        ("policies/*.md", "policies/x/a.md", False),
        ("policies/**/*.md", "policies/x/y/a.md", True),
        ("policies/**", "policies/x/a.pdf", True),
        ("archive", "policies/archive/a.md", True),
        ("archive/", "policies/archive/a.md", True),
        ("/archive", "policies/archive/a.md", False),
        ("draft_?.md", "draft_1.md", True),
        ("draft_[!0-9].md", "draft_1.md", False),
        ("*.md", "a.mdx", False),
    ],
)
def test_glob(pattern, path, matches):
    assert bool(glob_regex(pattern).match(path)) is matches


def test_file_filter_relative_to_root(tmp_path):
    flt = FileFilter(tmp_path, include=("policies/**",), exclude=("**/drafts/**",))
    assert flt.accepts(tmp_path / "policies" / "a.md")
    assert not flt.accepts(tmp_path / "policies" / "drafts" / "a.md")
    assert not flt.accepts(tmp_path / "other" / "a.md")
