"""`policyscan lexicon check` reports problems as file:line."""

from __future__ import annotations

from typer.testing import CliRunner

from policyscan.cli import app

runner = CliRunner()

GOOD = """\
lexicon: test-sv
language: sv
category: innovation
entries:
  - id: sv.innovation.testbadd
    patterns:
      - stem: testbädd
    explanation: Testbäddar är miljöer för att pröva nya lösningar.
    examples:
      match:
        - Kommunen driver en testbädd för välfärdsteknik.
      no_match:
        - Kommunen driver ett äldreboende.
"""


def run(tmp_path, text):
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "check", str(path)])
    return path, result


def test_a_good_file_passes(tmp_path):
    _, result = run(tmp_path, GOOD)
    assert result.exit_code == 0, result.output
    assert "OK: 1 entries" in result.output


def test_unknown_key_is_reported_with_its_line(tmp_path):
    path, result = run(tmp_path, GOOD.replace("    explanation:", "    colour: red\n    explanation:"))
    assert result.exit_code == 1
    assert f"{path}:8: unknown key 'colour'" in result.output


def test_example_that_does_not_match(tmp_path):
    path, result = run(tmp_path, GOOD.replace("en testbädd för", "en testmiljö för"))
    assert result.exit_code == 1
    assert f"{path}:11: sv.innovation.testbadd: example should match but does not" in result.output


def test_example_that_matches_but_should_not(tmp_path):
    path, result = run(tmp_path, GOOD.replace("ett äldreboende", "flera testbäddar"))
    assert f"{path}:13: sv.innovation.testbadd: example should not match" in result.output


def test_missing_examples_and_short_stem_and_duplicate(tmp_path):
    text = GOOD.replace("stem: testbädd", "stem: test") + GOOD.split("entries:\n")[1]
    text = text.replace("    examples:\n      match:\n        - Kommunen driver en testbädd för välfärdsteknik.\n      no_match:\n        - Kommunen driver ett äldreboende.\n", "", 1)
    path, result = run(tmp_path, text)
    assert "missing 'examples'" in result.output
    assert "a stem needs at least 5 letters" in result.output
    assert "duplicate id 'sv.innovation.testbadd'" in result.output


def test_pattern_that_is_also_an_exception(tmp_path):
    path, result = run(tmp_path, GOOD.replace("    explanation:", "    exceptions:\n      - testbädd*\n    explanation:"))
    assert "is both a pattern and an exception" in result.output


def test_broken_regex_and_yaml_error(tmp_path):
    path, result = run(tmp_path, GOOD.replace("stem: testbädd", "regex: '(unclosed'"))
    assert "broken regex pattern" in result.output
    path, result = run(tmp_path, GOOD.replace("entries:", "entries: [oops"))
    assert result.exit_code == 1 and "YAML error" in result.output


def test_a_regex_that_could_hang_is_refused(tmp_path):
    path, result = run(tmp_path, GOOD.replace("stem: testbädd", "regex: '(a+)+$'"))
    assert result.exit_code == 1 and "nested quantifiers" in result.output


def test_user_lexicon_cannot_hang_a_scan(tmp_path):
    """A catastrophic regex in a user lexicon is reported as a configuration error, not run."""
    lexicon = tmp_path / "user.yaml"
    lexicon.write_text(GOOD.replace("stem: testbädd", "regex: '(\\\\w+\\\\s?)+$'"), encoding="utf-8")
    document = tmp_path / "doc.txt"
    document.write_text("a" * 5000 + "!", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(document), "--lexicon", str(lexicon), "-w", "0"])
    assert result.exit_code == 2 and "nested quantifiers" in result.output


def test_a_regex_that_parses_but_does_not_compile_is_reported(tmp_path):
    """A variable-width look-behind passes the parser and fails only in the compiler: the lazy compilation of
    the shipped lexicons must not hide it from `lexicon check` or from a user's --lexicon."""
    path, result = run(tmp_path, GOOD.replace("stem: testbädd", "regex: '(?<=ab+)testbädd'"))
    assert result.exit_code == 1 and "broken regex pattern" in result.output and "look-behind" in result.output
    document = tmp_path / "doc.txt"
    document.write_text("Kommunen driver en testbädd.", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(document), "--lexicon", str(path), "-w", "0"])
    assert result.exit_code == 2 and "look-behind" in result.output


def test_a_lazily_built_lexicon_compiles_a_regex_only_when_its_literal_is_seen():
    from policyscan.analyse.matcher import CompiledLexicon, TokenView
    from policyscan.analyse.lexicon.model import Entry, Pattern

    entry = Entry(id="sv.innovation.lab", language="sv", category="innovation", patterns=(Pattern("regex", r"innovationslab\w*"),),
                  explanation="x", lexicon="t", source="t")
    compiled = CompiledLexicon.build("sv", [entry], eager=False)
    ((_, regex),) = compiled._regexes
    assert regex.literals == frozenset({"innovationslab"})

    def match(text):
        tokens = [TokenView(w, text.index(w)) for w in text.split()]
        return [m.entry.id for m in compiled.match(tokens, text)]

    assert match("Kommunen driver en testbädd") == [] and regex._compiled is None
    assert match("Kommunen driver innovationslabbet") == ["sv.innovation.lab"] and regex._compiled is not None
