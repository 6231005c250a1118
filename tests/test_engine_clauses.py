"""Round 12: lifting a whole "without approval" phrase, a forbidden subject, allocation verbs of supply
("tillförs inte"), and concessive clauses ("även om", "selv om", "sjølv om")."""

from __future__ import annotations

import pytest
from test_engine import _rules_folder, run

# --- "without approval" inside a grant of permission: every restriction inside the lifted phrase goes with it --

LIFTED = {
    "sv": {
        "enabling.mandat": '{phrase: "ges mandat att"}',
        "innovation.arbetssatt": '{phrase: "nya arbetssätt"}',
        # the same entry matches the whole phrase and a shorter part of it
        "modality.inhamta:polarity=restricts": '{phrase: "utan att ... inhämta godkännande"}, {phrase: "inhämta godkännande"}',
        "modality.godkannas_av:polarity=restricts": '{phrase: "ska godkännas av"}',
        "negation.ingen": "{word: inga}",
        "negation.inte:direction=v2": "{word: inte}",
        "terminator.men": "{word: men}",
    },
    "nb": {
        "enabling.mandat": '{phrase: "gis mandat til"}',
        "innovation.arbeidsmater": '{phrase: "nye arbeidsmåter"}',
        "modality.innhente:polarity=restricts": '{phrase: "uten å ... innhente godkjenning"}, {phrase: "innhente godkjenning"}',
        "modality.godkjennes_av:polarity=restricts": '{phrase: "må godkjennes av"}',
        "negation.ingen": "{word: ingen}",
        "negation.ikke:direction=v2": "{word: ikke}",
        "terminator.men": "{word: men}",
    },
    "nn": {
        "enabling.mandat": '{phrase: "får mandat til"}',
        "innovation.arbeidsmatar": '{phrase: "nye arbeidsmåtar"}',
        "modality.innhente:polarity=restricts": '{phrase: "utan å ... innhente godkjenning"}, {phrase: "innhente godkjenning"}',
        "modality.godkjennast_av:polarity=restricts": '{phrase: "må godkjennast av"}',
        "negation.ingen": "{word: ingen}, {word: inga}",
        "negation.ikkje:direction=v2": "{word: ikkje}",
        "terminator.men": "{word: men}",
    },
}


@pytest.fixture(scope="module")
def lifted_lex(tmp_path_factory):
    return _rules_folder(tmp_path_factory, "lifted", LIFTED)


@pytest.mark.parametrize(
    "lang, text, stance",
    [
        # the shorter match inside the lifted phrase is lifted with it: no gate is imposed
        ("sv", "Rektorerna ges mandat att pröva nya arbetssätt utan att först inhämta godkännande.", "enables"),
        ("nb", "Skolelederne gis mandat til å prøve nye arbeidsmåter uten å først innhente godkjenning.", "enables"),
        ("nn", "Einingsleiarane får mandat til å prøve nye arbeidsmåtar utan å fyrst innhente godkjenning.", "enables"),
        # near misses: with no grant before it the phrase stays a gate; a restriction outside the phrase still counts
        ("sv", "Nya arbetssätt införs aldrig utan att först inhämta godkännande.", "hinders"),
        ("nb", "Skolelederne gis mandat til å prøve nye arbeidsmåter uten å innhente godkjenning, men budsjettet må godkjennes av rådmannen.", "mixed"),
        ("nn", "Einingsleiarane får mandat til å prøve nye arbeidsmåtar utan å innhente godkjenning, men alt må godkjennast av kommunedirektøren.", "mixed"),
    ],
)
def test_a_lifted_restriction_lifts_the_restrictions_inside_it(lifted_lex, lang, text, stance):
    assert run(lifted_lex, lang, text).stance == stance


def test_the_shorter_restriction_is_not_counted(lifted_lex):
    unit = run(lifted_lex, "sv", "Rektorerna ges mandat att pröva nya arbetssätt utan att först inhämta godkännande.").units[0]
    restrictions = [m for m in unit.matches if m.category == "modality" and m.entry_id.endswith("inhamta")]
    assert len(restrictions) == 2 and all(m.polarity == 0 for m in restrictions)
    assert unit.hindering == 0 and unit.enabling == 1


# --- Supply is an allocation verb: "Medel tillförs inte", "tilføres ikke", "vert ikkje tilført" ------------------

SUPPLY = {
    "sv": {
        "enabling.medel": "{word: medel}, {word: medlen}",
        "innovation.innovation": "{stem: innovation}",
        "negation.inte:direction=v2": "{word: inte}",
    },
    "nb": {
        "enabling.midler": "{word: midler}, {word: midlene}",
        "innovation.innovasjon": "{stem: innovasjon}",
        "negation.ikke:direction=v2": "{word: ikke}",
    },
    "nn": {
        "enabling.midlar": "{word: midlar}, {word: midlane}",
        "innovation.innovasjon": "{stem: innovasjon}",
        "negation.ikkje:direction=v2": "{word: ikkje}",
    },
}


