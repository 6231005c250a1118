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
- A passive decision/continuation verb right before a clause adverb ("videreføres ikke", "förlängs inte") or an
  active continuation verb ("held ikkje fram") denies the subject as well.
- A copula + clause adverb + obstacle noun ("er ikke et problem") denies the subject's hinder.
- A low quantity also negates permissions in its clause ("Bare 31 prosent … har mulighet til …").
- A flattened table row ("Ledelse 42 Velferdsteknologi 17 Innovasjon 9") is framed cell by cell.
- A digital word in a cause phrase ("på grunn av kapasiteten i IT-tjenesten") frames nothing.
- In a list inside one sentence ("fyra fokusområden: digitalisering av …, innovation i mötet med invånarna, …"),
  a digital item does not frame an innovation mention in another item (list_items; used by classify/unit.py).
- A subject that is not permitted ("… är inte tillåten", "er ikkje tillate") or forbidden ("er forbudt") is what is
  forbidden: its enabling cues are negated, as with a decision verb.
- Concessive subordinate clauses ("även om …", ", selv om …", "trass i at …") are marked; classify/unit.py decides
  whether their cues count.
"""

from __future__ import annotations

import re
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
# Contrastive sentence adverbs. Clause-initial ("Dock gäller …", ", likevel må …") they start a clause; in the
# middle field, right after the finite verb or the subject ("Avsteg medges dock inte", "Enhetscheferna saknar
# dock mandat", "Tiltaket kan imidlertid ikke igangsettes"), they contrast the whole clause with what came before
# and do not divide it: the verb and its clause adverb stay one clause.
MIDDLE_FIELD_ADVERBS = frozenset("dock emellertid ändå likväl likevel allikevel imidlertid".split())
# A clause adverb negates the word right before it ("uppmuntras inte", "prioriteres ikke"); sentence adverbs
# between the two do not count ("medges dock inte", "mangler likevel ikke", "prioriteres dessverre ikke").
SENTENCE_ADVERBS = MIDDLE_FIELD_ADVERBS | frozenset("därför derfor difor alltså altså dessverre tyvärr dessvärre".split())
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
    # supply: "Medel tillförs inte", "har inte tillförts", "tilføres ikke", "vert ikkje tilført"
    "tillför", "tilfør",
)
# Words that start like a decision verb but are none: "tillförlitlig" (reliable).
DECISION_FALSE_FRIENDS = ("tillförlit",)
DECISION_PARTICLE_VERBS = frozenset("satt sett sette satts sättas avsatts".split())  # "satt av", "sett av"
# Continuation of a scheme: "Ordningen med innovasjonsmidler videreføres ikke", "vert ikkje vidareført",
# "Satsningen … förlängs inte". Not "fortsatt", which is mostly the adverb "still".
CONTINUATION_VERBS = (
    "viderefør", "vidarefør", "vidareför", "förläng", "forleng", "opprethold", "oppretthald", "upprätthåll",
    "behålls", "beholdes", "behaldast", "fortsätts", "fortsettes", "fortsetjast",
)
DECISION_VERBS += CONTINUATION_VERBS
# Active continuation verbs that take the scheme as subject: "Satsningen fortsätter inte", "Ordninga held ikkje
# fram" (a particle verb: "fram/frem" follows the adverb).
CONTINUING = frozenset("fortsätter fortsatte fortsetter fortset fortsette".split())
CONTINUING_PARTICLE = frozenset("held heldt holder holdt".split())  # + "fram/frem"
PASSIVE_ENDINGS = ("s", "ast", "est")  # "videreføres", "förlängs", "vidareførast", "prioriterast"
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
# … or after a finding verb and its "att/at": "enkäten visar att få medarbetare …", "undersøkinga syner at få …".
FINDING_VERBS = frozenset(
    "visar visade visat tyder tydde framgår framgick uppger uppgav anger angav svarar svarade upplever upplevde menar "
    "viser viste vist oppgir oppga svarer svarte opplever opplevde mener meinte syner synte seier sa".split()
)
QUANTITY_SCOPE = 15
# Prepositional cause phrases: a digital word inside one names an obstacle's source, not the innovation's topic.
CAUSE_MARKERS = (
    ("på", "grunn", "av"), ("på", "grund", "av"), ("grunna",), ("grunnet",), ("grundet",), ("pga",), ("pga.",),
    ("p.g.a.",), ("till", "följd", "av"), ("som", "följd", "av"), ("som", "en", "följd", "av"), ("som", "følge", "av"),
    ("som", "en", "følge", "av"), ("som", "følgje", "av"), ("som", "ei", "følgje", "av"), ("som", "fylgje", "av"),
)
_CAUSE_FIRST = frozenset(marker[0] for marker in CAUSE_MARKERS)
_COMPARISON_FIRST = frozenset(phrase[0] for phrase in COMPARISON_PHRASES)
CAUSE_REACH = 6
# A flattened table row: numbers between short cells (see _table_cells). Framing does not cross a cell.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
TABLE_MIN_NUMBERS = 3
TABLE_CELL_WORDS = 3
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
    # Cues that do not count: the modality cue that forbids a hinder ("får inte" in "får inte stoppa"), the
    # hindering subject of a negated or forbidden hinder ("Rädsla för fel får inte stoppa …"), and the approval of
    # a steering document, which is its adoption ("Strategin har godkänts av kommunfullmäktige").
    cancelled: frozenset[int] = frozenset()
    framing: tuple[int, ...] = ()  # framing segment per token: only contrast ends digital framing
    # Digital matches inside a cause phrase ("på grunn av kapasiteten i IT-tjenesten"): they name where an obstacle
    # comes from, not the topic of the innovation, and frame nothing.
    causes: frozenset[int] = frozenset()
    # Token spans (start, end) of concessive subordinate clauses ("även om resurserna är begränsade", ", sjølv om
    # einingane ønskjer …"): what they state is conceded, not the organisation's position (see classify/unit.py).
    concessive: tuple[tuple[int, int], ...] = ()


def clause_ids(tokens: Sequence[TokenView], matches: Sequence[RawMatch], lowered: Sequence[str] | None = None) -> list[int]:
    """A clause number per token; terminator cues and clause punctuation start a new clause. `lowered`: the
    tokens casefolded, when the caller has them already."""
    boundary = [False] * len(tokens)
    if lowered is None:
        lowered = [t.text.casefold() for t in tokens]
    for i, token in enumerate(tokens):
        if token.text in CLAUSE_PUNCT:
            boundary[i] = not (token.text == "," and _in_list(lowered, i))
    for m in matches:
        if m.entry.category == "terminator" and not _in_middle_field(tokens, lowered, m):
            boundary[m.token_start] = True
    ids, current = [], 0
    for i in range(len(tokens)):
        if boundary[i]:
            current += 1
        ids.append(current)
    return ids


def _next_to(lowered: Sequence[str], end: int, start: int) -> bool:
    """Whether a word ending at `end` stands right before a clause adverb at `start`, sentence adverbs aside."""
    return end <= start and start - end <= 2 and all(lowered[t] in SENTENCE_ADVERBS for t in range(end, start))


def _in_middle_field(tokens: Sequence[TokenView], lowered: Sequence[str], m: RawMatch) -> bool:
    """A one-word contrastive adverb right after a word (not at the start or after punctuation): see
    MIDDLE_FIELD_ADVERBS."""
    i = m.token_start
    return (
        m.token_end - i == 1 and lowered[i] in MIDDLE_FIELD_ADVERBS and i > 0
        and tokens[i - 1].text not in CLAUSE_PUNCT and any(c.isalpha() for c in tokens[i - 1].text)
        and lowered[i - 1] not in _COORDINATORS and lowered[i - 1] != "men"
    )


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
    lowered = [t.text.casefold() for t in tokens]  # once per sentence: clause_ids and the helpers below read it
    clauses = clause_ids(tokens, matches, lowered)
    if not matches:
        # Nothing to negate, forbid, cancel or contrast (a third of a typical document's sentences): only the
        # sentence's own structure, as the full path below would give it.
        return ContextResult(
            frozenset(), frozenset(), False, {}, clauses=tuple(clauses), framing=tuple(framing_segments(tokens, matches)),
            concessive=tuple(concessive_clauses(lowered, matches)),
        )
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
    # A negation that a multi-word cue has used up negates nothing else: a restriction's ("kan ikke lanseres før",
    # "får inte") and a permission's ("behöver inte förhandsgodkännande", "trenger ikke godkjenning for å …").
    def owning(sign: int) -> list[tuple[int, int, frozenset[int]]]:
        return [
            (m.token_start, m.token_end, m.gap_tokens)
            for m in matches
            if m.entry.category in CUE_CATEGORIES and m.token_end - m.token_start > 1 and m.entry.base_polarity * sign > 0
        ]

    used_up, granted = owning(-1), owning(1)

    def inside(cue: RawMatch, spans) -> bool:
        return any(s <= cue.token_start and cue.token_end <= e and cue.token_start not in gaps for s, e, gaps in spans)

    def consumed(cue: RawMatch) -> bool:
        return inside(cue, used_up)

    # Every negation word, used up or not: one that a phrase gap swallowed negates that phrase regardless.
    all_negations = [(k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and not in_pseudo(m)]
    negations = [
        (k, m) for k, m in enumerate(matches)
        if m.entry.category == "negation" and not in_pseudo(m) and not consumed(m) and not inside(m, granted)
    ]
    # Double negation: a clause adverb right next to a negating word ("skal ikke hindre", "mangler ikke",
    # "saknas inte") negates only that word — the word then negates nothing, and the adverb reaches no further
    # ("Vi mangler ikke midler til innovasjon" has the resources).
    confined: dict[int, tuple[int, int]] = {}  # clause-adverb index → span of the word it negates
    for n, cue in negations:
        if cue.entry.direction != "v2":
            continue
        for j, word in negations:
            if word.entry.direction != "v2" and (word.token_start == cue.token_end or _next_to(lowered, word.token_end, cue.token_start)):
                if clauses[word.token_start] == clauses[cue.token_start]:
                    confined[n] = (word.token_start, word.token_end)
    silenced = {j for j, word in negations for s, e in confined.values() if (word.token_start, word.token_end) == (s, e)}
    negations = [(k, m) for k, m in negations if k not in silenced]
    negated: set[int] = set()
    negators: dict[int, int] = {}
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
                v2_verb = _next_to(lowered, m.token_end, cue.token_start) and m.entry.category in ("enabling", "hindering", "modality", "dimension")
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
            relative = cue.token_start > 0 and lowered[cue.token_start - 1] in RELATIVE_PRONOUNS
            if relative and m.entry.category == "modality":
                continue  # "verktøy som ikke er godkjent" describes the tools; it grants no permission
            scope = RELATIVE_SCOPE if relative else MAX_SCOPE
            if direction in ("forward", "both", "v2") and cue.token_end <= m.token_start:
                if m.token_start - cue.token_end < scope and all(
                    clauses[t] == clause and (t == m.token_start or lowered[t] not in SCOPE_ENDS)
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
            if direction == "v2" and _next_to(lowered, m.token_end, cue.token_start):
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
    _low_quantities(lowered, matches, clauses, negated)
    # The reach back is grammar: it applies whether or not a cue owns the adverb ("ikkje vert prioritert").
    adverbs = [(k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and m.entry.direction == "v2" and not in_pseudo(m) and k not in silenced]
    relative_negations = {n for n, cue in adverbs if cue.token_start > 0 and lowered[cue.token_start - 1] in RELATIVE_PRONOUNS}
    _reach_back_to_subject(lowered, matches, clauses, adverbs, relative_negations, negated, negators)
    _forbidden_subject(lowered, matches, clauses, adverbs, relative_negations, negated, negators)
    prohibited, cancelled = _negated_hinders(lowered, matches, clauses, negated, negators, in_pseudo)
    cancelled |= _adoption_notices(lowered, matches, clauses)
    contrasted: set[int] = set()
    for s, e in pseudo_spans:
        clause = clauses[s]
        for k, m in enumerate(matches):
            if m.entry.category == "digital" and m.token_start >= e and clauses[m.token_start] == clause:
                contrasted.add(k)
    contrasted |= _compared(lowered, matches)
    generic = any(m.entry.category == "generic" for m in matches)
    return ContextResult(
        frozenset(negated), frozenset(contrasted), generic, negators, tuple(clauses),
        frozenset(prohibited), frozenset(cancelled), tuple(framing_segments(tokens, matches)),
        frozenset(_in_cause_phrase(lowered, matches)), tuple(concessive_clauses(lowered, matches)),
    )


# Concessive subordinators. Grammar of a closed class. (words, where it may stand): "any" — unambiguous anywhere;
# "clause" — only at the start of the sentence or after clause punctuation ("även om" is also "also about",
# "selv om" also "themselves whether": "Enhetene avgjør selv om de vil delta"); "comma" — only after a comma
# ("fast" is also "fixed", "enda/endå" also "even": "enda bedre").
CONCESSIVE_CONJUNCTIONS = (
    (("trots", "att"), "any"), (("fastän",), "any"), (("til", "tross", "for", "at"), "any"),
    (("til", "trass", "for", "at"), "any"), (("trass", "i", "at"), "any"), (("tross", "i", "at"), "any"),
    (("även", "om"), "clause"), (("selv", "om"), "clause"), (("sjølv", "om"), "clause"), (("jamvel", "om"), "clause"),
    (("fast",), "comma"), (("enda",), "comma"), (("endå",), "comma"),
)
_CONCESSIVE_FIRST = frozenset(words[0] for words, _ in CONCESSIVE_CONJUNCTIONS)
# "…, enda en gang", "…, endå meir": the adverb "even/again", not the conjunction
_NOT_AFTER_ENDA = frozenset("mer mere meir mindre flere fleire færre bedre betre større verre lenger lengre en ein ei eit et".split())
# After a fronted concessive clause with no comma ("Även om resurserna är begränsade ska varje enhet …"), V2 order
# puts the main clause's finite verb first: a modal, at least two words (subject and verb) after the conjunction.
_MAIN_MODALS = MODALS | frozenset("skall måste kan vill vil kommer skulle".split())
CONCESSIVE_REACH = 15  # a fronted clause whose end is not found within this many words is left alone


def concessive_clauses(lowered: Sequence[str], matches: Sequence[RawMatch]) -> list[tuple[int, int]]:
    """Token spans of concessive subordinate clauses, defined conservatively. A trailing clause (after clause
    punctuation, or an unambiguous conjunction mid-sentence) runs to the next clause punctuation, terminator or
    the end of the sentence. A fronted clause (the sentence opens with it) runs to the first clause punctuation
    or, with no comma, to a modal that begins the main clause ("Även om resurserna är begränsade ska …"); when
    neither comes within CONCESSIVE_REACH words it is left alone."""
    if _CONCESSIVE_FIRST.isdisjoint(lowered):
        return []  # the common case, checked first: this runs on every sentence
    terminators = {m.token_start for m in matches if m.entry.category == "terminator"}
    words = [i for i, w in enumerate(lowered) if any(c.isalnum() for c in w)]
    first_word = words[0] if words else 0
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(lowered):
        if word not in _CONCESSIVE_FIRST or any(s <= i < e for s, e in spans):
            continue
        for conjunction, where in CONCESSIVE_CONJUNCTIONS:
            if tuple(lowered[i : i + len(conjunction)]) != conjunction:
                continue
            after_punct = i > 0 and lowered[i - 1] in CLAUSE_PUNCT
            fronted = i == first_word
            if where == "comma" and not (i > 0 and lowered[i - 1] == ","):
                continue
            if where == "clause" and not (fronted or after_punct):
                continue
            if conjunction[0] in ("enda", "endå") and (i + 1 >= len(lowered) or lowered[i + 1] in _NOT_AFTER_ENDA):
                continue
            body = i + len(conjunction)
            if fronted:
                end = None
                for t in range(body, min(len(lowered), body + CONCESSIVE_REACH)):
                    if lowered[t] in CLAUSE_PUNCT or (lowered[t] in _MAIN_MODALS and t - body >= 2):
                        end = t
                        break
                if end is None:
                    break
            else:
                end = body
                while end < len(lowered) and lowered[end] not in CLAUSE_PUNCT and end not in terminators:
                    end += 1
            if end > body:
                spans.append((i, end))
            break
    return spans


def framing_segments(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> list[int]:
    """A segment number per token for digital framing: a new segment starts only at a contrastive terminator
    ("men", "dock", "likevel", "samtidig", ", utan också"). Commas and plain coordination ("…, og erfaringene fra
    utprøvingen …") keep one frame: the sentence still speaks about the same digital undertaking."""
    def contrastive(m: RawMatch) -> bool:
        words = [t.text.casefold() for t in tokens[m.token_start : m.token_end]]
        return any(" ".join(words[:n]) in CONTRASTIVE for n in (1, 2, 3, 4))

    starts = {m.token_start for m in matches if m.entry.category == "terminator" and contrastive(m)}
    starts |= set(_table_cells(tokens))
    if not starts:
        return [0] * len(tokens)
    ids, current = [], 0
    for i in range(len(tokens)):
        current += i in starts
        ids.append(current)
    return ids


LIST_BULLETS = frozenset("• ● ▪ ◦ ■ □ ➢ ► *".split())
LIST_DASHES = frozenset({"–", "-", "—"})
LIST_MIN_ITEMS = 3
LEAD_IN = -1  # the item id of a list's lead-in ("Prioriterte satsingsområder er:"), which speaks of every item


def list_items(tokens: Sequence[TokenView]) -> list[int] | None:
    """An item number per token when the sentence is a list, else None; the lead-in before the list is LEAD_IN.

    A list is at least two bullets ("• … • …"), three free-standing dashes, or a colon followed by at least
    LIST_MIN_ITEMS items separated by commas or semicolons ("fyra fokusområden: A, B, C och D"). Items are not
    split at "och/og": "digitalisering og innovasjon" is one item and keeps one frame.
    """
    texts = [t.text for t in tokens]
    bullets = [i for i, t in enumerate(texts) if t in LIST_BULLETS]
    if len(bullets) < 2:
        bullets = [i for i, t in enumerate(texts) if t in LIST_DASHES]
        if len(bullets) < LIST_MIN_ITEMS:
            bullets = []
    if bullets:
        starts, lead_end = bullets, bullets[0]
    else:
        colon = next((i for i, t in enumerate(texts) if t == ":"), None)
        if colon is None:
            return None
        separators = [i for i in range(colon + 1, len(texts)) if texts[i] in (",", ";")]
        if len(separators) < LIST_MIN_ITEMS - 1:
            return None
        starts, lead_end = [colon + 1, *separators], colon + 1
    ids, item = [], LEAD_IN
    boundaries = set(starts)  # the first is lead_end: item 0 starts there
    for i in range(len(tokens)):
        item += i in boundaries
        ids.append(LEAD_IN if i < lead_end else item)
    return ids


def frames_across_items(items: Sequence[int], innovation_at: Sequence[int], digital_at: Sequence[int]) -> bool:
    """Whether a digital word can frame an innovation mention given the list items of the sentence: both in one
    item, or either in the lead-in (a digital lead-in speaks of every item; an innovation lead-in of all of them)."""
    innovating = {items[i] for i in innovation_at}
    digital = {items[i] for i in digital_at}
    return bool(digital) and (LEAD_IN in innovating or LEAD_IN in digital or bool(innovating & digital))


def _table_cells(tokens: Sequence[TokenView]) -> list[int]:
    """The number tokens of a flattened table row ("Ledelse 42 Velferdsteknologi 17 Innovasjon 9 Kompetanse 30"):
    a PDF or text table row comes out as one sentence, and the numbers separate its cells. A sentence is such a
    row when it has at least TABLE_MIN_NUMBERS standalone numbers and every stretch between two of them holds at
    most TABLE_CELL_WORDS words (prose with numbers — "42 prosent av midlene i 2024" — has longer stretches)."""
    # A number starts with a digit: the cheap test first, the regex only for those tokens.
    numbers = [i for i, t in enumerate(tokens) if t.text[:1].isdigit() and _NUMBER.fullmatch(t.text)]
    if len(numbers) < TABLE_MIN_NUMBERS:
        return []
    for a, b in zip(numbers, numbers[1:]):
        if sum(any(c.isalpha() for c in tokens[t].text) for t in range(a + 1, b)) > TABLE_CELL_WORDS:
            return []
    return numbers


def _in_cause_phrase(lowered: Sequence[str], matches: Sequence[RawMatch]) -> set[int]:
    """Digital matches inside a prepositional cause phrase ("på grunn av kapasiteten i IT-tjenesten", "på grund av
    hög belastning på IT-avdelningen", "grunna …", "till följd av …"): up to CAUSE_REACH words after the marker,
    not past clause punctuation or a terminator. Grammar of a closed class of complex prepositions."""
    if not any(m.entry.category == "digital" for m in matches):
        return set()  # the common case, checked first: this runs on every sentence
    if _CAUSE_FIRST.isdisjoint(lowered):
        return set()
    terminators = {m.token_start for m in matches if m.entry.category == "terminator"}
    spans: list[tuple[int, int]] = []
    for i in range(len(lowered)):
        for marker in CAUSE_MARKERS:
            if tuple(lowered[i : i + len(marker)]) == marker:
                start = end = i + len(marker)
                while end < len(lowered) and end - start < CAUSE_REACH and lowered[end] not in CLAUSE_PUNCT and end not in terminators:
                    end += 1
                spans.append((start, end))
    return {
        k for k, m in enumerate(matches)
        if m.entry.category == "digital" and any(s <= m.token_start < e for s, e in spans)
    }


def _coordinated(lowered: Sequence[str], start: int, end: int) -> bool:
    return any(lowered[t] in _COORDINATORS or lowered[t] in CLAUSE_PUNCT for t in range(start, end))


def _compared(lowered: Sequence[str], matches: Sequence[RawMatch]) -> set[int]:
    """Digital matches that are the object of a comparison or contrast ("förväxlas med digitalisering", "til
    forskjell fra digitalisering"): they do not frame the mention (see docs/analysis.md, digital_only)."""
    if not any(m.entry.category == "digital" for m in matches):
        return set()  # the common case, checked first: this runs on every sentence
    if _COMPARISON_FIRST.isdisjoint(lowered) and not any(w.startswith(COMPARISON_VERBS) for w in lowered):
        return set()
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


def _low_quantity_starts(lowered: Sequence[str]) -> list[int]:
    """Token positions of quantifiers that say "few": "bara 30 procent", "bare en av fem", "berre halvparten",
    "ett fåtal", "eit mindretal", "det er få insentiv", "Få medarbetare …" (not the verb: "ska få pröva")."""
    if ONLY.isdisjoint(lowered) and "få" not in lowered and not any(w.startswith(FEW_NOUNS) for w in lowered):
        return []  # the common case, checked first: this runs on every sentence
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
        elif word == "få" and following.isalpha() and (
            i == 0 or lowered[i - 1] in FEW_BEFORE or (i > 1 and lowered[i - 1] in ("att", "at") and lowered[i - 2] in FINDING_VERBS)
        ):
            starts.append(i)
    return starts


def _low_quantities(lowered, matches, clauses, negated: set[int]) -> None:
    """A low quantity negates the enabling and dimension cues after it in its clause: "bara 30 procent av
    medarbetarna upplever att det är tillåtet att misslyckas" is a lack of courage to fail, stated as fact. A
    permission is such a finding too ("Bare 31 prosent … opplever at de har mulighet til å prøve ut nye ideer"),
    but a mandate ("ska/skal", requires innovation) is what the organisation asks, not a finding. A cue that starts
    at the quantifier itself read "få" as the verb ("Få medarbetare har mandat att …" is not "få mandat att"): it is
    negated too."""
    def finding(m: RawMatch) -> bool:
        if m.entry.base_polarity <= 0:
            return False
        if m.entry.category == "modality":
            return m.entry.requires != "innovation"
        return m.entry.category in ("enabling", "dimension")

    if not any(finding(m) for m in matches):
        return  # nothing a low quantity could negate: the quantifiers need not be looked for
    for q in _low_quantity_starts(lowered):
        for k, m in enumerate(matches):
            if finding(m) and k not in negated:
                if q <= m.token_start and m.token_start - q <= QUANTITY_SCOPE and all(
                    clauses[t] == clauses[q] for t in range(q, m.token_start + 1)
                ):
                    negated.add(k)


def _reach_back_to_subject(lowered, matches, clauses, negations, relative, negated: set[int], negators: dict[int, int]) -> None:
    """V2 word order puts the clause adverb after the finite verb, so with a decision or allocation verb
    ("Någon finansiering har inte beslutats", "Midler til innovasjon er ikke bevilget") the negation denies the
    subject, which stands before it: its enabling cues are negated (a lack of resources stated as fact)."""
    for n, cue in negations:
        if cue.entry.direction != "v2" or n in relative:
            continue
        clause = clauses[cue.token_start]
        after = range(cue.token_end, min(len(lowered), cue.token_end + DECISION_REACH))
        if not any(
            clauses[t] == clause
            and (_decision_word(lowered[t]) or (lowered[t] in DECISION_PARTICLE_VERBS and t + 1 < len(lowered) and lowered[t + 1] == "av"))
            for t in after
        ) and not _finite_decision_verb(lowered, clauses, cue):
            continue
        _deny_subject(lowered, matches, clauses, cue.token_start, n, negated, negators)


def _deny_subject(lowered, matches, clauses, anchor: int, negator: int | None, negated: set[int], negators: dict[int, int]) -> None:
    """Negate the enabling and dimension cues of the subject before a predicate that starts at `anchor`: up to
    SUBJECT_REACH words before it, in its clause — the subject of this clause, not of a clause it is embedded in
    ("Strategin säger att medel inte …") or coordinated with it."""
    clause = clauses[anchor]
    for k, m in enumerate(matches):
        if m.entry.category not in ("enabling", "dimension") or m.token_end > anchor or k in negated:
            continue
        between = lowered[m.token_end : anchor]
        if len(between) > SUBJECT_REACH or set(between) & SUBORDINATORS or _coordinated(lowered, m.token_end, anchor):
            continue
        if all(clauses[t] == clause for t in range(m.token_start, anchor)):
            negated.add(k)
            if negator is not None:
                negators[k] = negator


# A subject that is not permitted: "Testning av nya arbetssätt tillsammans med elever är inte tillåten", "Utprøving
# … sammen med brukerne er ikke tillatt", "… er ikkje tillate", or is forbidden: "… är förbjuden", "er forbudt",
# "er forbode". What the subject names is what is forbidden, so its enabling cues are no condition given. Grammar
# of a closed class: participles of permission and prohibition after a copula, and passives of permission.
PERMITTED = frozenset("tillåten tillåtet tillåtna tillatt tillatte tillate tillaten tillatne tillete".split())
PERMITTED_PASSIVE = frozenset("tillåts tillates tillatast tillatest".split())  # "… tillåts inte", "tillates ikke"
FORBIDDEN = frozenset(
    "förbjuden förbjudet förbjudna forbudt forbudte forbode forboden forbodne forbydd forbydde".split()
)


def _forbidden_subject(lowered, matches, clauses, negations, relative, negated: set[int], negators: dict[int, int]) -> None:
    """The subject of a denied permission or of a prohibition is what is forbidden: its enabling and dimension
    cues (up to SUBJECT_REACH words before the predicate, in the same clause, not behind att/at/som/och/og) are
    negated, as with a decision verb ("Någon finansiering … har inte beslutats"). The predicate is a copula and
    a clause adverb before a participle of permission ("är inte tillåten", "er ikke lenger tillatt"; in a
    subordinate clause "inte är tillåten"), a passive of permission before the adverb ("tillates ikke"), or a
    copula right before a participle of prohibition with no negation between ("er forbudt"; "er ikke forbudt"
    permits)."""
    anchors: list[tuple[int, int | None]] = []  # (where the predicate starts, the clause adverb denying it)
    for n, cue in negations:
        if n in relative:
            continue  # "verktøy som ikke er tillatt" describes the tools
        clause = clauses[cue.token_start]
        before = [t for t in (cue.token_start - 1, cue.token_start - 2) if t >= 0 and clauses[t] == clause]
        after = [t for t in range(cue.token_end, min(len(lowered), cue.token_end + DECISION_REACH)) if clauses[t] == clause]
        permitted = any(lowered[t] in PERMITTED for t in after)
        copula = next((t for t in before if lowered[t] in COPULAS), None)
        if permitted and copula is not None:
            anchors.append((copula, n))  # "är (dock) inte tillåten"
        elif permitted and after and lowered[after[0]] in COPULAS:
            anchors.append((cue.token_start, n))  # "att testning med elever inte är tillåten"
        elif before and lowered[before[0]] in PERMITTED_PASSIVE:
            anchors.append((before[0], n))  # "tillates ikke"
    negation_words = {t for n, cue in negations for t in range(cue.token_start, cue.token_end)}
    for t, word in enumerate(lowered):
        if word not in FORBIDDEN:
            continue
        copula = next((c for c in (t - 1, t - 2) if c >= 0 and clauses[c] == clauses[t] and lowered[c] in COPULAS), None)
        if copula is None or any(c in negation_words for c in range(copula, t)):
            continue
        if copula > 0 and lowered[copula - 1] in RELATIVE_PRONOUNS:
            continue  # "appar som är förbjudna" describes the apps
        anchors.append((copula, None))
    for anchor, n in anchors:
        _deny_subject(lowered, matches, clauses, anchor, n, negated, negators)


# An approval whose subject is a steering document is its adoption, not a gate on new solutions: "Innovationsstrategin
# har godkänts av kommunfullmäktige", "Handlingsplanen är godkänd av nämnden", "Strategien er godkjent av
# kommunestyret", "Planen skal godkjennast av kommunestyret". Grammar and a closed class of document nouns
# (compounds and inflected forms: "handlingsplanen", "innovasjonsstrategien", "IT-policyn").
APPROVAL_STEMS = ("godkän", "godkjen", "godkjend", "vedta", "vedte", "fastställ", "fastsett", "fastsatt", "antag", "antogs")
STEERING_DOCUMENT = re.compile(
    r"\w*(?:strategi|plan|program|policy|riktlinje|retningslinje|reglemente?|styrdokument|styringsdokument)"
    r"(?:en|et|n|na|a|er|ene|erna|arna|ar|ane|rna|ne|met|men|ma)?"
)
# A noun right after one of these is a complement ("avvikelser från riktlinjen", "endringer i planen"), not the subject.
_PREPOSITIONS = frozenset("från fra frå i av för for enligt etter ifølge jf till til med om på under utan uten över over".split())
NEW_WORDS = frozenset("ny nya nytt nye nyt".split())  # "Nya program ska godkännas av …" is a gate


def _adoption_notices(lowered: Sequence[str], matches: Sequence[RawMatch], clauses: Sequence[int]) -> set[int]:
    """Restriction cues of approval whose subject (up to SUBJECT_REACH words before the cue, in its clause, not
    behind a subordinator) is a steering document with nothing new named before the verb: the document's adoption.
    They do not count (see ContextResult.cancelled)."""
    approvals = [
        k for k, m in enumerate(matches)
        if m.entry.base_polarity < 0 and m.entry.category in ("modality", "hindering")
        and any(stem in w for w in lowered[m.token_start : m.token_end] for stem in APPROVAL_STEMS)
    ]
    if not approvals:
        return set()  # the common case, checked first: this runs on every sentence
    news = {t for m in matches if m.entry.category == "new_solution" for t in range(m.token_start, m.token_end)}
    adopted = set()
    for k in approvals:
        start = matches[k].token_start
        for t in range(start - 1, max(-1, start - 1 - SUBJECT_REACH), -1):
            word = lowered[t]
            if clauses[t] != clauses[start] or word in SUBORDINATORS or word in NEW_WORDS or t in news:
                break
            if STEERING_DOCUMENT.fullmatch(word) and (t == 0 or lowered[t - 1] not in _PREPOSITIONS):
                adopted.add(k)
                break
    return adopted


# A copula + clause adverb + an evaluative noun ("Nullfeilskultur er ikke et problem hos oss", "… är inte längre
# något hinder") denies that its subject hinders. Grammar of a closed class: copulas and nouns of obstacle.
COPULAS = frozenset("er var är vara blir blev vert vart blei".split())
OBSTACLE_NOUNS = (
    "problem", "hinder", "hindring", "utfordring", "utmaning", "barriär", "barriere",
    "bremsekloss", "hämsko", "hemsko", "flaskehals", "flaskhals",
)
OBSTACLE_REACH = 4  # "er ikke (lenger) (et) (stort) problem"


def _denied_obstacle(lowered: Sequence[str], clauses: Sequence[int], cue: RawMatch) -> int | None:
    """The copula's position when a clause adverb after it denies an obstacle ("er ikke et problem", "är inte
    längre något hinder", "er ikkje noko problem"); the subject before the copula then hinders nothing."""
    clause = clauses[cue.token_start]
    copula = next(
        (t for t in (cue.token_start - 1, cue.token_start - 2) if t >= 0 and clauses[t] == clause and lowered[t] in COPULAS),
        None,
    )
    if copula is None:
        return None
    after = range(cue.token_end, min(len(lowered), cue.token_end + OBSTACLE_REACH))
    if any(clauses[t] == clause and lowered[t].startswith(OBSTACLE_NOUNS) and "fri" not in lowered[t] for t in after):
        return copula
    return None


def _decision_word(word: str) -> bool:
    return word.startswith(DECISION_VERBS) and not word.startswith(DECISION_FALSE_FRIENDS)


def _finite_decision_verb(lowered: Sequence[str], clauses: Sequence[int], cue: RawMatch) -> bool:
    """V2 order: the finite verb before the clause adverb, at most one adverb between, is a passive of a
    decision, allocation or continuation verb ("videreføres ikke", "förlängs inte", "prioriteres dessverre ikke",
    "vidareførast ikkje") or an active verb of continuation ("fortsätter inte", "held ikkje fram")."""
    clause = clauses[cue.token_start]
    for t in (cue.token_start - 1, cue.token_start - 2):
        if t < 0 or clauses[t] != clause or not lowered[t].isalpha():
            return False
        word = lowered[t]
        if _decision_word(word) and word.endswith(PASSIVE_ENDINGS):
            return True
        if word in CONTINUING:
            return True
        if word in CONTINUING_PARTICLE and any(
            lowered[a] in ("fram", "frem") for a in range(cue.token_end, min(len(lowered), cue.token_end + 2))
        ):
            return True
    return False


def _negated_hinders(lowered, matches, clauses, negated: set[int], negators: dict[int, int], in_pseudo) -> tuple[set[int], set[int]]:
    """A hindering subject before a negated hinder is part of a denied statement, not a hinder of its own:
    "Rädsla för fel hindrar inte …" states no hinder. After a modal ("Frykt for å gjøre feil skal ikke hindre
    nytenkning", "Rädsla för fel får inte stoppa nya idéer", "må ikkje bremse") the sentence forbids the hinder,
    which enables: the hindering predicate counts as enabling and the modality cue that forbids it does not
    count as a restriction."""
    prohibited: set[int] = set()
    cancelled: set[int] = set()
    predicates: list[tuple[int, RawMatch]] = []  # (where the denied predicate starts, the clause adverb denying it)
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
                    predicates.append((matches[h].token_start, cue))
                for k, m in enumerate(matches):  # the "får inte" / "må ikkje" that forbids it
                    if m.entry.category == "modality" and m.entry.base_polarity < 0 and m.token_start <= cue.token_start < m.token_end:
                        cancelled.add(k)
                continue
        predicates += [(matches[k].token_start, cue) for k, n2 in negators.items() if n2 == n and matches[k].entry.category == "hindering"]
        copula = _denied_obstacle(lowered, clauses, cue)
        if copula is not None:
            predicates.append((copula, cue))  # "Nullfeilskultur er ikke et problem hos oss"
    for position, cue in predicates:
        # Walk back from the predicate over the subject: the nearest hindering cue within a few words (no "och"
        # between: "Vi har en nollfelskultur och inte detaljstyrning" keeps its hinder), then any joined to it
        # by a coordinator ("Frykt for feil og detaljstyring skal ikke hindre …").
        head = limit = min(position, cue.token_start)
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
            elif joined or len(between) > SUBJECT_GAP or _coordinated(lowered, m.token_end, head):
                break
            cancelled.add(k)
            head = m.token_start
            joined = True
    return prohibited, cancelled - prohibited
