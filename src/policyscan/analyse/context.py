"""Context rules in the spirit of NegEx/ConText, applied inside one sentence.

- A clause ends at a terminator cue (men, dock, samtidigt / men, likevel, samtidig) or at , ; : and dashes.
- A negation cue negates cues after it in its clause (forward, at most MAX_SCOPE tokens). A clause adverb
  (direction `v2`: inte, ej, aldrig / ikke, aldri / ikkje) also negates the cue right before it, because
  Swedish and Norwegian put it after the finite verb ("uppmuntras inte", "prioriteres ikke").
- A pseudo-negation (inte bara, ikke minst, ikkje berre) cancels the negation cues it overlaps, and marks the
  digital terms in its scope as contrasted ("inte bara digitalisering utan också nya arbetssätt").
- A negation cue inside another cue's span (e.g. the "inte" of "får inte") belongs to that cue.
- Double negation: a clause adverb next to a negating word ("mangler ikke", "skal ikke hindre") negates only it.
- With a decision/allocation verb after it ("har inte beslutats", "er ikke bevilget") a clause adverb also
  denies the clause's subject before the finite verb ("Någon finansiering … har inte beslutats").
- The hindering subject of a denied hinder does not count ("Rädsla för fel hindrar inte …"); after a modal the
  hinder is forbidden, which enables ("Frykt for å gjøre feil skal ikke hindre nytenkning").
- Digital framing is divided only by contrastive terminators (men, dock, likevel, samtidig), not by commas or "og".
- A generic cue (forskning visar, i många kommuner) marks the sentence as a general or reported statement.
- Negation scope ends at a temporal subordinator (før, innan, förrän): "Ingen piloter … før de er godkjent av …".
- A low quantity ("bara 30 procent av", "eit mindretal av", "det er få") negates the enabling cues after it.
- A digital word compared with something ("forveksla med digitalisering") is contrasted: it does not frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .matcher import RawMatch, TokenView

MAX_SCOPE = 12
# A negation right after the relative pronoun ("tjänster som inte upphandlats … är förbjudna") sits in an embedded
# clause: it reaches only the few words of that clause, not the main clause's predicate.
RELATIVE_PRONOUNS = frozenset({"som"})
RELATIVE_SCOPE = 3
# A comma inside a coordinated list ("verken budsjett, mandat eller ressurser") does not end a clause.
_COORDINATORS = frozenset("och eller samt och/eller varken eller og eller samt verken hverken korkje and or".split())
_LIST_ITEM_MAX = 4
BACKWARD_SCOPE = 1  # only the word right before the negation: "uppmuntras inte", "prioriteres ikke"
# Modal verbs: a clause adverb after one of them ("skal ikke", "får inte", "må ikkje") forbids what follows.
MODALS = frozenset("ska skall skal får må bør".split())
MODAL_REACH = 4  # the modal may be separated from its negation by an inverted subject ("får rädsla för fel inte")
SUBJECT_GAP = 4  # at most this many words (finite verb, modal, adverb) between a subject and the negation
# Passive or perfect forms of decision/allocation verbs ("har inte beslutats", "er ikke bevilget", "er ikkje
# løyvd"): what they deny is the clause's subject ("Någon finansiering … har inte beslutats"), which stands
# before the finite verb. Grammar of a closed verb class, not lexicon content: prefixes of the participles.
DECISION_VERBS = (
    "beslut", "fastställ", "avsatt", "avsätt", "avsett", "fördela", "budgeter", "bevilj", "tilldela", "tillsatt",
    "prioriter", "finansier", "säkrad", "säkrat", "öronmärk", "vedt", "bevilg", "innvilg", "løyv", "tildel", "fordelt",
    "budsjetter", "øremerk", "sikret", "sikra",
)
DECISION_PARTICLE_VERBS = frozenset("satt sett sette satts sättas avsatts".split())  # "satt av", "sett av"
DECISION_REACH = 3  # "har inte beslutats", "er ennå ikke formelt vedtatt"
SUBJECT_REACH = 8  # "Midler til det nye innovasjonsarbeidet i helse er ikke bevilget"
# A negation does not reach into a temporal subordinate clause: "Ingen piloter skal testes ut før de er godkjent
# av kommunalsjef" negates the piloting, not the approval gate after "før" (which stays a restriction). "til"
# and "innen" are left out: they are mostly prepositions ("ingen midler til innovasjon", "innen 2025").
SCOPE_ENDS = frozenset("før innan förrän förän tills inden".split())
SUBORDINATORS = frozenset("att at som der där om när når hvor var fordi eftersom".split())
# Contrast ends digital framing inside a sentence; plain coordination ("og", "och") and other terminators
# ("fordi", "eftersom", "när") do not. A terminator cue frames off only when it starts with one of these.
CONTRASTIVE = frozenset(
    "men dock däremot emellertid likväl ändå samtidigt medan utan snarare istället tvärtom "
    "likevel allikevel derimot imidlertid samtidig mens samstundes istaden istadenfor isteden istedenfor".split()
) | {"i stället", "i staden", "i stedet", "å andra sidan", "på den annen side", "tvert imot"}
# A digital word compared or contrasted with something ("tenesteinnovasjon blir forveksla med digitalisering",
# "till skillnad från digitalisering") is what the mention is set against, not its frame. Closed grammar: verbs
# of comparison (prefixes, followed by "med") and fixed contrastive prepositions.
COMPARISON_VERBS = ("forveksl", "förväxl", "sammenlign", "samanlikn", "jämför", "jamfør", "likestill", "likställ", "blandes", "blandas", "blanda")
COMPARISON_PHRASES = (
    ("till", "skillnad", "från"), ("til", "forskjell", "fra"), ("til", "forskjell", "frå"), ("i", "motsats", "till"),
    ("i", "motsetning", "til"), ("skiljer", "sig", "från"), ("skiller", "seg", "fra"), ("skil", "seg", "frå"),
)
COMPARISON_REACH = 3  # "forveksla med (den) digitalisering", "til forskjell fra ren digitalisering"
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "?", "!"}
# A low quantity over a positive finding ("bara 30 procent av medarbetarna upplever att …", "eit mindretal av dei
# tilsette meiner …", "det er få insentiv for …") states a lack as fact: it negates the enabling cues after it in its
# clause. Grammar of a closed class (quantifiers), not lexicon content.
ONLY = frozenset("bara bare berre kun endast blott enbart".split())
NUMBER_WORDS = frozenset("hälften halvparten halvdelen två tre fyra fem to fire".split())
ONE = frozenset("en ein ett eit et".split())  # "bare en av fem"
FEW_NOUNS = ("fåtal", "mindretal", "minoritet")  # "ett fåtal", "eit mindretal", "et mindretall", "en minoritet"
# "få" is a quantifier (few) after these words or at the start of the sentence; after a modal it is the verb (get)
FEW_BEFORE = frozenset(
    "ett eit et svært veldig mycket mykje altfor alltför för for relativt forholdsvis jämförelsevis samanlikna bara bare "
    "berre så ganska temmelig nokså heller är er finns fins finst fanns fanst var har hadde".split()
)
QUANTITY_SCOPE = 15
CUE_CATEGORIES = ("enabling", "hindering", "modality", "innovation", "new_solution", "digital", "dimension")


@dataclass(frozen=True)
class ContextResult:
    negated: frozenset[int]  # indices into the match list
    contrasted: frozenset[int]  # digital matches inside a pseudo-negation's scope
    generic: bool
    negators: dict[int, int]  # negated match index → negation match index
    clauses: tuple[int, ...] = ()  # clause number per token
    # A hindering cue forbidden by a modal ("skal ikke hindre", "får inte stoppa"): it counts as enabling.
    prohibited: frozenset[int] = frozenset()
    # Cues that do not count: the modality cue that forbids a hinder ("får inte" in "får inte stoppa"), and the
    # hindering subject of a negated or forbidden hinder ("Rädsla för fel får inte stoppa …").
    cancelled: frozenset[int] = frozenset()
    framing: tuple[int, ...] = ()  # framing segment per token: only contrast ends digital framing


def clause_ids(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> list[int]:
    """A clause number per token; terminator cues and clause punctuation start a new clause."""
    boundary = [False] * len(tokens)
    lowered = [t.text.casefold() for t in tokens]
    for i, token in enumerate(tokens):
        if token.text in CLAUSE_PUNCT:
            boundary[i] = not (token.text == "," and _in_list(lowered, i))
    for m in matches:
        if m.entry.category == "terminator":
            boundary[m.token_start] = True
    ids, current = [], 0
    for i in range(len(tokens)):
        if boundary[i]:
            current += 1
        ids.append(current)
    return ids


def _in_list(lowered: Sequence[str], comma: int) -> bool:
    """True when the comma separates short items of a list closed by a coordinator ("a, b eller c").
    A comma right before a coordinator joins clauses (", og utprøvinga må …"), not list items."""
    if comma + 1 < len(lowered) and lowered[comma + 1] in _COORDINATORS:
        return False
    for j in range(comma + 1, min(len(lowered), comma + 2 + _LIST_ITEM_MAX)):
        if lowered[j] in _COORDINATORS:
            return True
        if lowered[j] in CLAUSE_PUNCT and lowered[j] != ",":
            return False
    return False


def resolve(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> ContextResult:
    clauses = clause_ids(tokens, matches)
    pseudo_spans = [(m.token_start, m.token_end) for m in matches if m.entry.category == "pseudo_negation"]
    # A negation word inside a pseudo-negation or terminator ("inte bara", ", utan också") is not a negation.
    cancelling = pseudo_spans + [(m.token_start, m.token_end) for m in matches if m.entry.category == "terminator"]

    def in_pseudo(m: RawMatch) -> bool:
        return any(s < m.token_end and m.token_start < e for s, e in cancelling)

    # A negation word inside a multi-word cue ("får inte", "ikkje høve til") belongs to that cue, which is not
    # negated by it; it still negates cues outside that cue's span.
    owners = [
        (m.token_start, m.token_end)
        for m in matches
        if m.entry.category in CUE_CATEGORIES and m.token_end - m.token_start > 1
    ]
    # A negation that a negative cue has used up ("kan ikke lanseres før", "får inte") negates nothing else.
    used_up = [
        (m.token_start, m.token_end, m.gap_tokens)
        for m in matches
        if m.entry.category in CUE_CATEGORIES and m.token_end - m.token_start > 1 and m.entry.base_polarity < 0
    ]

    def consumed(cue: RawMatch) -> bool:
        return any(s <= cue.token_start and cue.token_end <= e and cue.token_start not in gaps for s, e, gaps in used_up)

    # Every negation word, used up or not: one that a phrase gap swallowed negates that phrase regardless.
    all_negations = [(k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and not in_pseudo(m)]
    negations = [
        (k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and not in_pseudo(m) and not consumed(m)
    ]
    # Double negation: a clause adverb right next to a negating word ("skal ikke hindre", "mangler ikke",
    # "saknas inte") negates only that word — the word then negates nothing, and the adverb reaches no further
    # ("Vi mangler ikke midler til innovasjon" has the resources).
    confined: dict[int, tuple[int, int]] = {}  # clause-adverb index → span of the word it negates
    for n, cue in negations:
        if cue.entry.direction != "v2":
            continue
        for j, word in negations:
            if word.entry.direction != "v2" and (word.token_start == cue.token_end or word.token_end == cue.token_start):
                if clauses[word.token_start] == clauses[cue.token_start]:
                    confined[n] = (word.token_start, word.token_end)
    silenced = {j for j, word in negations for s, e in confined.values() if (word.token_start, word.token_end) == (s, e)}
    negations = [(k, m) for k, m in negations if k not in silenced]
    negated: set[int] = set()
    negators: dict[int, int] = {}
    lowered_tokens = [t.text.casefold() for t in tokens]
    negation_tokens = {t for m in matches if m.entry.category == "negation" for t in range(m.token_start, m.token_end)}
    for k, m in enumerate(matches):
        if m.entry.category not in CUE_CATEGORIES:
            continue
        swallowed = next((n for n, cue in all_negations if cue.token_start in m.gap_tokens), None)
        if swallowed is not None:
            # "får inte pröva", "Fonden får inte användas": the negation sits in this phrase's gap. That "får
            # inte" also makes a restriction of it does not stop it negating the longer cue that swallowed it.
            negated.add(k)
            negators[k] = swallowed
            continue
        own = [t for t in range(m.token_start, m.token_end) if t in negation_tokens and t not in m.gap_tokens]
        if own and len(own) < m.token_end - m.token_start:
            continue  # the cue carries its own negation ("får inte", "ingen tid", "ikkje sett av midlar")
        for n, cue in negations:
            if n in confined:
                s, e = confined[n]
                on_word = m.token_start < e and s < m.token_end  # "hindre" the hindering cue on the negated word
                v2_verb = m.token_end == cue.token_start and m.entry.category in ("enabling", "hindering", "modality", "dimension")
                if on_word or v2_verb:
                    negated.add(k)
                    negators[k] = n
                continue
            inside_owner = [
                (s, e) for s, e in owners
                if s <= cue.token_start and cue.token_end <= e and not (cue.token_start in m.gap_tokens)
                and (s, e) != (m.token_start, m.token_end) and s <= m.token_start and m.token_end <= e
            ]
            if inside_owner:
                continue  # the negation and this cue both sit inside a longer cue: that cue speaks for them
            if cue.token_start >= m.token_start and cue.token_end <= m.token_end:
                if cue.token_start in m.gap_tokens:  # "har ikkje ... mandat": a gap swallowed the negation
                    negated.add(k)
                    negators[k] = n
                continue
            between = range(min(cue.token_end, m.token_end), max(cue.token_start, m.token_start))
            if any(t in negation_tokens for t in between):
                continue  # a later negation starts its own scope
            clause = clauses[cue.token_start]
            direction = cue.entry.direction
            relative = cue.token_start > 0 and tokens[cue.token_start - 1].text.casefold() in RELATIVE_PRONOUNS
            if relative and m.entry.category == "modality":
                continue  # "verktøy som ikke er godkjent" describes the tools; it grants no permission
            scope = RELATIVE_SCOPE if relative else MAX_SCOPE
            if direction in ("forward", "both", "v2") and cue.token_end <= m.token_start:
                if m.token_start - cue.token_end < scope and all(
                    clauses[t] == clause and (t == m.token_start or lowered_tokens[t] not in SCOPE_ENDS)
                    for t in range(cue.token_start, m.token_start + 1)
                ):
                    negated.add(k)
                    negators[k] = n
            if direction in ("backward", "both") and m.token_end <= cue.token_start:
                if cue.token_start - m.token_end < MAX_SCOPE and all(
                    clauses[t] == clause for t in range(m.token_start, cue.token_start + 1)
                ):
                    negated.add(k)
                    negators[k] = n
            # V2 word order: the finite verb right before a clause adverb ("uppmuntras inte", "prioriteres ikke").
            if direction == "v2" and m.token_end <= cue.token_start and cue.token_start - m.token_end < BACKWARD_SCOPE:
                if all(clauses[t] == clause for t in range(m.token_start, cue.token_start + 1)):
                    if m.entry.category in ("enabling", "hindering", "modality", "dimension"):
                        negated.add(k)
                        negators[k] = n
    # What a restriction forbids is not enabling: "Enheterna får inte starta nya pilotprojekt", "det er ikke
    # tillatt å sette i gang nye piloter". The negation the restriction used up still negates the enabling cues
    # after it in its clause; it never flips a permission or an approval ("kan ikke lanseres før det er godkjent").
    used = [(n, cue) for n, cue in all_negations if consumed(cue)]
    for k, m in enumerate(matches):
        if k in negated or m.entry.category != "enabling" or not used:
            continue
        for n, cue in used:
            if not (cue.token_end <= m.token_start and m.token_start - cue.token_end < MAX_SCOPE):
                continue
            if any(t in negation_tokens for t in range(cue.token_end, m.token_start)):
                continue  # a later negation starts its own scope
            if all(clauses[t] == clauses[cue.token_start] for t in range(cue.token_start, m.token_start + 1)):
                negated.add(k)
                negators[k] = n
                break
    _low_quantities(tokens, matches, clauses, negated)
    # The reach back is grammar: it applies whether or not a cue owns the adverb ("ikkje vert prioritert").
    adverbs = [(k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and m.entry.direction == "v2" and not in_pseudo(m) and k not in silenced]
    relative_negations = {n for n, cue in adverbs if cue.token_start > 0 and tokens[cue.token_start - 1].text.casefold() in RELATIVE_PRONOUNS}
    _reach_back_to_subject(tokens, matches, clauses, adverbs, relative_negations, negated, negators)
    prohibited, cancelled = _negated_hinders(tokens, matches, clauses, negated, negators, in_pseudo)
    contrasted: set[int] = set()
    for s, e in pseudo_spans:
        clause = clauses[s]
        for k, m in enumerate(matches):
            if m.entry.category == "digital" and m.token_start >= e and clauses[m.token_start] == clause:
                contrasted.add(k)
    contrasted |= _compared(tokens, matches)
    generic = any(m.entry.category == "generic" for m in matches)
    return ContextResult(
        frozenset(negated), frozenset(contrasted), generic, negators, tuple(clauses),
        frozenset(prohibited), frozenset(cancelled), tuple(framing_segments(tokens, matches)),
    )


def framing_segments(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> list[int]:
    """A segment number per token for digital framing: a new segment starts only at a contrastive terminator
    ("men", "dock", "likevel", "samtidig", ", utan också"). Commas and plain coordination ("…, og erfaringene fra
    utprøvingen …") keep one frame: the sentence still speaks about the same digital undertaking."""
    def contrastive(m: RawMatch) -> bool:
        words = [t.text.casefold() for t in tokens[m.token_start : m.token_end]]
        return any(" ".join(words[:n]) in CONTRASTIVE for n in (1, 2, 3, 4))

    starts = {m.token_start for m in matches if m.entry.category == "terminator" and contrastive(m)}
    ids, current = [], 0
    for i in range(len(tokens)):
        current += i in starts
        ids.append(current)
    return ids


def _coordinated(tokens: Sequence[TokenView], start: int, end: int) -> bool:
    return any(tokens[t].text.casefold() in _COORDINATORS or tokens[t].text in CLAUSE_PUNCT for t in range(start, end))


def _compared(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> set[int]:
    """Digital matches that are the object of a comparison or contrast ("förväxlas med digitalisering", "til
    forskjell fra digitalisering"): they do not frame the mention (see docs/analysis.md, digital_only)."""
    lowered = [t.text.casefold() for t in tokens]
    ends = []  # token positions right after a comparison marker
    for i, word in enumerate(lowered):
        if word.startswith(COMPARISON_VERBS):
            after = [j for j in range(i + 1, min(len(lowered), i + 3)) if lowered[j] == "med"]
            if after:
                ends.append(after[0] + 1)
        for phrase in COMPARISON_PHRASES:
            if tuple(lowered[i : i + len(phrase)]) == phrase:
                ends.append(i + len(phrase))
    return {
        k for k, m in enumerate(matches)
        if m.entry.category == "digital" and any(0 <= m.token_start - e < COMPARISON_REACH for e in ends)
    }


def _low_quantity_starts(tokens: Sequence[TokenView]) -> list[int]:
    """Token positions of quantifiers that say "few": "bara 30 procent", "bare en av fem", "berre halvparten",
    "ett fåtal", "eit mindretal", "det er få insentiv", "Få medarbetare …" (not the verb: "ska få pröva")."""
    lowered = [t.text.casefold() for t in tokens]
    starts = []
    for i, word in enumerate(lowered):
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in ONLY and (
            any(c.isdigit() for c in following) or following in NUMBER_WORDS or following.startswith(FEW_NOUNS)
            or (following in ONE and i + 2 < len(lowered) and lowered[i + 2] == "av")
        ):
            starts.append(i)
        elif word.startswith(FEW_NOUNS):
            starts.append(i)
        elif word == "få" and following.isalpha() and (i == 0 or lowered[i - 1] in FEW_BEFORE):
            starts.append(i)
    return starts


def _low_quantities(tokens, matches, clauses, negated: set[int]) -> None:
    """A low quantity negates the enabling and dimension cues after it in its clause: "bara 30 procent av
    medarbetarna upplever att det är tillåtet att misslyckas" is a lack of courage to fail, stated as fact."""
    for q in _low_quantity_starts(tokens):
        for k, m in enumerate(matches):
            if m.entry.category in ("enabling", "dimension") and m.entry.base_polarity > 0 and k not in negated:
                if q < m.token_start and m.token_start - q <= QUANTITY_SCOPE and all(
                    clauses[t] == clauses[q] for t in range(q, m.token_start + 1)
                ):
                    negated.add(k)


def _reach_back_to_subject(tokens, matches, clauses, negations, relative, negated: set[int], negators: dict[int, int]) -> None:
    """V2 word order puts the clause adverb after the finite verb, so with a decision or allocation verb
    ("Någon finansiering har inte beslutats", "Midler til innovasjon er ikke bevilget") the negation denies the
    subject, which stands before it: its enabling cues are negated (a lack of resources stated as fact)."""
    lowered = [t.text.casefold() for t in tokens]
    for n, cue in negations:
        if cue.entry.direction != "v2" or n in relative:
            continue
        clause = clauses[cue.token_start]
        after = range(cue.token_end, min(len(tokens), cue.token_end + DECISION_REACH))
        if not any(
            clauses[t] == clause
            and (lowered[t].startswith(DECISION_VERBS) or (lowered[t] in DECISION_PARTICLE_VERBS and t + 1 < len(tokens) and lowered[t + 1] == "av"))
            for t in after
        ):
            continue
        for k, m in enumerate(matches):
            if m.entry.category in ("enabling", "dimension") and m.token_end <= cue.token_start and k not in negated:
                # the subject of this clause, not of a clause it is embedded in ("Strategin säger att medel inte …")
                between = lowered[m.token_end : cue.token_start]
                if len(between) <= SUBJECT_REACH and not set(between) & SUBORDINATORS and not _coordinated(tokens, m.token_end, cue.token_start):
                    if all(clauses[t] == clause for t in range(m.token_start, cue.token_start)):
                        negated.add(k)
                        negators[k] = n


def _negated_hinders(tokens, matches, clauses, negated: set[int], negators: dict[int, int], in_pseudo) -> tuple[set[int], set[int]]:
    """A hindering subject before a negated hinder is part of a denied statement, not a hinder of its own:
    "Rädsla för fel hindrar inte …" states no hinder. After a modal ("Frykt for å gjøre feil skal ikke hindre
    nytenkning", "Rädsla för fel får inte stoppa nya idéer", "må ikkje bremse") the sentence forbids the hinder,
    which enables: the hindering predicate counts as enabling and the modality cue that forbids it does not
    count as a restriction."""
    lowered = [t.text.casefold() for t in tokens]
    prohibited: set[int] = set()
    cancelled: set[int] = set()
    predicates: list[tuple[int, RawMatch]] = []  # (hindering predicate index, the clause adverb denying it)
    for n, cue in enumerate(matches):
        if cue.entry.category != "negation" or cue.entry.direction != "v2" or in_pseudo(cue):
            continue
        clause = clauses[cue.token_start]
        modal = any(lowered[t] in MODALS and clauses[t] == clause for t in range(max(0, cue.token_start - MODAL_REACH), cue.token_start))
        if modal:  # the first hinder right after the negation is forbidden (negated or not: "får inte" owns its "inte")
            after = [
                k for k, m in enumerate(matches)
                if m.entry.category == "hindering" and cue.token_end <= m.token_start <= cue.token_end + 1 and clauses[m.token_start] == clause
            ]
            if after:
                first = min(matches[k].token_start for k in after)
                for h in [k for k in after if matches[k].token_start == first]:  # "stoppa" and "stoppa nya" alike
                    prohibited.add(h)
                    predicates.append((h, cue))
                for k, m in enumerate(matches):  # the "får inte" / "må ikkje" that forbids it
                    if m.entry.category == "modality" and m.entry.base_polarity < 0 and m.token_start <= cue.token_start < m.token_end:
                        cancelled.add(k)
                continue
        predicates += [(k, cue) for k, n2 in negators.items() if n2 == n and matches[k].entry.category == "hindering"]
    for h, cue in predicates:
        # Walk back from the predicate over the subject: the nearest hindering cue within a few words (no "och"
        # between: "Vi har en nollfelskultur och inte detaljstyrning" keeps its hinder), then any joined to it
        # by a coordinator ("Frykt for feil og detaljstyring skal ikke hindre …").
        head = limit = min(matches[h].token_start, cue.token_start)
        candidates = sorted(
            (k for k, m in enumerate(matches) if m.entry.category == "hindering" and k not in prohibited and k not in negated),
            key=lambda k: -matches[k].token_end,
        )
        joined = False
        for k in candidates:
            m = matches[k]
            if m.token_end > head:
                if joined and m.token_start >= head and m.token_end <= limit:
                    cancelled.add(k)  # another cue on the same subject's words ("Frykt for å gjøre" in "… gjøre feil")
                continue
            if clauses[m.token_start] != clauses[head]:
                break
            between = [lowered[t] for t in range(m.token_end, head)]
            if joined and len(between) == 1 and between[0] in _COORDINATORS | {","}:
                pass  # "X og Y skal ikke hindre": X is joined to the subject Y
            elif joined or len(between) > SUBJECT_GAP or _coordinated(tokens, m.token_end, head):
                break
            cancelled.add(k)
            head = m.token_start
            joined = True
    return prohibited, cancelled - prohibited