@pytest.fixture(scope="module")
def supply_lex(tmp_path_factory):
    return _rules_folder(tmp_path_factory, "supply", SUPPLY)


@pytest.mark.parametrize(
    "lang, text, stance",
    [
        # funds not supplied: the subject is denied, a lack stated as fact
        ("sv", "Medel för innovationsarbetet tillförs inte under 2025.", "hinders"),
        ("sv", "Extra medel till innovation har inte tillförts förvaltningen.", "hinders"),
        ("nb", "Midler til innovasjonsprosjektene tilføres ikke neste år.", "hinders"),
        ("nb", "Friske midler til innovasjon er ennå ikke tilført.", "hinders"),
        ("nn", "Midlar til innovasjonsarbeidet vert ikkje tilført i år.", "hinders"),
        ("nn", "Midlar til innovasjon tilførast ikkje.", "hinders"),
        # near misses: supplied; "tillförlitligt" (reliably) is no allocation verb
        ("sv", "Medel för innovationsarbetet tillförs under 2025.", "enables"),
        ("nb", "Midler til innovasjonsprosjektene tilføres neste år.", "enables"),
        ("sv", "Medlen för innovation redovisas inte tillförlitligt.", "enables"),
    ],
)
def test_funds_not_supplied_are_a_lack(supply_lex, lang, text, stance):
    assert run(supply_lex, lang, text).stance == stance


# --- A subject that is not permitted or is forbidden is what is forbidden, not an enabling condition -------------

FORBIDDEN = {
    "sv": {
        "enabling.tillsammans": '{phrase: "tillsammans med vårdtagarna"}, {phrase: "medskapande med invånarna"}',
        "innovation.innovation": "{stem: innovation}, {stem: pilot}",
        "modality.tillaten:polarity=permits": "{word: tillåten}, {word: tillåtna}, {word: tillåtet}",
        "negation.inte:direction=v2": "{word: inte}",
        "terminator.men": "{word: men}",
    },
    "nb": {
        "enabling.samarbeid": '{phrase: "samarbeid med næringslivet"}',
        "innovation.innovasjon": "{stem: innovasjon}, {word: apper}",
        "modality.tillatt:polarity=permits": "{word: tillatt}",
        "negation.ikke:direction=v2": "{word: ikke}",
        "terminator.men": "{word: men}",
    },
    "nn": {
        "enabling.saman": '{phrase: "saman med innbyggjarane"}',
        "innovation.innovasjon": "{stem: innovasjon}, {stem: utprøving}",
        "modality.tillate:polarity=permits": "{word: tillate}",
        "negation.ikkje:direction=v2": "{word: ikkje}",
        "terminator.men": "{word: men}",
    },
}


@pytest.fixture(scope="module")
def forbidden_lex(tmp_path_factory):
    return _rules_folder(tmp_path_factory, "forbidden", FORBIDDEN)


@pytest.mark.parametrize(
    "lang, text, stance",
    [
        # copula + clause adverb + participle of permission: the subject is what is not permitted
        ("sv", "Pilotförsök tillsammans med vårdtagarna är inte tillåtna under 2025.", "hinders"),
        ("nb", "Samarbeid med næringslivet i innovasjonsarbeidet er ikke lenger tillatt.", "hinders"),
        ("nn", "Utprøving av nye tenester saman med innbyggjarane er ikkje tillate.", "hinders"),
        ("nn", "Kommunedirektøren har avgjort at utprøving saman med innbyggjarane i år ikkje er tillate.", "hinders"),
        ("nb", "Samarbeid med næringslivet i innovasjonsprosjekter tillates ikke.", "hinders"),
        # copula + participle of prohibition
        ("sv", "Medskapande med invånarna i innovationsprojekten är förbjudet under valåret.", "hinders"),
        ("nb", "Samarbeid med næringslivet i innovasjonsarbeidet er forbudt i anbudsperioden.", "hinders"),
        ("nn", "Utprøving av nye tenester saman med innbyggjarane er forbode i valåret.", "hinders"),
        # near misses: permitted; a denied prohibition permits; a coordinated clause keeps its own subject
        ("sv", "Pilotförsök tillsammans med vårdtagarna är tillåtna under 2025.", "enables"),
        ("nb", "Samarbeid med næringslivet i innovasjonsarbeidet er ikke forbudt.", "enables"),
        ("nb", "Samarbeid med næringslivet er viktig, og private apper er ikke tillatt i innovasjonsarbeidet.", "mixed"),
        ("nn", "Utprøving saman med innbyggjarane skjer i verktøy som ikkje er tillate.", "enables"),
    ],
)
def test_the_subject_of_a_denied_permission_is_forbidden(forbidden_lex, lang, text, stance):
    result = run(forbidden_lex, lang, text)
    assert result.stance == stance
    if stance == "hinders":
        assert not any(m.polarity > 0 for u in result.units for m in u.matches)


