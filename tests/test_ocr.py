"""Scanned PDFs: a clear no_text_layer error with a hint, and --ocr reading them where Tesseract is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import DEJAVU
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.ingest.ocr import available

runner = CliRunner()
LINES = [
    "Kommunen ska främja innovation i alla",
    "verksamheter och avsätta tid för att",
    "pröva nya arbetssätt tillsammans med",
    "invånarna. Medarbetarna får stöd av",
    "cheferna när de testar nya idéer.",
]


def scanned_pdf(path: Path) -> Path:
    """A PDF whose only page is a picture of text, like a scan."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), 60) if DEJAVU.exists() else ImageFont.load_default()
    for i, line in enumerate(LINES):
        draw.text((200, 300 + i * 110), line, fill=0, font=font)
    picture = path.with_suffix(".png")
    image.save(picture)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path


def test_scanned_pdf_without_ocr_says_how_to_read_it(tmp_path):
    path = scanned_pdf(tmp_path / "skannad.pdf")
    result = runner.invoke(app, ["scan", str(path), "-f", "json", "-w", "0", "--no-cache"])
    assert result.exit_code == 3
    error = json.loads(result.stdout)["documents"][0]["error"]
    assert error["code"] == "no_text_layer" and "--ocr" in error["hint"]


@pytest.mark.skipif(not available(), reason="Tesseract is not installed (apt install tesseract-ocr tesseract-ocr-swe tesseract-ocr-nor)")
def test_ocr_reads_a_scanned_policy(tmp_path):
    path = scanned_pdf(tmp_path / "skannad.pdf")
    result = runner.invoke(app, ["scan", str(path), "-f", "json", "-w", "0", "--no-cache", "--ocr"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["documents"][0]
    text = " ".join(e["text"] for e in document["evidence"])
    assert "innovation" in text and "arbetssätt" in text  # å/ä/ö survive OCR
    assert document["stance"] == "enables" and document["language"] == "sv"
    assert any("OCR" in w for w in document["warnings"])
