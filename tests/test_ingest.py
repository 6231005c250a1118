"""Readers on real files the tests build: PDF (pypdfium2 and layout mode), DOCX, text encodings."""

from pathlib import Path

import pytest
from builders import make_docx, make_image_pdf, make_pdf, rewrite_docx_part

from policyscan.errors import IngestError
from policyscan.ingest import read_document
from policyscan.ingest.registry import ReadOptions
from policyscan.models import FOOTER, HEADER, HEADING, LIST_ITEM, TABLE_CELL, TEXTBOX

PAGES = [
    [
        "Syfte",
        "Kommunen ska främja innovationer i alla verksamheter. Policyn gäller alla",
        "förvaltningar och bolag. Medarbetare ska ges tid att pröva nya arbetssätt i",
        "vardagen, och idéslussen tar emot förslag från alla. Innovations-",
        "arbetet följs upp varje år av kommunstyrelsen och redovisas i årsredovisningen.",
    ],
    [
        "Ansvar",
        "Varje förvaltning ansvarar för att utveckla e-",
        "tjänster och för att pröva nya lösningar tillsammans med invånarna och",
        "företagen i kommunen. Förvaltningscheferna rapporterar till kommundirektören.",
        "Uppföljningen görs i samband med delårsrapporten och årsredovisningen.",
    ],
]


def test_pdf_pages_headers_and_hyphenation(tmp_path):
    path = make_pdf(tmp_path / "policy.pdf", PAGES, header="Innovationspolicy Dnr KS 2024/0312", footer="Antagen 2024-03-18")
    document = read_document(path)
    assert document.format == "pdf" and document.pages == 2
    text = " ".join(b.text for b in document.blocks)
    assert "Innovationsarbetet följs upp" in text  # line-end hyphen joined
    assert "e-tjänster" in text  # short first part keeps the hyphen
    assert "Dnr KS" not in text and "Sida 1 av 2" not in text  # running header/footer removed
    assert {b.page for b in document.blocks} == {1, 2}
    headings = [b.text for b in document.blocks if b.kind == HEADING]
    assert headings == ["Syfte", "Ansvar"]


def test_pdf_layout_mode_reads_the_same_text(tmp_path):
    path = make_pdf(tmp_path / "policy.pdf", PAGES, header="Innovationspolicy Dnr KS 2024/0312", footer="Antagen 2024-03-18")
    document = read_document(path, ReadOptions(layout=True))
    text = " ".join(b.text for b in document.blocks)
    assert "Innovationsarbetet följs upp" in text
    assert "Dnr KS" not in text


def test_scanned_pdf_is_reported_as_no_text_layer(tmp_path):
    with pytest.raises(IngestError) as error:
        read_document(make_image_pdf(tmp_path / "scan.pdf"))
    assert error.value.code == "no_text_layer"
    assert "OCR" in error.value.hint


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "empty"),
        (b"<!DOCTYPE html><html><body>Innovation</body></html>", "corrupt"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer", "corrupt"),
        (bytes(range(256)) * 20, "corrupt"),
    ],
)
def test_bad_pdf_inputs_get_a_clear_code(tmp_path, content, code):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == code


def test_truncated_pdf_is_corrupt(tmp_path):
    path = make_pdf(tmp_path / "whole.pdf", PAGES)
    truncated = tmp_path / "half.pdf"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(IngestError) as error:
        read_document(truncated)
    assert error.value.code == "corrupt"


def test_docx_body_order_tables_lists_header_footer(tmp_path):
    path = make_docx(
        tmp_path / "strategi.docx",
        [
            ("Heading 1", "Innovasjonsstrategi"),
            ("Normal", "Kommunen skal legge til rette for innovasjon."),
            ("List Bullet", "Ansatte skal få tid til å prøve ut nye ideer."),
            ("Normal", "Etter tabellen kommer denne teksten."),
        ],
        table=[["Tiltak", "Ansvar"], ["Idémottak", "Rådmannen"]],
        header="Nordfjell kommune",
        footer="Vedtatt av kommunestyret",
    )
    document = read_document(path)
    body = [b for b in document.blocks if b.part == "body"]
    assert [b.kind for b in body] == [HEADING, "paragraph", LIST_ITEM, "paragraph", TABLE_CELL, TABLE_CELL, TABLE_CELL, TABLE_CELL]
    assert body[-2].text == "Idémottak"
    parts = {b.part: b.text for b in document.blocks if b.part in (HEADER, FOOTER)}
    assert parts == {HEADER: "Nordfjell kommune", FOOTER: "Vedtatt av kommunestyret"}