# --- A concessive clause concedes: its cues do not count against the main clause --------------------------------

CONCESSIVE = {
    "sv": {
        "enabling.avsatta": '{phrase: "avsätta tid"}, {word: prioriterar}, {word: uppmuntras}',
        "enabling.medel": "{word: medel}",
        "hindering.knapp": '{phrase: "tiden är knapp"}, {phrase: "resurserna är begränsade"}',
        "innovation.innovation": '{stem: innovation}, {phrase: "nya idéer"}',
        "modality.mandat:polarity=permits,requires=innovation": '{phrase: "ska|bör"}',
        "negation.ingen": "{word: inga}, {word: ingen}",
        "negation.inte:direction=v2": "{word: inte}",
        "terminator.trots": '{phrase: "även om"}, {phrase: "trots att"}, {word: men}',
    },
    "nb": {
        "enabling.sette_av": '{phrase: "sette av tid"}, {phrase: "rom for"}',
        "enabling.oppmuntre": '{phrase: "oppmuntrer til"}',
        "hindering.stramt": '{phrase: "budsjettet er stramt"}',
        "innovation.innovasjon": "{stem: innovasjon}, {word: nytenkning}",
        "modality.mandat:polarity=permits,requires=innovation": '{phrase: "skal|bør"}',
        "negation.ikke:direction=v2": "{word: ikke}",
        "terminator.men": "{word: men}",
    },
    "nn": {
        "enabling.setje_av": '{phrase: "setje av tid"}, {phrase: "oppmodar til"}',
        "hindering.stram": '{phrase: "økonomien er stram"}, {phrase: "tida er knapp"}',
        "innovation.innovasjon": '{stem: innovasjon}, {word: nytenking}, {phrase: "nye løysingar"}, {word: innovativ}',
        "modality.hoeve:polarity=permits": '{phrase: "høve til"}',
        "modality.mandat:polarity=permits,requires=innovation": '{phrase: "skal|bør"}',
        "negation.ikkje:direction=v2": "{word: ikkje}",
        "terminator.sjoelv_om": '{phrase: "sjølv om"}, {word: men}',
    },
}


@pytest.fixture(scope="module")
def concessive_lex(tmp_path_factory):
    return _rules_folder(tmp_path_factory, "concessive", CONCESSIVE)


@pytest.mark.parametrize(
    "lang, text, stance",
    [
        # a fronted concessive clause (with or without a comma) concedes a hinder; the main clause enables
        ("sv", "Även om tiden är knapp ska varje förvaltning avsätta tid för nya idéer.", "enables"),
        ("nb", "Selv om budsjettet er stramt, skal enhetene sette av tid til innovasjon.", "enables"),
        ("nn", "Trass i at økonomien er stram, skal kvar eining setje av tid til innovasjon.", "enables"),
        # a trailing concessive clause concedes an enabling cue; the main clause hinders
        ("sv", "Enheterna har inga medel för innovation, fastän de uppmuntras att pröva nya idéer.", "hinders"),
        ("nb", "Det er ikke rom for innovasjon i driften, til tross for at lederne oppmuntrer til nytenkning.", "hinders"),
        ("nn", "Einingane har ikkje høve til å prøve nye løysingar, sjølv om leiinga oppmodar til nytenking.", "hinders"),
        ("nn", "Einingane har ikkje høve til å prøve nye løysingar, sjølv om kommunen skal vere innovativ.", "hinders"),  # a mandate
        ("sv", "Förvaltningen ska avsätta tid för nya idéer, trots att resurserna är begränsade.", "enables"),
        # near misses: no counted cue in the main clause; "selv om" mid-sentence is "themselves whether"; a fronted
        # clause whose end is not found is left alone
        ("nn", "Kommunen har ein plan for innovasjon, sjølv om tida er knapp.", "hinders"),
        ("nb", "Enhetene skal sette av tid til innovasjon og vurdere selv om budsjettet er stramt.", "mixed"),
        ("sv", "Även om resurserna är begränsade prioriterar vi nya idéer.", "mixed"),
    ],
)
def test_a_concessive_clause_concedes(concessive_lex, lang, text, stance):
    assert run(concessive_lex, lang, text).stance == stance


