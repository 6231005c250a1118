"""Open the HTML report in headless Chromium and check that it renders: no console errors (which includes
Content-Security-Policy violations, blocked external loads and script exceptions), the charts and one card per
document are there, the filter and sort controls work, and the page prints. A screenshot is saved (set
POLICYSCAN_SCREENSHOT=docs/img/html-report.png to refresh the one in the README: `make screenshot`).

Skips with a reason where Chromium (Debian's `chromium` package) or websocket-client is missing; `.ci/run`
installs Chromium so CI runs it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_path() -> str | None:
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    return next((found for found in map(shutil.which, CANDIDATES) if found), None)


CHROMIUM = chromium_path()
try:
    import websocket  # websocket-client, a pure-Python test dependency
except ImportError:  # pragma: no cover - depends on the environment
    websocket = None

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does it)"),
    pytest.mark.skipif(websocket is None, reason="websocket-client is not installed (pip install -e '.[test]')"),
]


class Browser:
    """A headless Chromium driven over the DevTools protocol: navigate, evaluate, collect console errors."""

    def __init__(self, profile: Path):
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",  # CI containers run as root
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                f"--user-data-dir={profile}",
                "--window-size=1280,1600",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("Chromium did not start (no DevToolsActivePort)")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        targets = []
        while not targets and time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as response:
                targets = [t for t in json.load(response) if t.get("type") == "page"]
            time.sleep(0.05)
        self.socket = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params):
        self.next_id += 1
        ident = self.next_id
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, since: int = 0, timeout: float = 30.0) -> dict:
        """The first `event` at or after position `since` in the event log, waiting for it if need be."""
        deadline = time.monotonic() + timeout
        for seen in self.events[since:]:
            if seen.get("method") == event:
                return seen
        while time.monotonic() < deadline:
            message = json.loads(self.socket.recv())
            self.events.append(message)
            if message.get("method") == event:
                return message
        raise TimeoutError(event)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def console_errors(self, since: int = 0) -> list[str]:
        errors = []
        for event in self.events[since:]:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", "")[:500])
        return errors

    def close(self) -> None:
        try:
            self.socket.close()
        except Exception:
            pass
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("browser")
    out = folder / "report.html"
    runner = CliRunner()
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "html", "--output", str(out), "--ui-lang", "sv", "-q"])
    assert result.exit_code == 0, result.output
    data = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "json", "-q"])
    return out, json.loads(data.stdout)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    instance = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield instance
    instance.close()


def test_html_report_renders_in_chromium_without_console_errors(browser, report_html, tmp_path):
    path, data = report_html
    documents = data["documents"]
    start = len(browser.events)
    browser.call("Page.navigate", url=path.resolve().as_uri())
    browser.wait_for("Page.loadEventFired", since=start)
    assert browser.evaluate("document.title").startswith("policyscan")
    assert browser.evaluate("document.documentElement.lang") == "sv"

    # The summary charts are drawn: bars for the verdicts, a heatmap cell per document and dimension.
    assert browser.evaluate("document.querySelectorAll('#chart-verdicts svg rect').length") >= 5
    assert browser.evaluate("document.querySelectorAll('#chart-heatmap rect.cell').length") == len(documents) * 13
    heatmap_box = browser.evaluate("(() => { const r = document.querySelector('#chart-heatmap svg').getBoundingClientRect(); return [r.width, r.height]; })()")
    assert heatmap_box[0] > 300 and heatmap_box[1] > 100

    # One visible card per document, each with a headline; the script ran (CSP allowed it) and set the count.
    assert browser.evaluate("document.querySelectorAll('article.card').length") == len(documents)
    assert browser.evaluate("[...document.querySelectorAll('article.card')].filter(c => c.offsetHeight > 0).length") == len(documents)
    assert browser.evaluate("document.getElementById('count').textContent") == f"Visar {len(documents)} av {len(documents)} dokument"

    # Filtering by verdict hides the other cards; sorting by coverage orders the cards.
    hinders = sum(d["stance"] == "hinders" for d in documents)
    shown = browser.evaluate(
        "(() => { const s = document.getElementById('f-stance'); s.value = 'hinders'; s.dispatchEvent(new Event('change'));"
        " return [...document.querySelectorAll('article.card')].filter(c => !c.hidden).length; })()"
    )
    assert shown == hinders
    assert browser.evaluate("document.getElementById('count').textContent") == f"Visar {hinders} av {len(documents)} dokument"
    coverage = browser.evaluate(
        "(() => { const s = document.getElementById('f-stance'); s.value = ''; s.dispatchEvent(new Event('change'));"
        " const o = document.getElementById('f-sort'); o.value = 'coverage'; o.dispatchEvent(new Event('change'));"
        " return [...document.querySelectorAll('article.card')].map(c => Number(c.dataset.coverage)); })()"
    )
    assert coverage == sorted(coverage, reverse=True) and len(coverage) == len(documents)
    browser.evaluate(
        "(() => { const o = document.getElementById('f-sort'); o.value = ''; o.dispatchEvent(new Event('change')); window.scrollTo(0, 0); })()"
    )

    # Evidence is highlighted and carries page numbers.
    assert browser.evaluate("document.querySelectorAll('mark.t-enables').length") > 0
    assert browser.evaluate("[...document.querySelectorAll('.unit .page')].some(p => /^s\\. \\d+$/.test(p.textContent))")

    # Print: the controls disappear and collapsed evidence opens.
    browser.call("Emulation.setEmulatedMedia", media="print")
    assert browser.evaluate("getComputedStyle(document.querySelector('.controls')).display") == "none"
    browser.call("Emulation.setEmulatedMedia", media="")
    pdf = browser.call("Page.printToPDF", printBackground=True)
    assert base64.b64decode(pdf["data"])[:4] == b"%PDF"

    errors = browser.console_errors(since=start)
    assert not errors, errors

    # A screenshot of the summary and the first cards.
    browser.call("Emulation.setDeviceMetricsOverride", width=1200, height=1500, deviceScaleFactor=1, mobile=False)
    shot = browser.call("Page.captureScreenshot", format="png", clip={"x": 0, "y": 0, "width": 1200, "height": 1500, "scale": 1})
    png = base64.b64decode(shot["data"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    (tmp_path / "html-report.png").write_bytes(png)
    target = os.environ.get("POLICYSCAN_SCREENSHOT")
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_bytes(png)


def test_hostile_document_text_stays_text_in_the_browser(browser, tmp_path):
    """A document full of markup shows it as text: no script runs, no element is injected."""
    doc = tmp_path / "elak<script>alert(9)<>.txt"
    doc.write_text(
        "Innovationspolicy <script>window.__pwned = 1</script>\n\n"
        "Kommunen ska främja innovation <img src=x onerror=\"window.__pwned = 2\"> och pröva nya arbetssätt.\n\n"
        "Vi uppmuntrar innovation i </q></li></ol></article><script>window.__pwned = 3</script> alla verksamheter.\n",
        encoding="utf-8",
    )
    out = tmp_path / "hostile.html"
    result = CliRunner().invoke(app, ["scan", str(doc), "--format", "html", "--output", str(out), "--ui-lang", "en", "-q"])
    assert result.exit_code == 0, result.output
    start = len(browser.events)
    browser.call("Page.navigate", url=out.resolve().as_uri())
    browser.wait_for("Page.loadEventFired", since=start)
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('article.card').length") == 1
    assert "<script>window.__pwned = 1</script>" in browser.evaluate("document.body.innerText")
    errors = browser.console_errors(since=start)
    assert not errors, errors
