"""Hostile and broken inputs: a clear error code, bounded time and memory, nothing leaked, batch goes on."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from builders import make_docx
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.errors import IngestError
from policyscan.ingest import discover, read_document

runner = CliRunner()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def write_docx(path: Path, document_xml: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document_xml)
    return path


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    paragraph = "<w:p><w:r><w:t>innovation</w:t></w:r></w:p>"
    body = f"<w:document {W}><w:body>" + paragraph * 400_000 + "</w:body></w:document>"  # ~17 MB, compresses >100:1
    path = write_docx(tmp_path / "bomb.docx", body)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "too_large"


def test_billion_laughs_is_not_expanded(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    path = write_docx(tmp_path / "laughs.docx", xml)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code in ("corrupt", "no_text")


def test_external_entity_never_reaches_the_output(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-LOSENORD-4711", encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>Innovation &x; här.</w:t></w:r></w:p></w:body></w:document>"
    )
    path = write_docx(tmp_path / "xxe.docx", xml)
    text = " ".join(b.text for b in read_document(path).blocks)
    assert text.startswith("Innovation") and text.endswith("här.")  # read, with the entity left out
    assert "HEMLIGT" not in text
    result = runner.invoke(app, ["scan", str(path), "-f", "json", "-w", "0", "--no-cache"])
    assert "HEMLIGT-LOSENORD-4711" not in result.output


def test_very_large_text_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(101 * 1024 * 1024)  # sparse: 101 MB without using the disk
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "too_large" and "MB" in error.value.message


def test_symlink_loop_deep_nesting_and_odd_names(tmp_path):
    root = tmp_path / "arkiv"
    deep = root
    for level in range(60):
        deep = deep / f"nivå{level}"
    deep.mkdir(parents=True)
    (deep / "djup policy.txt").write_text("Kommunen ska främja innovation.", encoding="utf-8")
    (root / "loop").symlink_to(root, target_is_directory=True)
    odd = root / "Åre kommun – plan\nför ö.txt"
    odd.write_text("Innovation nämns här.", encoding="utf-8")
    found = list(discover([root]))
    assert {p.name for p in found} == {"djup policy.txt", "Åre kommun – plan\nför ö.txt"}
    result = runner.invoke(app, ["scan", str(root), "-f", "json", "-w", "0", "--no-cache"])
    assert result.exit_code == 0
    assert {Path(d["path"]).name for d in json.loads(result.stdout)["documents"]} == {p.name for p in found}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Innovation", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert error.value.code == "unreadable"


def test_docx_with_a_damaged_part(tmp_path):
    path = make_docx(tmp_path / "ok.docx", [("Normal", "Innovation är viktigt.")])
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    with pytest.raises(IngestError) as error:
        read_document(damaged)
    assert error.value.code == "corrupt" and "damaged" in error.value.message


def test_a_pipe_named_txt_does_not_block(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError) as error:
        read_document(fifo)
    assert error.value.code == "unreadable"


def test_mixed_folder_of_hostile_and_good_files(tmp_path):
    """Issue 7, done when: every bad file reported with its code, every good file gets its verdict,
    nothing from outside the inputs in any output, in bounded time."""
    from builders import make_image_pdf, make_pdf

    folder = tmp_path / "arkiv"
    folder.mkdir()
    secret = tmp_path / "utanfor.txt"
    secret.write_text("HEMLIG-UTANFOR-9876", encoding="utf-8")
    good_pdf = make_pdf(folder / "bra policy.pdf", [["Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt."]])
    (folder / "bra_plan.txt").write_text("Det finns ingen tid eller resurser för innovation i verksamheten.", encoding="cp1252")
    make_docx(folder / "bra_strategi.docx", [("Normal", "Kommunen skal legge til rette for innovasjon og gi ansatte tid til å prøve ut nye ideer.")])
    make_pdf(folder / "tjock.pdf", [[f"Sida {n}: Kommunen ska främja innovation."] for n in range(2000)])
    (folder / "trasig.pdf").write_bytes(good_pdf.read_bytes()[:300])
    (folder / "slump.pdf").write_bytes(os.urandom(4000))
    (folder / "sida.pdf").write_bytes(b"<!DOCTYPE html><html><body>innovation</body></html>")
    (folder / "tom.pdf").write_bytes(b"")
    make_image_pdf(folder / "skannad.pdf")
    (folder / "gammal.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    (folder / "skrap.txt").write_bytes(bytes(range(256)) * 40)
    write_docx(folder / "xxe.docx", f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]><w:document {W}><w:body><w:p><w:r><w:t>Innovation &x;</w:t></w:r></w:p></w:body></w:document>')
    body = f"<w:document {W}><w:body>" + "<w:p><w:r><w:t>innovation</w:t></w:r></w:p>" * 300_000 + "</w:body></w:document>"
    write_docx(folder / "bomb.docx", body)
    with zipfile.ZipFile(folder / "utan_body.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["scan", str(folder), "-f", "jsonl", "-o", str(out), "-w", "2", "--no-cache", "-q", "--timeout", "120"])
    assert result.exit_code == 3
    text = out.read_text(encoding="utf-8")
    assert "HEMLIG-UTANFOR-9876" not in text
    documents = {Path(d["path"]).name: d for d in map(json.loads, text.splitlines()) if d.get("type") == "document"}
    codes = {name: (d["error"] or {}).get("code") for name, d in documents.items()}
    assert codes == {
        "bra policy.pdf": None, "bra_plan.txt": None, "bra_strategi.docx": None, "tjock.pdf": None, "xxe.docx": None,
        "trasig.pdf": "corrupt", "slump.pdf": "corrupt", "sida.pdf": "corrupt", "tom.pdf": "empty",
        "skannad.pdf": "no_text_layer", "gammal.doc": "unsupported_format", "skrap.txt": "corrupt",
        "bomb.docx": "too_large", "utan_body.docx": "corrupt",
    }
    assert documents["bra policy.pdf"]["stance"] == "enables"
    assert documents["bra_plan.txt"]["stance"] == "hinders"
    assert documents["tjock.pdf"]["pages"] == 2000
    assert all(d["error"]["message"] and "\n" not in d["error"]["message"] for d in documents.values() if d["error"])