def test_a_conceded_cue_is_shown_but_not_counted(concessive_lex):
    unit = run(concessive_lex, "nb", "Selv om budsjettet er stramt, skal enhetene sette av tid til innovasjon.").units[0]
    stramt = next(m for m in unit.matches if m.entry_id.endswith("stramt"))
    assert stramt.polarity == 0 and stramt.not_counted == "other" and unit.hindering == 0
    assert any("concessive" in r for r in unit.reasons)


@pytest.mark.parametrize(
    "words, clauses",
    [
        # fronted: to the comma, or (no comma) to the modal that starts the main clause
        ("selv om vi må spare , skal vi prøve", ["selv om vi må spare"]),
        ("även om resurserna är begränsade ska varje enhet pröva", ["även om resurserna är begränsade"]),
        # trailing: to the next clause punctuation or the end
        ("vi prøver , sjølv om tida er knapp , og vi lærer", ["sjølv om tida er knapp"]),
        ("vi prøver trass i at tida er knapp", ["trass i at tida er knapp"]),
        ("vi prøver nytt , enda det koster", ["enda det koster"]),
        # not concessive: "selv om" mid-sentence, "enda" as "even", "fast" not after a comma, no end found
        ("enhetene avgjør selv om de vil delta", []),
        ("vi prøver nytt , enda bedre enn før", []),
        ("fast anställda ska pröva", []),
        ("även om resurserna är begränsade prioriterar vi nya idéer", []),
    ],
)
def test_concessive_clause_extent(words, clauses):
    from policyscan.analyse.context import concessive_clauses

    lowered = words.split()
    assert [" ".join(lowered[s:e]) for s, e in concessive_clauses(lowered, [])] == clauses


# --- The approval of a steering document is its adoption, not a gate on new solutions ---------------------------

ADOPTION = {
    "sv": {
        "innovation.innovation": "{stem: innovation}",
        "enabling.strategi": '{phrase: "*innovationsstrategi*"}',
        "new_solution.system": "{word: system}, {word: program}, {word: tjänster}",
        "modality.godkannas:polarity=restricts": '{phrase: "godkännas av"}, {phrase: "godkänts av"}, {phrase: "godkänd|godkända av"}',
    },
    "nb": {
        "innovation.innovasjon": "{stem: innovasjon}",
        "enabling.strategi": '{phrase: "*innovasjonsstrategi*"}',
        "new_solution.system": "{word: system}, {word: løsninger}",
        "modality.godkjennes:polarity=restricts": '{phrase: "skal|må godkjennes av"}, {phrase: "er godkjent av"}',
    },
    "nn": {
        "innovation.innovasjon": "{stem: innovasjon}",
        "enabling.strategi": '{phrase: "*innovasjonsstrategi*"}',
        "new_solution.system": "{word: system}, {word: løysingar}",
        "modality.godkjennast:polarity=restricts": '{phrase: "skal|må godkjennast av"}, {phrase: "er godkjend av"}',
    },
}


@pytest.fixture(scope="module")
def adoption_lex(tmp_path_factory):
    return _rules_folder(tmp_path_factory, "adoption", ADOPTION)


@pytest.mark.parametrize(
    "lang, text, stance",
    [
        # the subject is a steering document: its approval is its adoption
        ("sv", "Innovationsstrategin har godkänts av kommunfullmäktige och gäller 2024–2027.", "enables"),
        ("sv", "Handlingsplanen för innovation är godkänd av socialnämnden.", "neutral"),
        ("nb", "Innovasjonsstrategien er godkjent av kommunestyret og gjelder for perioden 2024–2027.", "enables"),
        ("nn", "Planen for innovasjon skal godkjennast av kommunestyret i juni.", "neutral"),
        # something new needs approval, or the document is only the complement of a preposition: a gate
        ("sv", "Enligt IT-policyn ska alla nya program godkännas av IT-chefen innan de används i innovationsarbetet.", "hinders"),
        ("sv", "Avvikelser från riktlinjen ska godkännas av förvaltningschefen, även i innovationsarbetet.", "hinders"),
        ("nb", "Nye løsninger må godkjennes av IT-sjefen, også i innovasjonsprosjekter.", "hinders"),
        ("nn", "Alle system skal godkjennast av IKT-styringsgruppa, også i innovasjonsprosjekt.", "hinders"),
        # a gate in a subordinate clause after the document is not the document's approval
        ("sv", "Strategin säger att program måste godkännas av IT-chefen innan innovationsprojekt startar.", "hinders"),
    ],
)
def test_the_approval_of_a_steering_document_is_its_adoption(adoption_lex, lang, text, stance):
    assert run(adoption_lex, lang, text).stance == stance
