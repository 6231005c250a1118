"""--format junit: JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps, CircleCI …).

One test case per document: it fails (`<failure>`) when a fail_on condition is breached in it, is an error
(`<error>`) when the file could not be read, and passes otherwise; warnings, the verdict and suppressed findings
are in its `<system-out>`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath
from typing import TextIO

from ..ci.findings import display_path
from .ci_common import error_text, finding_location
from .run import ScanReport

# Characters XML 1.0 cannot carry.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("", text)


def _case_class(path: str) -> str:
    parent = PurePosixPath(path).parent.as_posix()
    return "policyscan" if parent in (".", "") else "policyscan." + parent.replace("/", ".")


def build(report: ScanReport) -> ET.Element:
    checks = report.checked()
    suites = ET.Element("testsuites", name="policyscan")
    suite = ET.SubElement(suites, "testsuite", name="policyscan", timestamp=report.run.generated_at.replace("+00:00", ""))
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("policyscan.version", report.run.tool_version),
        ("lexicons.version", report.run.lexicon_version),
        ("lexicons.digest", report.run.lexicon_digest),
        ("fail_on", ", ".join(c.spec for c in checks.policy.fail_on) or "(none)"),
        ("baseline", checks.baseline or "(none)"),
    ):
        ET.SubElement(properties, "property", name=name, value=_clean(value))
    tests = failures = errors = 0
    total_time = 0.0
    for result in report.documents:
        path = display_path(result.path)
        tests += 1
        total_time += result.seconds
        case = ET.SubElement(suite, "testcase", classname=_case_class(path), name=path, file=path, time=f"{result.seconds:.3f}")
        if result.status != "ok":
            errors += 1
            code = result.error.code if result.error else "unreadable"
            element = ET.SubElement(case, "error", message=_clean(f"{path} could not be read: {code}"), type=code)
            element.text = _clean(error_text(result))
            continue
        findings = checks.for_path(result.path, active_only=False)
        failing = [f for f in findings if f.failing]
        out = [f"verdict: {result.stance}" + (" (digital only)" if result.digital_only else "")]
        covered = [d.name for d in result.dimensions if d.covered]
        out.append(f"rubric: {len(covered)}/{len(result.dimensions)} covered" + (f" ({', '.join(covered)})" if covered else ""))
        if failing:
            failures += 1
            conditions = list(dict.fromkeys(f.condition for f in failing))
            element = ET.SubElement(
                case, "failure",
                message=_clean(f"{len(failing)} finding(s) breach fail_on: {', '.join(conditions)}"),
                type=conditions[0],
            )
            element.text = _clean("\n".join(f"{finding_location(f)}: [{f.condition}] {f.message}" for f in failing))
        for finding in findings:
            if finding.failing:
                continue
            state = finding.level if finding.active else f"{finding.suppression.kind}-suppressed ({finding.suppression.reason})"
            out.append(f"{state}: {finding_location(finding)}: [{finding.condition}] {finding.message}")
        ET.SubElement(case, "system-out").text = _clean("\n".join(out))
    for element in (suites, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
        element.set("time", f"{total_time:.3f}")
    suite.set("skipped", "0")
    return suites


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    tree = build(report)
    ET.indent(tree)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(tree, encoding="unicode"))
    stream.write("\n")
