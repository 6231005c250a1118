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
