"""Matching, context and classification on a small lexicon written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mini_lexicon import MINI_SV

from policyscan import ScanOptions, analyse_text
from policyscan.analyse.lexicon import load_lexicons
from policyscan.analyse.matcher import CompiledLexicon, TokenView
from policyscan.analyse.nlp import pipeline


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lex")
    (folder / "mini.yaml").write_text(MINI_SV, encoding="utf-8")
    return str(folder)


@pytest.fixture(scope="module")
def compiled(mini):
    lexicons = load_lexicons([mini], include_default=False)
    assert not lexicons.problems
    return CompiledLexicon.build("sv", lexicons.for_language("sv"))


def ids(compiled, text):
    doc = pipeline("sv")(text)
    tokens = [TokenView(t.text, t.idx) for t in doc if not t.is_space]
    return sorted({m.entry.id.split(".", 2)[2] for m in compiled.match(tokens, text)})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Innovationsarbetet pågår.", ["innovation"]),  # modifier with linking s
        ("Vi satsar på tjänsteinnovationer.", ["innovation"]),  # head with inflection
        ("Innovations- och förändringsarbetet leds av chefen.", ["innovation"]),  # suspended compound
        ("En innovativ skola.", ["innovation"]),
        ("Renoveringen av skolan är klar.", []),  # false friend
        ("Vi driver en testbädd.", ["test"]),
        ("Användartester görs varje vår.", ["test"]),  # suffix with inflection
        ("Testamentet lästes upp.", []),  # exception
        ("En protest mot beslutet.", []),
        ("Lämna förslag till idéslussen.", ["idesluss"]),
        ("Lämna förslag till idé-slussen.", ["idesluss"]),  # hyphen variant
        ("Lämna förslag till idé slussen.", ["idesluss"]),  # space variant
        ("Vi utvecklar e-tjänster och etjänster.", ["digitalisering"]),
        ("IT-avdelningen ansvarar.", ["digitalisering"]),  # short word inside a hyphenated compound
        ("Vi ska pröva nya arbetssätt.", ["arbetssatt", "mandat"]),
        ("Vi har nya arbetssätt.", []),
    ],
)
def test_matching(compiled, text, expected):
    assert ids(compiled, text) == expected


def label(mini, text):
    result = analyse_text(text, "sv", ScanOptions(lexicons=(mini,), default_lexicons=False))
    return result


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Kommunen ska främja innovation.", "enables"),
        ("Kommunen ska inte främja innovation.", "hinders"),  # negated enabler
        ("Vi främjar inte innovation i år.", "hinders"),  # V2: negation after the verb
        ("Vi främjar utan tvekan innovation.", "enables"),  # "utan" is no clause adverb: no look-back
        ("Innovation nämns i planen.", "neutral"),
        ("Det finns en nollfelskultur.", "hinders"),  # standalone hinder
        ("Vi har ingen nollfelskultur.", "absent"),  # negated hinder is not a hinder; no innovation word
        ("Vi har ingen nollfelskultur när vi arbetar med innovation.", "neutral"),
        ("Forskning visar att nollfelskultur hämmar innovation.", "neutral"),  # generic statement
        ("Hur kan vi främja innovation?", "neutral"),  # a question
        ("Ny programvara får endast installeras av IT-enheten.", "hinders"),  # approval gate, no innovation word
        ("Det är inte tillåtet att installera appar.", "hinders"),  # negated permission
        ("Det är tillåtet att pröva nya arbetssätt.", "enables"),
        ("Vi vill främja innovation, men nollfelskulturen finns kvar.", "mixed"),
        ("Renoveringen av skolan är klar.", "absent"),
        # A negation does not flip a cue that carries its own negation.
        ("Appar som inte har godkänts får inte installeras.", "hinders"),
        # The verb-second rule covers only the word right before the negation.
        ("Appar får inte installeras utan beslut.", "hinders"),
        # A weak cue alone does not decide a sentence.
        ("Bidraget till innovation betalas ut i maj.", "neutral"),
        ("Bidraget ska främja innovation.", "enables"),
        # A mandate ("ska" + innovation) decides only when nothing else counts.
        ("Förvaltningen ska arbeta innovativt.", "enables"),
        ("Ny programvara ska installeras av IT-enheten.", "absent"),
        ("Innovativa appar ska godkännas av nämnden.", "hinders"),
        ("Vi ska satsa mer, men innovation behövs.", "enables"),  # the mandate reaches the next clause
        ("Ingen ska straffas när innovation misslyckas.", "neutral"),
        # A comma inside a list does not end the negation's scope.
        ("Det finns varken tid, medel eller mandat för innovation.", "hinders"),
        # A comma right before a coordinator joins clauses: the negation stays in its own clause.
        ("Vi har inga medel, och ändå främjar vi innovation.", "mixed"),
        # A negation in a relative clause stays there and grants no permission.
        ("Appar som inte har köpts in av kommunen får endast användas efter beslut.", "hinders"),
        ("Innovativa appar som inte är tillåtna får inte installeras.", "hinders"),
        # A negation used up by a restriction does not negate the next cue ("får inte … ska godkännas av").
        ("Appar får inte installeras innan de ska godkännas av nämnden.", "hinders"),
        # A cue inside a longer cue is part of it: "medel" in "utan extra medel" does not enable.
        ("Utan extra medel kan vi inte fortsätta innovationsarbetet.", "hinders"),
        # Dimension words inside a restriction are its subject, not an enabling condition.
        ("Kompetensutveckling om innovation ska godkännas av nämnden.", "hinders"),
    ],
)
def test_unit_and_document_stance(mini, text, stance):
    assert label(mini, text).stance == stance


def test_pseudo_negation_cancels_negation(mini):
    assert label(mini, "Vi ska inte bara främja innovation.").stance == "enables"


def test_paragraph_and_heading_context(mini):
    text = "Innovation\n\nVarje förvaltning ska avsätta tid för detta."
    result = label(mini, text)
    assert result.stance == "enables"
    unit = [u for u in result.units if u.label == "enables"][0]
    assert unit.section == "Innovation" and not unit.mentions_innovation


def test_enabling_cue_without_innovation_context_does_not_count(mini):
    assert label(mini, "Kommunen ska främja folkhälsan.").stance == "absent"


def test_a_general_statement_lends_no_context_to_its_paragraph(mini):
    assert label(mini, "Studier visar att innovation behövs. Kommunen ska främja folkhälsan.").stance == "neutral"
    assert label(mini, "Innovation behövs. Kommunen ska främja folkhälsan.").stance == "enables"


@pytest.mark.parametrize(
    "text, digital_only",
    [
        ("Vi främjar innovation genom digitalisering.", True),
        ("Vi främjar innovation i alla verksamheter.", False),
        ("Inte bara digitalisering utan också innovation i arbetssätten.", False),
        ("Digitalisering\n\nVi främjar innovation i alla verksamheter.", True),  # framed by the heading
        ("Vi främjar innovation, men digitaliseringen får vänta.", False),  # another clause does not frame it
        ("Vi främjar innovation. Digitaliseringen går vidare.", True),  # another sentence of the paragraph does
        ("Renoveringen är klar.", None),
    ],
)
def test_digital_only(mini, text, digital_only):
    assert label(mini, text).digital_only is digital_only


def test_mixed_needs_both_sides_clearly(mini):
    many = " ".join(["Kommunen ska främja innovation."] * 4) + " Det finns en nollfelskultur."
    result = label(mini, many)
    assert result.stance == "enables"
    assert "only 25%" in " ".join(result.verdict.reasons)


def test_dimension_needs_innovation_context(mini):
    result = label(mini, "Kompetensutveckling för innovation.")
    assert {d.name for d in result.dimensions if d.covered} == {"competence_development"}
    assert result.stance == "enables"  # a rubric condition about innovation is an enabling cue
    covered = {d.name for d in label(mini, "Kompetensutveckling i ekonomi.").dimensions if d.covered}
    assert covered == set()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_matching_never_fails_on_arbitrary_text(compiled, text):
    doc = pipeline("sv")(text)
    tokens = [TokenView(t.text, t.idx) for t in doc if not t.is_space]
    for match in compiled.match(tokens, text):
        assert 0 <= match.token_start < match.token_end <= len(tokens)


def test_all_stems_starting_at_the_same_place_match(tmp_path):
    lexicon = tmp_path / "l.yaml"
    lexicon.write_text(
        """lexicon: t
