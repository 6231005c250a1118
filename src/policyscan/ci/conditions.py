"""Conditions a policy owner can put in `fail_on` / `warn_on`: their grammar, meaning and evaluation.

A condition is written `name`, `name:argument` or `name>threshold` — the same strings on the command line
(`--fail-on hinders --fail-on "hindering-share>0.25"`) and in the config (`fail_on = ["hinders"]`). Each one,
evaluated on a document, gives zero or more findings. Document conditions look at a scan result; diff
conditions (ci/diff_conditions.py) compare two versions of a draft.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import DIMENSIONS, ENABLES, HINDERS, MIXED, DocumentResult

ENABLING_LABELS = (ENABLES, MIXED)
HINDERING_LABELS = (HINDERS, MIXED)


class ConditionError(ValueError):
    """A condition string that cannot be understood (a usage or configuration error)."""


# ------------------------------------------------------------------------------------------ document facts


@dataclass(frozen=True)
class UnitFact:
    label: str
    text: str
    page: int | None = None
    line: int | None = None
    end_line: int | None = None
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocFacts:
    """What conditions look at: built from a scan result or from a document of a JSON report (baselines)."""

    path: str
    stance: str | None
    digital_only: bool | None
    units: tuple[UnitFact, ...]
    covered: frozenset[str]

    @classmethod
    def from_result(cls, result: DocumentResult) -> DocFacts:
        units = tuple(
            UnitFact(
                u.label, u.text, u.page, u.line, u.end_line,
                tuple(dict.fromkeys(m.text for m in u.terms if m.polarity or m.category == "innovation")),
            )
            for u in result.units
            if u.label in (ENABLES, HINDERS, MIXED, "neutral")
        )
        return cls(result.path, result.stance, result.digital_only, units, frozenset(d.name for d in result.dimensions if d.covered))

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> DocFacts:
        units = tuple(
            UnitFact(
                e.get("label", ""), e.get("text", ""), e.get("page"), e.get("line"), e.get("end_line"),
                tuple(t.get("text", "") for t in e.get("terms", []) if t.get("effect") or t.get("category") == "innovation"),
            )
            for e in document.get("evidence") or []
        )
        covered = frozenset(name for name, d in (document.get("dimensions") or {}).items() if isinstance(d, dict) and d.get("covered"))
        return cls(document.get("path", ""), document.get("stance"), document.get("digital_only"), units, covered)

    def first(self, labels: Sequence[str] | None = None) -> UnitFact | None:
        for unit in self.units:
            if labels is None or unit.label in labels:
                return unit
        return None


# ------------------------------------------------------------------------------------------ raw findings


@dataclass(frozen=True)
class Hit:
    """One place where a condition holds, before levels, suppressions and baselines are applied."""

    condition: str  # canonical spec, e.g. "missing-dimension:courage_to_fail"
    rule: str  # base name, e.g. "missing-dimension" (the SARIF ruleId)
    path: str
    message: str
    unit: UnitFact | None = None  # the evidence unit the finding is about (unit rules) or points at
    about_unit: bool = False  # True: the finding is the unit itself (located at it, keyed by its text)
    detail: str = ""  # what distinguishes hits of one condition in one document (e.g. the dimension)
    page: int | None = None


# ------------------------------------------------------------------------------------------ conditions


@dataclass(frozen=True)
class Rule:
    name: str
    scope: str  # "document" | "diff" | "meta"
    summary: str  # one line, for help texts and SARIF shortDescription
    description: str  # for SARIF fullDescription and docs
    argument: str = ""  # "" (none), "dimension" (optional), "share" (required)
    default_level: str = "warning"


RULES: dict[str, Rule] = {}


def _rule(name: str, scope: str, summary: str, description: str, argument: str = "") -> None:
    RULES[name] = Rule(name, scope, summary, description, argument)


_rule("hindering-unit", "document", "A sentence hinders innovation.",
      "An evidence unit (sentence, list item or table cell) is labelled `hinders`: it imposes or describes "
      "conditions that restrict innovation (zero-error culture, prohibitions on trying new solutions, rigid "
      "approval chains, no mandate, time or resources for development).")
_rule("mixed-unit", "document", "A sentence both enables and hinders innovation.",
      "An evidence unit is labelled `mixed`: it carries both enabling and hindering force.")
_rule("hinders", "document", "The document hinders innovation.",
      "The document's verdict is `hinders`: it has hindering content and no (or much weaker) enabling content.")
_rule("mixed", "document", "The document both enables and hinders innovation.",
      "The document's verdict is `mixed`: enabling and hindering content are both clearly there (the weaker side "
      "has at least a third of the stronger side's weight, or at least three sentences of its own).")
_rule("neutral", "document", "The document mentions innovation without enabling it.",
      "The document's verdict is `neutral`: innovation is mentioned, with no enabling or hindering force.")
_rule("absent", "document", "The document does not mention innovation.",
      "The document's verdict is `absent`: innovation is not mentioned at all.")
_rule("not-enabling", "document", "The document does not enable innovation.",
      "The document's verdict is anything but `enables` (hinders, mixed, neutral or absent).")
_rule("digital-only", "document", "Innovation is spoken of only inside digitalisation.",
      "Every innovation mention in the document is framed by digitalisation (digital_only is true).")
_rule("missing-dimension", "document", "A required rubric dimension is not covered.",
      "A rubric dimension is not covered by the document. `missing-dimension` checks the dimensions listed in "
      "`required_dimensions` (--require-dimension); `missing-dimension:NAME` checks one dimension.", "dimension")
_rule("hindering-share", "document", "Too large a share of the stance-bearing sentences hinder innovation.",
      "`hindering-share>X`: more than X (0–1, or a percentage such as 25%) of the units with a stance "
      "(enables, hinders, mixed) are hindering (hinders or mixed).", "share")
_rule("stale-suppression", "meta", "A suppression no longer matches any finding.",
      "An inline marker or a baseline entry accepts a finding that is no longer there: remove the marker or "
      "regenerate the baseline.")
_rule("invalid-suppression", "meta", "An inline suppression marker cannot be used.",
      "An inline `policyscan:` marker has an unknown action or rule, or no reason.")
_rule("lost-enabling", "diff", "Enabling content was removed.",
      "A unit labelled enables or mixed in the old version has no counterpart labelled enables or mixed in the new one.")
_rule("gained-hindering", "diff", "Hindering content was added.",
      "A unit labelled hinders or mixed in the new version has no counterpart labelled hinders or mixed in the old one.")
_rule("lost-dimension", "diff", "A rubric dimension is no longer covered.",
      "A rubric dimension covered by the old version is not covered by the new one (`lost-dimension:NAME` for one).", "dimension")
_rule("stance-changed", "diff", "The verdict changed.", "The document's verdict differs between the two versions.")
_rule("stance-worse", "diff", "The verdict got worse.",
      "The verdict moved down the order enables > mixed > neutral > absent > hinders.")
_rule("became-digital-only", "diff", "Innovation became digital-only.",
      "The new version speaks of innovation only inside digitalisation; the old one did not.")

DOCUMENT_RULES = tuple(n for n, r in RULES.items() if r.scope == "document")
DIFF_RULES = tuple(n for n, r in RULES.items() if r.scope == "diff")
META_RULES = tuple(n for n, r in RULES.items() if r.scope == "meta")
UNIT_RULES = ("hindering-unit", "mixed-unit")

DEFAULT_WARN_ON = ("hindering-unit", "mixed-unit", "stale-suppression", "invalid-suppression")

_SPEC = re.compile(r"^(?P<name>[a-z][a-z-]*[a-z])\s*(?:(?P<op>[:>])\s*(?P<arg>.+?))?\s*$")


@dataclass(frozen=True)
class Condition:
    rule: str
    argument: str | float | None = None

    @property
    def spec(self) -> str:
        if self.argument is None:
            return self.rule
        if isinstance(self.argument, float):
            return f"{self.rule}>{self.argument:g}"
        return f"{self.rule}:{self.argument}"

    def __str__(self) -> str:
        return self.spec


def _share(text: str) -> float:
    text = text.strip()
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ConditionError(f"'{text}' is not a share: write a number between 0 and 1, or a percentage such as 25%") from None
    if not 0 <= value <= 1:
        raise ConditionError(f"the share {text} is outside 0–1 (0%–100%)")
    return value


def parse_condition(text: str, scopes: Iterable[str] = ("document", "meta")) -> Condition:
    """`hinders`, `missing-dimension:courage_to_fail`, `hindering-share>0.25` (or `:25%`) → Condition."""
    scopes = tuple(scopes)
    match = _SPEC.match(text.strip().lower()) if isinstance(text, str) else None
    if not match:
        raise ConditionError(f"cannot read the condition '{text}'")
    name, op, arg = match.group("name"), match.group("op"), match.group("arg")
    rule = RULES.get(name)
    if rule is None or rule.scope not in scopes:
        known = [n for n, r in RULES.items() if r.scope in scopes]
        close = difflib.get_close_matches(name, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        where = "" if rule is None else f" here ('{name}' is a {rule.scope} condition)"
        raise ConditionError(f"unknown condition '{name}'{where}{hint}; known: {', '.join(known)}")
    if rule.argument == "share":
        if arg is None:
            raise ConditionError(f"'{name}' needs a threshold, e.g. {name}>0.25 or {name}:25%")
        return Condition(name, _share(arg))
    if rule.argument == "dimension":
        if arg is None:
            return Condition(name)
        if op != ":" or arg not in DIMENSIONS:
            close = difflib.get_close_matches(arg, DIMENSIONS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConditionError(f"unknown rubric dimension '{arg}' in '{text}'{hint}; dimensions: {', '.join(DIMENSIONS)}")
        return Condition(name, arg)
    if arg is not None:
        raise ConditionError(f"'{name}' takes no argument (got '{text}')")
    return Condition(name)


def parse_conditions(values: Iterable[str], scopes: Iterable[str] = ("document", "meta")) -> tuple[Condition, ...]:
    """Parse a list of condition strings; commas also separate conditions ("hinders,digital-only")."""
    conditions: list[Condition] = []
    for value in values:
        for part in str(value).split(","):
            if part.strip():
                condition = parse_condition(part, scopes)
                if condition not in conditions:
                    conditions.append(condition)
    return tuple(conditions)


def parse_dimensions(values: Iterable[str]) -> tuple[str, ...]:
    names: list[str] = []
    for value in values:
        for name in str(value).split(","):
            name = name.strip()
            if not name:
                continue
            if name not in DIMENSIONS:
                close = difflib.get_close_matches(name, DIMENSIONS, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise ConditionError(f"unknown rubric dimension '{name}'{hint}; dimensions: {', '.join(DIMENSIONS)}")
            if name not in names:
                names.append(name)
    return tuple(names)


# ------------------------------------------------------------------------------------------ evaluation

STANCE_WORDS = {
    "enables": "enables innovation",
    "hinders": "hinders innovation",
    "mixed": "both enables and hinders innovation",
    "neutral": "mentions innovation but neither enables nor hinders it",
    "absent": "does not mention innovation",
}


def quote_text(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _stance_hit(condition: Condition, facts: DocFacts, stances: Sequence[str]) -> list[Hit]:
    if facts.stance not in stances:
        return []
    pointer = facts.first(HINDERING_LABELS) if facts.stance in (HINDERS, MIXED) else None
    return [
        Hit(condition.spec, condition.rule, facts.path, f"The document {STANCE_WORDS[facts.stance]} (verdict: {facts.stance}).", unit=pointer)
    ]


def _unit_hits(condition: Condition, facts: DocFacts, label: str, words: str) -> list[Hit]:
    hits = []
    for unit in facts.units:
        if unit.label == label:
            terms = f" (cues: {', '.join(unit.terms)})" if unit.terms else ""
            hits.append(Hit(condition.spec, condition.rule, facts.path, f"{words}: “{quote_text(unit.text)}”{terms}", unit=unit, about_unit=True))
    return hits


def _share_of(facts: DocFacts) -> tuple[float, int, int]:
    stance_units = [u for u in facts.units if u.label in (ENABLES, HINDERS, MIXED)]
    hindering = [u for u in stance_units if u.label in HINDERING_LABELS]
    return (len(hindering) / len(stance_units) if stance_units else 0.0), len(hindering), len(stance_units)


def evaluate_document(condition: Condition, facts: DocFacts, required_dimensions: Sequence[str] = ()) -> list[Hit]:
    """Where `condition` holds in one document (an ok document: errors are handled by the caller)."""
    rule = condition.rule
    handler = _DOCUMENT_HANDLERS.get(rule)
    if handler is None:
        return []
    return handler(condition, facts, tuple(required_dimensions))


def _missing_dimension(condition: Condition, facts: DocFacts, required: tuple[str, ...]) -> list[Hit]:
    wanted = (condition.argument,) if condition.argument else required
    return [
        Hit(condition.spec, condition.rule, facts.path, f"The rubric dimension '{name}' is not covered by the document.", detail=name)
        for name in wanted
        if name not in facts.covered
    ]


def _hindering_share(condition: Condition, facts: DocFacts, _: tuple[str, ...]) -> list[Hit]:
    share, hindering, total = _share_of(facts)
    if share <= float(condition.argument):
        return []
    return [
        Hit(
            condition.spec, condition.rule, facts.path,
            f"{hindering} of {total} units with a stance hinder innovation ({share:.0%}, more than {float(condition.argument):.0%}).",
            unit=facts.first(HINDERING_LABELS),
        )
    ]


def _digital_only(condition: Condition, facts: DocFacts, _: tuple[str, ...]) -> list[Hit]:
    if facts.digital_only is not True:
        return []
    return [Hit(condition.spec, condition.rule, facts.path, "Innovation is spoken of only as part of digitalisation (digital_only).", unit=facts.first())]


_DOCUMENT_HANDLERS: dict[str, Callable[[Condition, DocFacts, tuple[str, ...]], list[Hit]]] = {
    "hindering-unit": lambda c, f, _: _unit_hits(c, f, HINDERS, "Hinders innovation"),
    "mixed-unit": lambda c, f, _: _unit_hits(c, f, MIXED, "Both enables and hinders innovation"),
    "hinders": lambda c, f, _: _stance_hit(c, f, (HINDERS,)),
    "mixed": lambda c, f, _: _stance_hit(c, f, (MIXED,)),
    "neutral": lambda c, f, _: _stance_hit(c, f, ("neutral",)),
    "absent": lambda c, f, _: _stance_hit(c, f, ("absent",)),
    "not-enabling": lambda c, f, _: _stance_hit(c, f, (HINDERS, MIXED, "neutral", "absent")),
    "digital-only": _digital_only,
    "missing-dimension": _missing_dimension,
    "hindering-share": _hindering_share,
}


@dataclass(frozen=True)
class Policy:
    """What is reported (warn_on) and what fails the run (fail_on)."""

    fail_on: tuple[Condition, ...] = ()
    warn_on: tuple[Condition, ...] = field(default_factory=lambda: parse_conditions(DEFAULT_WARN_ON))
    required_dimensions: tuple[str, ...] = ()

    def level(self, condition: Condition) -> str | None:
        if condition in self.fail_on:
            return "error"
        if condition in self.warn_on:
            return "warning"
        return None

    def conditions(self, scopes: Iterable[str] = ("document", "meta")) -> tuple[Condition, ...]:
        scopes = tuple(scopes)
        seen = [c for c in (*self.fail_on, *self.warn_on) if RULES[c.rule].scope in scopes]
        return tuple(dict.fromkeys(seen))

    def check(self) -> None:
        """Raise ConditionError for a combination that cannot work."""
        needs = [c for c in (*self.fail_on, *self.warn_on) if c.rule in ("missing-dimension",) and c.argument is None]
        if needs and not self.required_dimensions:
            raise ConditionError(
                "'missing-dimension' needs the dimensions to require: set required_dimensions in the config or "
                "pass --require-dimension NAME (or write missing-dimension:NAME)"
            )
