"""The interface-language catalogue: complete in every language, used consistently, and chosen the way the
README says (--ui-lang, else LANG, else the documents' language, else English)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from builders import make_pdf
from typer.testing import CliRunner

from policyscan.analyse.lexicon.model import CATEGORIES
from policyscan.cli import app
from policyscan.errors import CODES, MESSAGES, IngestError
from policyscan.i18n import (
    CATALOGUE,
    LANGUAGES,
    language_from_environment,
    language_of_documents,
    normalise_language,
    placeholders,
    resolve_ui_language,
    translator,
)
from policyscan.models import DIMENSIONS, STANCES, UNIT_LABELS, ScanError
from policyscan.report.common import DOCUMENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "policyscan"
runner = CliRunner()
# Unset the test suite's English default (conftest.py) so that the environment and documents decide.
NO_UI_ENV = {"POLICYSCAN_UI_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "C.UTF-8"}


def test_every_key_exists_in_every_language_with_the_same_placeholders():
    keys = set(CATALOGUE["en"])
    assert set(LANGUAGES) == set(CATALOGUE) == {"sv", "nb", "nn", "en"}
    for language in LANGUAGES:
        strings = CATALOGUE[language]
        assert set(strings) == keys, (language, sorted(keys ^ set(strings)))
        for key, text in strings.items():
            assert isinstance(text, str) and text.strip(), (language, key)
            assert placeholders(text) == placeholders(CATALOGUE["en"][key]), (language, key, text)


def test_counted_phrases_have_both_forms():
    for key in CATALOGUE["en"]:
        if key.endswith(".one"):
            assert key[: -len(".one")] + ".other" in CATALOGUE["en"], key


def test_nynorsk_is_its_own_language_not_a_copy_of_bokmal():
    nb, nn = CATALOGUE["nb"], CATALOGUE["nn"]
    different = [k for k in nb if nb[k] != nn[k]]
    assert len(different) > len(nb) * 0.6  # formats, codes and a few shared words may be the same
    assert nn["stance.hinders.headline"] == "Hindrar innovasjon"
    assert nb["stance.hinders.headline"] == "Hindrer innovasjon"
    assert nb["stance.enables.headline"] == "Fremmer innovasjon"
    assert CATALOGUE["sv"]["stance.enables.headline"] == "Möjliggör innovation"
    assert CATALOGUE["sv"]["stance.hinders.headline"] == "Hindrar innovation"
    for word in ("ikke", "hvordan", "hvilke", "ble", "hvis", "mange"):  # Bokmål forms that Nynorsk does not use
        assert not [k for k, v in nn.items() if re.search(rf"\b{word}\b", v.lower())], word


def test_dynamic_keys_exist():
    """Keys built at run time: stances, unit labels, dimensions, error codes, categories, framings, types."""
    en = CATALOGUE["en"]
    required = [f"stance.{s}.{part}" for s in STANCES for part in ("headline", "short")]
    required += [f"label.{label}" for label in UNIT_LABELS]
    required += [f"dimension.{d}.{part}" for d in DIMENSIONS for part in ("name", "short", "description")]
    required += [f"error.{code}" for code in CODES] + [f"error.{code}.hint" for code in CODES]
    required += [f"category.{c}" for c in CATEGORIES]
    required += [f"framing.{f}" for f in ("sentence", "paragraph", "heading", "not_digital")]
    required += [f"doctype.{kind}" for kind, _ in DOCUMENT_TYPES] + ["doctype.other"]
    required += [f"language.{code}" for code in ("sv", "nb", "nn", "da", "en")]
    required += [f"format.{name}" for name in ("pdf", "docx", "text", "markdown")]
    required += [f"explain.not_counted.{why}" for why in ("negated_away", "question", "generic", "no_object", "not_about_innovation", "other")]
    required += [f"explain.negation.{status}" for status in ("applied", "nothing_in_scope", "cancelled", "part_of_cue", "pseudo", "pseudo_plain")]
    assert [k for k in required if k not in en] == []


KEY = re.compile(r"^(report|html|docx|md|inventory|explain|cli|count|reason|format|stance|label|dimension|language|doctype|framing|category|error|common)\.[a-z_]+(\.[a-z_]+)*$")


def test_every_literal_key_in_the_source_exists():
    """A typo in a key would show the key itself to a reader: every literal that looks like a key is checked."""
    en = CATALOGUE["en"]
    missing = []
    for path in SRC.rglob("*.py"):
        if path.parent.name == "i18n":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value):
                if node.value not in en and node.value + ".one" not in en:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert missing == []


def test_error_messages_come_from_the_catalogue():
    assert MESSAGES == {code: CATALOGUE["en"][f"error.{code}"] for code in CODES}
    assert IngestError("corrupt").message == CATALOGUE["en"]["error.corrupt"]
    error = ScanError("encrypted", "The PDF is password-protected.", "Give the password with --password if you know it.")
    assert translator("en").error(error) == (error.message, error.hint)
    assert translator("sv").error(error) == ("Filen är lösenordsskyddad.", CATALOGUE["sv"]["error.encrypted.hint"])
    assert translator("nn").error(ScanError("corrupt", "The PDF is damaged (xref).")) == ("Fila er skadd eller er ikkje det filnamnet seier.", CATALOGUE["nn"]["error.corrupt.hint"])


@pytest.mark.parametrize(
    "value, expected",
    [("sv", "sv"), ("SV", "sv"), ("sv_SE.UTF-8", "sv"), ("sv-FI", "sv"), ("nb_NO.UTF-8", "nb"), ("no_NO", "nb"), ("no", "nb"),
     ("nn_NO.UTF-8", "nn"), ("no_NO@nynorsk", "nb"), ("en_GB.UTF-8", "en"), ("en", "en"), ("C.UTF-8", None), ("POSIX", None), ("de_DE", None), ("", None)],
)
def test_locale_names(value, expected):
    assert normalise_language(value) == expected


def test_environment_precedence():
    assert language_from_environment({"LANG": "sv_SE.UTF-8"}) == "sv"
    assert language_from_environment({"LANG": "sv_SE.UTF-8", "LC_ALL": "nn_NO.UTF-8"}) == "nn"
    assert language_from_environment({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}) == "nb"
    assert language_from_environment({"LANG": "nb_NO.UTF-8", "POLICYSCAN_UI_LANG": "en"}) == "en"
    assert language_from_environment({"LANG": "C.UTF-8"}) is None
    assert language_from_environment({}) is None


def test_resolution_order():
    assert resolve_ui_language("nn", ["sv"], {"LANG": "sv_SE.UTF-8"}) == "nn"
    assert resolve_ui_language(None, ["nn"], {"LANG": "sv_SE.UTF-8"}) == "sv"
    assert resolve_ui_language(None, ["nn", "nn", "sv"], {"LANG": "C.UTF-8"}) == "nn"
    assert resolve_ui_language(None, ["da"], {}) == "nb"  # Danish readers get Bokmål
    assert resolve_ui_language(None, [None, "en"], {}) == "en"
    assert resolve_ui_language(None, [], {}) == "en"
    with pytest.raises(ValueError):
        resolve_ui_language("de")
    assert language_of_documents(["sv", "nb", "nb"]) == "nb"


def test_numbers_dates_and_counted_phrases():
    sv, en, nn = translator("sv"), translator("en"), translator("nn")
    assert sv.number(0.5) == "0,5" and en.number(0.5) == "0.5" and sv.number(3.0) == "3"
    assert sv.percent(0.17) == "17 %" and en.percent(0.17) == "17%"
    assert sv.n("count.sentences", 1) == "1 mening" and sv.n("count.sentences", 2) == "2 meningar"
    assert nn.n("count.sentences", 2) == "2 setningar"
    assert translator("nb").date("2026-11-22T07:00:00+00:00") == "22.11.2026" and sv.date("2026-11-22T07:00:00+00:00") == "2026-11-22"
    assert translator("xx").language == "en"


def test_terminal_report_follows_ui_lang_and_lang(tmp_path):
    doc = tmp_path / "policy.txt"
    doc.write_text("Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt.\n", encoding="utf-8")
    expectations = {"sv": "Möjliggör innovation", "nb": "Fremmer innovasjon", "nn": "Fremjar innovasjon", "en": "Enables innovation"}
    for language, headline in expectations.items():
        result = runner.invoke(app, ["scan", str(doc), "--ui-lang", language, "-q", "--no-cache"], env={"COLUMNS": "150"})
        assert result.exit_code == 0, result.output
        assert headline in result.output
    by_lang = runner.invoke(app, ["scan", str(doc), "-q", "--no-cache"], env={**NO_UI_ENV, "LANG": "nn_NO.UTF-8", "COLUMNS": "150"})
    assert "Fremjar innovasjon" in by_lang.output and "Kvifor" in by_lang.output
    by_document = runner.invoke(app, ["scan", str(doc), "-q", "--no-cache"], env={**NO_UI_ENV, "COLUMNS": "150"})
    assert "Möjliggör innovation" in by_document.output and "Varför" in by_document.output


def test_messages_and_read_errors_in_the_interface_language(tmp_path):
    make_pdf(tmp_path / "ok.pdf", [["Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt."]])
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    result = runner.invoke(app, ["scan", str(tmp_path), "--ui-lang", "sv", "-q", "--no-cache"], env={"COLUMNS": "160"})
    assert result.exit_code == 3
    assert CATALOGUE["sv"]["error.corrupt"] in result.output
    assert CATALOGUE["sv"]["error.corrupt.hint"] in result.output
    missing = runner.invoke(app, ["scan", str(tmp_path / "nope.pdf"), "-q"], env={**NO_UI_ENV, "LANG": "nb_NO.UTF-8"})
    assert "Filen eller mappen finnes ikke" in missing.output
    bad = runner.invoke(app, ["scan", str(tmp_path), "--ui-lang", "de"])
    assert bad.exit_code == 2 and "Unknown interface language 'de'" in bad.output
    unknown = runner.invoke(app, ["scan", str(tmp_path), "--format", "pptx", "--ui-lang", "sv"])
    assert unknown.exit_code == 2 and "'pptx'" in unknown.output and "html" in unknown.output and "docx" in unknown.output
