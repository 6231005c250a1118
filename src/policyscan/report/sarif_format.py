"""--format sarif: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, Azure DevOps, IDEs).

One run; the rules are the conditions of ci/conditions.py; each finding is a result pointing at the file and,
for text and Markdown drafts, the lines of the paragraph (PDF and DOCX findings carry the page in the message
and in `properties.page`: SARIF regions have no pages). Suppressed findings are kept with a `suppressions`
entry (inSource for inline markers, external for the baseline); with a baseline, `baselineState` says new or
unchanged. Unreadable inputs are tool execution notifications. Validated in the tests against the OASIS
SARIF 2.1.0 JSON schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from ..ci.conditions import RULES
from ..ci.findings import Finding, display_path
from .ci_common import error_text, message_with_page
from .run import ScanReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
ROOT_ID = "%SRCROOT%"


def _uri(path: str) -> str:
    return quote(display_path(path), safe="/:@")


def _rules() -> list[dict[str, Any]]:
    rules = []
    for name, rule in RULES.items():
        if rule.scope == "diff":
            continue
        rules.append(
            {
                "id": name,
                "name": "".join(part.capitalize() for part in name.split("-")),
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.description},
                "help": {
                    "text": f"{rule.description} Configure with fail_on / warn_on (docs/ci.md).",
                    "markdown": f"{rule.description}\n\nConfigure with `fail_on` / `warn_on`; accept a finding with "
                    f"`<!-- policyscan: ignore {name} reason=\"…\" -->` or a baseline (see docs/ci.md).",
                },
                "defaultConfiguration": {"level": "warning"},  # the run's level is on each result (fail_on: error)
                "properties": {"tags": ["policy", "innovation", rule.scope]},
            }
        )
    return rules


def _location(finding: Finding) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(finding.path), "uriBaseId": ROOT_ID}}
    if finding.line is not None:
        region: dict[str, Any] = {"startLine": finding.line}
        if finding.end_line and finding.end_line > finding.line:
            region["endLine"] = finding.end_line
        if finding.text:
            region["snippet"] = {"text": finding.text}
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(finding: Finding, index: dict[str, int], with_baseline: bool) -> dict[str, Any]:
    properties: dict[str, Any] = {"condition": finding.condition}
    if finding.page is not None:
        properties["page"] = finding.page
    if finding.label:
        properties["label"] = finding.label
    if finding.terms:
        properties["terms"] = list(finding.terms)
    if finding.text and finding.line is None:
        properties["text"] = finding.text
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": finding.level,
        "message": {"text": message_with_page(finding)},
        "locations": [_location(finding)],
        "partialFingerprints": {"policyscan/v1": finding.fingerprint},
        "properties": properties,
    }
    suppression = finding.suppression
    if suppression is not None:
        entry: dict[str, Any] = {"kind": "inSource" if suppression.kind == "inline" else "external", "status": "accepted"}
        if suppression.reason:
            entry["justification"] = suppression.reason
        if suppression.kind == "inline" and suppression.line is not None:
            entry["location"] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.path), "uriBaseId": ROOT_ID},
                    "region": {"startLine": suppression.line},
                }
            }
        result["suppressions"] = [entry]
    if with_baseline:
        result["baselineState"] = "unchanged" if suppression is not None and suppression.kind == "baseline" else "new"
    return result


def sarif_log(report: ScanReport) -> dict[str, Any]:
    checks = report.checked()
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{display_path(result.path)} could not be read: {error_text(result)}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.path), "uriBaseId": ROOT_ID}}}],
            "properties": {"code": result.error.code if result.error else "unreadable"},
        }
        for result in report.documents
        if result.status != "ok"
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    root = Path.cwd().resolve().as_uri().rstrip("/") + "/"
    run = {
        "tool": {
            "driver": {
                "name": "policyscan",
                "version": report.run.tool_version,
                "semanticVersion": report.run.tool_version,
                "rules": rules,
                "properties": {"lexicons": {"version": report.run.lexicon_version, "digest": report.run.lexicon_digest}},
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {ROOT_ID: {"uri": root}},
        "artifacts": [
            {"location": {"uri": _uri(result.path), "uriBaseId": ROOT_ID}, "properties": {"status": result.status, "stance": result.stance}}
            for result in report.documents
        ],
        "results": [_result(f, index, checks.baseline is not None) for f in checks.findings if f.rule in index],
        "columnKind": "unicodeCodePoints",
        "properties": {
            "fail_on": [c.spec for c in checks.policy.fail_on],
            "warn_on": [c.spec for c in checks.policy.warn_on],
            "breached": checks.breached,
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    json.dump(sarif_log(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