language: nb
category: innovation
entries:
  - id: nb.enabling.strategi
    category: enabling
    patterns: [{stem: innovasjonsstrategi}]
    explanation: x
    examples: {match: [innovasjonsstrategien], no_match: [strategi]}
  - id: nb.innovation.innovasjon
    patterns: [{stem: innovasjon}]
    explanation: x
    examples: {match: [innovasjonen], no_match: [renovasjon]}
""",
        encoding="utf-8",
    )
    result = analyse_text("Innovasjonsstrategien gjelder alle.", "nb", ScanOptions(lexicons=(str(lexicon),), default_lexicons=False))
    entries = {m.entry_id for u in result.units for m in u.matches}
    assert entries == {"nb.enabling.strategi", "nb.innovation.innovasjon"}


def test_negation_inside_a_phrase_gap_negates_the_phrase(tmp_path):
    lexicon = tmp_path / "l.yaml"
    lexicon.write_text(
        """lexicon: t
language: nn
category: innovation
entries:
  - id: nn.enabling.mandat
    category: enabling
    patterns: [{phrase: "har ... mandat"}]
    explanation: x
    examples: {match: [har mandat], no_match: [mandat]}
  - id: nn.innovation.innovasjon
    patterns: [{stem: innovasjon}]
    explanation: x
    examples: {match: [innovasjonen], no_match: [renovasjon]}
  - id: nn.negation.ikkje
    category: negation
    patterns: [{word: ikkje}]
    explanation: x
    examples: {match: [ikkje], no_match: [ikkjeleg]}
