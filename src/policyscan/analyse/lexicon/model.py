"""Lexicon entries as immutable data."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = (
    "innovation",
    "enabling",
    "hindering",
    "modality",
    "new_solution",
    "digital",
    "negation",
    "terminator",
    "pseudo_negation",
    "generic",
    "dimension",
)
PATTERN_KINDS = ("word", "stem", "prefix", "suffix", "phrase", "regex")
STRENGTHS = {"weak": 0.5, "normal": 1.0, "strong": 2.0}
WHEN_NEGATED = ("enables", "hinders", "neutral")
DIRECTIONS = ("forward", "backward", "both", "v2")
POLARITIES = {"permits": 1, "restricts": -1}
LANGUAGES = ("sv", "nb", "nn", "da", "en")


@dataclass(frozen=True)
class Pattern:
    kind: str
    value: str
    line: int = 0
    # A regex's literal needs (analyse/regexes.literal_options), worked out when the file is parsed so that they
    # are cached with it: reading them from every pattern's parse tree was most of a worker's lexicon start-up.
    # None: not worked out (not a regex, or a pattern that does not parse — reported when it is compiled).
    needs: tuple[frozenset[str], ...] | None = None


@dataclass(frozen=True)
class Example:
    text: str
    line: int = 0


@dataclass(frozen=True)
class Entry:
    id: str
    language: str
    category: str
    patterns: tuple[Pattern, ...]
    explanation: str
    lexicon: str
    source: str
    line: int = 0
    exceptions: tuple[str, ...] = ()
    examples_match: tuple[Example, ...] = ()
    examples_no_match: tuple[Example, ...] = ()
    strength: float = 1.0
    standalone: bool = False
    when_negated: str | None = None
    direction: str = "forward"
    polarity: int = 0
    dimension: str | None = None
    requires: str = "object"  # modality: "object" (innovation or new solution in the sentence) or "innovation"

    @property
    def base_polarity(self) -> int:
        """+1 for cues that enable, -1 for cues that hinder, 0 otherwise."""
        if self.category in ("enabling", "dimension"):
            return 1  # DOMAIN: the rubric's conditions (competence, anchoring, networks …) are enabling
        if self.category == "hindering":
            return -1
        if self.category == "modality":
            return self.polarity
        return 0

    def negated_polarity(self) -> int:
        """What the cue means when it is negated (DOMAIN: a negated hinder is not a hinder)."""
        if self.when_negated is not None:
            return {"enables": 1, "hinders": -1, "neutral": 0}[self.when_negated]
        if self.category in ("enabling", "dimension"):
            return -1
        if self.category == "modality":
            return -self.polarity
        return 0
