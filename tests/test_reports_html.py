"""--format html: one self-contained, offline, escaped file with charts, cards, filters — run through the CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import make_pdf
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.i18n import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def parse(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    return tags


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> tuple[str, dict]:
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "html", "--output", str(out), "--ui-lang", "sv", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "json", "-q"]).stdout)
    return out.read_text(encoding="utf-8"), report


def test_sample_report_has_summary_charts_and_a_card_per_document(sample_html):
    text, report = sample_html
    documents = report["documents"]
    tags = parse(text)
    assert text.startswith("<!DOCTYPE html>") and '<html lang="sv">' in text
    assert tags.find("figure", id="chart-verdicts") and tags.find("figure", id="chart-heatmap")
    assert len([a for t, a in tags.tags if t == "rect" and a.get("class") == "cell"]) == len(documents) * 13
    cards = [a for t, a in tags.tags if t == "article"]
    assert len(cards) == len(documents)
    assert [c["data-stance"] for c in cards] == [d["stance"] for d in documents]
    # Headlines in plain Swedish, evidence with page numbers and highlighted terms, the rubric.
    assert CATALOGUE["sv"]["stance.enables.headline"] in text and CATALOGUE["sv"]["stance.hinders.headline"] in text
    assert re.search(r'<span class="page">s\. \d+</span>', text)
    assert '<mark class="t-enables"' in text and '<mark class="t-innovation"' in text
    assert text.count('class="dim covered"') == sum(v["covered"] for d in documents for v in d["dimensions"].values())
    # Filter and sort controls, with a folder list.
    assert tags.find("select", id="f-stance") and tags.find("select", id="f-folder") and tags.find("select", id="f-sort")
    assert tags.find("input", id="f-text")
    assert "@media print" in text


def test_report_is_self_contained_and_locked_down(sample_html):
    text, _ = sample_html
    tags = parse(text)
    # Nothing is loaded from anywhere: no link, img, iframe, object or external script; no URL but the SVG namespace.
    assert not [t for t, a in tags.tags if t in ("link", "img", "iframe", "object", "embed", "base")]
    assert not [a for t, a in tags.tags if t == "script" and "src" in a]
    assert set(re.findall(r"https?://[^\s\"'<>)]+", text)) <= {"http://www.w3.org/2000/svg"}
    assert "@import" not in text and "url(http" not in text and "@font-face" not in text
    # The CSP allows exactly the one inline script, by its hash.
    (csp,) = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp
    (script,) = tags.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_document_text_and_names_are_escaped(tmp_path):
    hostile = tmp_path / 'kommun<img src=x onerror="alert(3)">'
    hostile.mkdir()
    doc = hostile / "policy<script>alert(2)<.txt"  # a file name cannot hold "/"
    doc.write_text(
        "Innovationspolicy <b>fet</b>\n\n"
        "Kommunen ska främja innovation <script>alert(1)</script> och pröva nya arbetssätt.\n\n"
        "Vi uppmuntrar innovation \" onmouseover=\"alert(4)\" & <!-- kommentar --> i alla verksamheter.\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["scan", str(hostile), "--format", "html", "--output", str(out), "--ui-lang", "en", "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    tags = parse(text)
    assert len(tags.scripts) == 1 and "alert" not in tags.scripts[0]
    assert "<script>alert" not in text and "<b>fet</b>" not in text and "<img" not in text and "<!-- kommentar" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;fet&lt;/b&gt;" in text
    assert not [a for _, a in tags.tags if any(k.startswith("on") for k in a)]
    card = tags.find("article")[0]
    assert card["data-stance"] == "enables"
    assert "<img" in card["data-folder"]  # an attribute value, quoted and escaped in the file
    assert 'data-folder="kommun&lt;img src=x onerror=&quot;alert(3)&quot;&gt;"' in text


def test_every_interface_language_and_an_unreadable_file(tmp_path):
    (tmp_path / "kommun_a").mkdir()
    (tmp_path / "kommun_b").mkdir()
    make_pdf(tmp_path / "kommun_a" / "strategi.pdf", [["Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt."]])
    (tmp_path / "kommun_b" / "reglemente.txt").write_text("Det är inte tillåtet att pröva nya arbetssätt eller testa nya digitala lösningar i verksamheten.\n", encoding="utf-8")
    (tmp_path / "kommun_b" / "trasig.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    for language in ("sv", "nb", "nn", "en"):
        out = tmp_path / f"report_{language}.html"
        result = runner.invoke(app, ["scan", str(tmp_path / "kommun_a"), str(tmp_path / "kommun_b"), "-f", "html", "-o", str(out), "--ui-lang", language, "-q", "--no-cache"])
        assert result.exit_code == 3, result.output  # one file could not be read; the report is still written
        text = out.read_text(encoding="utf-8")
        strings = CATALOGUE[language]
        assert f'<html lang="{language}">' in text
        assert strings["html.title"] in text and strings["html.chart.heatmap"] in text
        assert strings["report.read_error"] in text and 'class="card s-error"' in text
        assert strings["html.chart.folders"] in text  # two folders: a verdicts-per-folder chart
        tags = parse(text)
        folders = [a["value"] for a in tags.find("option") if a.get("value", "").startswith("kommun_")]
        assert folders == ["kommun_a", "kommun_b"]


def test_output_is_required_only_for_binary_formats(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Kommunen ska främja innovation.\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(doc), "--format", "html", "-q", "--no-cache"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