def test_docx_tracked_insertions_text_boxes_and_footnotes(tmp_path):
    path = make_docx(tmp_path / "d.docx", [("Normal", "Första stycket.")])
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def inject(xml: str) -> str:
        extra = (
            "<w:p><w:r><w:t xml:space=\"preserve\">Ändrad mening: </w:t></w:r>"
            "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>innovation är välkommen.</w:t></w:r></w:ins>"
            "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>nollfelskultur</w:delText></w:r></w:del></w:p>"
            "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Text i en textruta.</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"
        )
        return xml.replace("<w:sectPr", extra + "<w:sectPr", 1)

    rewrite_docx_part(path, "word/document.xml", inject)
    rewrite_docx_part(
        path,
        "word/footnotes.xml",
        lambda _: f'<?xml version="1.0"?><w:footnotes {ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>Se även innovationsstrategin.</w:t></w:r></w:p></w:footnote></w:footnotes>',
    )
    document = read_document(path)
    texts = {b.text: b.part for b in document.blocks}
    assert texts["Ändrad mening: innovation är välkommen."] == "body"
    assert not any("nollfelskultur" in t for t in texts)
    assert texts["Text i en textruta."] == TEXTBOX
    assert texts["Se även innovationsstrategin."] == "footnote"
    assert "---" not in texts
    assert any("tracked changes" in w for w in document.warnings)
    assert any("text box" in w for w in document.warnings)


@pytest.mark.parametrize(
    "content, code",
    [
        (b"PK\x03\x04 not really a zip", "corrupt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "encrypted"),
    ],
)
def test_bad_docx_inputs(tmp_path, content, code):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == code


def test_docx_without_document_xml(tmp_path):
    import zipfile

    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "corrupt" and "document.xml" in error.value.message


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8-sig", b""), ("cp1252", b""), ("utf-16", b""), ("cp850", b""), ("mac_roman", b"")],
)
def test_text_encodings(tmp_path, encoding, prefix):
    text = "Förnyelse och nytänkande i äldreomsorgen.\n\nVi prövar nya arbetssätt på Åre skola.\n"
    path = tmp_path / "t.txt"
    path.write_bytes(prefix + text.encode(encoding))
    document = read_document(path)
    assert [b.text for b in document.blocks] == [
        "Förnyelse och nytänkande i äldreomsorgen.",
        "Vi prövar nya arbetssätt på Åre skola.",
    ]


def test_binary_junk_named_txt_is_corrupt(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "corrupt"


def test_markdown_headings_lists_tables(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        "# Handlingsplan\n\nInnledning med **fet** tekst og [lenke](http://x).\n\n- Første punkt\n- Andre punkt\n\n| Tiltak | Ansvar |\n|---|---|\n| Pilot | Rådmann |\n",
        encoding="utf-8",
    )
    blocks = read_document(path).blocks
    assert (blocks[0].kind, blocks[0].text, blocks[0].level) == (HEADING, "Handlingsplan", 1)
    assert blocks[1].text == "Innledning med fet tekst og lenke."
    assert [b.text for b in blocks if b.kind == LIST_ITEM] == ["Første punkt", "Andre punkt"]
    assert [b.text for b in blocks if b.kind == TABLE_CELL] == ["Tiltak", "Ansvar", "Pilot", "Rådmann"]


def test_unsupported_format_names_the_format(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "unsupported_format" and "legacy Word" in error.value.message


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(IngestError) as error:
        read_document(tmp_path / "nope.txt")
    assert error.value.code == "not_found"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError) as error:
        read_document(empty)
    assert error.value.code == "empty"


def test_encrypted_pdf(tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf is needed to write an encrypted PDF")
    source = make_pdf(tmp_path / "open.pdf", PAGES)
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "encrypted" and "--password" in error.value.hint
    document = read_document(path, ReadOptions(password="hemligt"))
    assert "Innovationsarbetet" in " ".join(b.text for b in document.blocks)




@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "mac_roman", "iso8859_15"])
@pytest.mark.parametrize(
    "text",
    ["Det finns ingen tid eller resurser för innovation.", "Kommunen skal gi tid til å prøve ut nye ideer.", "Ærlig talt, Ørsta kommune."],
)
def test_short_legacy_text_with_one_nordic_letter(tmp_path, encoding, text):
    """A single å/ä/ö/æ/ø must not send the decoder to the wrong code page ("f÷r")."""
    path = tmp_path / "kort.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).blocks[0].text == text
