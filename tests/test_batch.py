"""The batch engine: isolation, streaming, resume after an interruption, cache."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import make_pdf
from typer.testing import CliRunner

from policyscan.batch import BatchOptions, run_batch
from policyscan.batch.executor import ProcessExecutor, Task
from policyscan.cli import app
from policyscan.options import ScanOptions

runner = CliRunner()

SENTENCES = [
    "Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt.",
    "Det finns ingen tid eller resurser för innovation i verksamheten.",
    "Innovation nämns i kommunens digitaliseringsstrategi.",
    "Lokalerna renoveras under hösten och skolan flyttar tillfälligt.",
]


def make_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"kommun{i % 3}" / f"dokument_{i:03d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"Dokument {i}\n\n{SENTENCES[i % 4]}\n", encoding="utf-8")
        paths.append(path)
    return paths


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if '"type": "document"' in line]


def test_worker_crash_and_hang_are_isolated(tmp_path, monkeypatch):
    """A file that kills its worker, and one that hangs, get errors; the other files still get verdicts."""
    good = make_corpus(tmp_path / "docs", 3)
    tasks = [Task(i, str(p), ScanOptions()) for i, p in enumerate(good)]
    crash = tmp_path / "crash.txt"
    hang = tmp_path / "hang.txt"
    crash.write_text("x", encoding="utf-8")
    hang.write_text("x", encoding="utf-8")
    tasks += [Task(10, str(crash), ScanOptions()), Task(11, str(hang), ScanOptions())]
    executor = ProcessExecutor(workers=2, timeout=8, start_method="fork")
    import policyscan.api as api

    original = api.scan_file

    def sabotaged(path, options=None, lexicons=None):
        if str(path).endswith("crash.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # the worker dies mid-file, like pdfium aborting the process
        if str(path).endswith("hang.txt"):
            time.sleep(60)
        return original(path, options, lexicons)

    monkeypatch.setattr(api, "scan_file", sabotaged)
    started = time.monotonic()
    results = {Path(task.path).name: result for task, result in executor.run(tasks)}
    assert time.monotonic() - started < 45
    assert results["crash.txt"].error.code == "crashed"
    assert results["hang.txt"].error.code == "timeout"
    assert [results[p.name].status for p in good] == ["ok", "ok", "ok"], [results[p.name].error for p in good]


def test_streaming_jsonl_and_csv_with_evidence(tmp_path):
    make_corpus(tmp_path / "docs", 6)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["scan", str(tmp_path / "docs"), "-f", "jsonl", "-o", str(out), "--no-cache", "-w", "2", "-q"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["type"] == "run" and header["tool"]["version"] and header["lexicons"]["digest"]
    documents = rows(out)
    assert len(documents) == 6 and all(d["lexicon_digest"] == header["lexicons"]["digest"] for d in documents)

    out_csv = tmp_path / "out.csv"
    result = runner.invoke(app, ["scan", str(tmp_path / "docs"), "-f", "csv", "-o", str(out_csv), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(table) == 6
    assert {"stance", "folder", "idea_process", "lexicon_digest", "tool_version"} <= set(table[0])
    assert {r["folder"].rsplit("/", 1)[-1] for r in table} == {"kommun0", "kommun1", "kommun2"}
    evidence = list(csv.DictReader((tmp_path / "out_evidence.csv").open(encoding="utf-8")))
    assert evidence and all(e["path"] in {r["path"] for r in table} for e in evidence)


def test_interrupted_scan_resumes_to_the_same_result(tmp_path):
    """Kill a real scan mid-batch, resume it, and compare with an uninterrupted run."""
    make_corpus(tmp_path / "docs", 40)
    full = tmp_path / "full.jsonl"
    env = {**os.environ, "POLICYSCAN_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "policyscan", "scan", str(tmp_path / "docs"), "-f", "jsonl", "-w", "1", "-q", "--no-cache"]
    subprocess.run(command + ["-o", str(full)], check=True, env=env, timeout=300)

    partial = tmp_path / "partial.jsonl"
    process = subprocess.Popen(command + ["-o", str(partial)], env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if partial.exists() and 3 <= len(rows(partial)):
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)  # Ctrl-C
    process.wait(timeout=60)
    kept = rows(partial)
    assert 3 <= len(kept) < 40, "the run should have been interrupted part-way"
    with open(partial, "a", encoding="utf-8") as handle:
        handle.write('{"type": "document", "path": "torn')  # a kill in the middle of a line
    subprocess.run(command + ["-o", str(partial), "--resume"], check=True, env=env, timeout=300)

    def key(rows_):
        return sorted((r["path"], r["stance"], r["digital_only"], json.dumps(r["dimensions"], sort_keys=True)) for r in rows_)

    resumed = rows(partial)
    assert len(resumed) == 40 and len({r["path"] for r in resumed}) == 40  # none lost, none duplicated
    assert key(resumed) == key(rows(full))


def test_cache_answers_unchanged_files_and_notices_changes(tmp_path):
    paths = make_corpus(tmp_path / "docs", 4)
    options = ScanOptions()
    batch = BatchOptions(workers=0, cache=True, cache_dir=str(tmp_path / "cache"))
    cold = {r.path: r for r in run_batch(paths, options, batch, "digest")}
    cached_calls = []
    warm = {r.path: r for r in run_batch(paths, options, batch, "digest", on_cached=cached_calls.append)}
    assert len(cached_calls) == 4
    assert {p: r.stance for p, r in warm.items()} == {p: r.stance for p, r in cold.items()}
    paths[0].write_text("Helt ny text om renovering av lokaler.\n", encoding="utf-8")
    cached_calls.clear()
    again = {r.path: r for r in run_batch(paths, options, batch, "digest", on_cached=cached_calls.append)}
    assert len(cached_calls) == 3 and again[str(paths[0])].stance == "absent"
    cached_calls.clear()
    list(run_batch(paths, options, batch, "other-lexicons", on_cached=cached_calls.append))
    assert cached_calls == []  # another lexicon digest is another key


@pytest.mark.parametrize("workers", ["0", "2"])
def test_one_broken_pdf_among_good_ones(tmp_path, workers):
    make_pdf(tmp_path / "a.pdf", [[SENTENCES[0]]])
    make_pdf(tmp_path / "b.pdf", [[SENTENCES[1]]])
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.7 truncated")
    result = runner.invoke(app, ["scan", str(tmp_path), "-f", "json", "-w", workers, "--no-cache", "-q"])
    assert result.exit_code == 3
    documents = {Path(d["path"]).name: d for d in json.loads(result.stdout)["documents"]}
    assert documents["a.pdf"]["stance"] == "enables" and documents["b.pdf"]["status"] == "ok"
    assert documents["c.pdf"]["error"]["code"] == "corrupt"


@pytest.mark.parametrize("workers,expect_sorted", [(2, True), (1, False), (0, False)])
def test_several_workers_start_with_the_largest_files(tmp_path, monkeypatch, workers, expect_sorted):
    # With several workers the longest documents go first, so a batch does not end waiting on one long
    # file started last; one worker (or none) keeps the discovery order.
    from policyscan.batch import run as batch_run

    paths = make_corpus(tmp_path / "corpus", 6)
    for i, path in enumerate(paths):
        path.write_text("Innovation. " * (1 + (i * 7) % 5) * 40, encoding="utf-8")
    submitted: list[str] = []

    class Recorder:
        def run(self, tasks):
            for task in tasks:
                submitted.append(task.path)
                yield task, None

    monkeypatch.setattr(batch_run, "make_executor", lambda *args: Recorder())
    list(run_batch(paths, ScanOptions(), BatchOptions(workers=workers, cache=False), "digest"))
    sizes = [Path(p).stat().st_size for p in submitted]
    assert sorted(submitted) == sorted(str(p) for p in paths)
    if expect_sorted:
        assert sizes == sorted(sizes, reverse=True) and submitted != [str(p) for p in paths]
    else:
        assert submitted == [str(p) for p in paths]


def test_worker_processes_give_the_same_results_as_one_process():
    # Workers build each language's pipeline and lexicon on its first file and freeze them out of the garbage
    # collector's way (batch/executor.py); none of that may change a result. The sample documents are Swedish,
    # Bokmål and Nynorsk, PDF, DOCX, text and Markdown.
    from policyscan.report.serialize import document_dict

    sample = sorted(p for p in (Path(__file__).resolve().parent.parent / "sample_docs").iterdir() if p.suffix in (".pdf", ".docx", ".txt", ".md"))
    assert len({p.name[:2] for p in sample}) == 3  # sv, nb, nn

    def results(workers: int) -> dict[str, dict]:
        batch = BatchOptions(workers=workers, cache=False)
        found = {}
        for result in run_batch(sample, ScanOptions(), batch, "digest"):
            data = document_dict(result)
            data.pop("seconds", None)
            found[result.path] = data
        return found

    in_process, in_workers = results(0), results(2)
    assert len(in_process) == len(sample) and in_workers == in_process