""",
        encoding="utf-8",
    )
    options = ScanOptions(lexicons=(str(lexicon),), default_lexicons=False)
    assert analyse_text("Einingane har mandat til innovasjon.", "nn", options).stance == "enables"
    assert analyse_text("Einingane har ikkje mandat til innovasjon.", "nn", options).stance == "hinders"


def test_a_side_with_three_units_of_its_own_makes_a_document_mixed(mini):
    enabling = " ".join(["Kommunen ska främja innovation."] * 10)
    two = label(mini, enabling + " Det finns en nollfelskultur. Nollfelskulturen består.")
    three = label(mini, enabling + " Det finns en nollfelskultur. Nollfelskulturen består. Nollfelskulturen växer.")
    assert two.stance == "enables" and three.stance == "mixed"
    assert "3 units of its own" in " ".join(three.verdict.reasons)


def test_a_final_e_drops_before_a_vowel_ending():
    from policyscan.analyse.lexicon.model import Entry, Pattern

    entry = Entry(id="nn.innovation.x", language="nn", category="innovation", patterns=(Pattern("stem", "idésluse"), Pattern("word", "avtale")), explanation="x", lexicon="t", source="t")
    compiled = CompiledLexicon.build("nn", [entry])
    assert all(compiled.token_hits(w) for w in ["idéslusa", "idéslusene", "avtalar", "avtalen"])
    assert not any(compiled.token_hits(w) for w in ["idéslus", "idéslustig", "avtal"])


def test_a_phrase_gap_does_not_cross_a_dash(tmp_path):
    lexicon = tmp_path / "l.yaml"
    lexicon.write_text(
        """lexicon: t
language: sv
category: modality
entries:
  - id: sv.modality.far_inte
    polarity: restricts
    patterns: [{phrase: "får ... inte"}]
    explanation: x
    examples: {match: [får man inte], no_match: [får stöd – inte kritik]}
""",
        encoding="utf-8",
    )
    from policyscan.analyse.lexicon.validate import example_hits
    from policyscan.analyse.lexicon import load_lexicons

    entry = load_lexicons([str(lexicon)], include_default=False).entries[0]
    assert example_hits(entry, "Här får man inte installera appar.")
    assert not example_hits(entry, "Den som prövar något nytt får stöd – inte kritik.")


def test_multi_word_exceptions_remove_false_friends_in_context():
    from policyscan.analyse.lexicon.model import Entry, Pattern

    entry = Entry(
        id="sv.innovation.fornyelse", language="sv", category="innovation", patterns=(Pattern("stem", "förnyelse"),),
        explanation="x", lexicon="t", source="t", exceptions=("förnyelse~ av avtal*|tillstånd*|licens*", "förnyelsebar*"),
    )
    compiled = CompiledLexicon.build("sv", [entry])
    assert not compiled.errors

    def hits(text):
        doc = pipeline("sv")(text)
        return [m.entry.id for m in compiled.match([TokenView(t.text, t.idx) for t in doc], text)]

    assert hits("Förnyelsen av välfärden kräver mod.") == ["sv.innovation.fornyelse"]
    assert hits("Förnyelsen av avtalet sker i maj.") == []
    assert hits("Vi köper förnyelsebar energi.") == []
