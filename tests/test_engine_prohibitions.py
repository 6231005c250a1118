"""What a prohibition forbids is not enabling: a negation that a restriction ("får inte", "får ikke") or a
phrase gap takes for itself still negates the enabling cue it governs — and never flips an approval."""

from __future__ import annotations

import pytest

from policyscan import analyse_text

CASES = [
    ("sv", "Medarbetarna får inte pröva nya arbetssätt.", "hinders"),
    ("sv", "Enheterna får inte starta nya pilotprojekt.", "hinders"),
    ("sv", "Skolorna får inte testa nya digitala verktyg i undervisningen.", "hinders"),
    ("nb", "Ansatte får ikke prøve ut nye arbeidsmåter på egen hånd.", "hinders"),
    ("nn", "Dei tilsette får ikkje prøve ut nye arbeidsmåtar på eiga hand.", "hinders"),
    # controls: the permission itself, an idiom that commands, and an approval gate that stays a gate
    ("sv", "Medarbetarna får pröva nya arbetssätt.", "enables"),
    ("sv", "Vi får inte glömma att starta nya pilotprojekt.", "enables"),
    ("nb", "Nye digitale tjenester kan ikke tas i bruk før de er godkjent av IT-sjefen.", "hinders"),
]


@pytest.mark.parametrize(("language", "text", "stance"), CASES, ids=[c[1][:40] for c in CASES])
def test_prohibited_trials_hinder(language, text, stance):
    assert analyse_text(text, language).stance == stance


CONCESSIVE = [
    ("sv", "Medarbetarna uppmuntras att pröva nya arbetssätt. Alla förändringar ska dock godkännas av förvaltningschefen innan de genomförs.", "mixed"),
    ("nb", "Vi ønsker at ansatte skal prøve ut nye ideer. Alle endringer må likevel godkjennes av kommunalsjefen.", "mixed"),
    ("nn", "Kommunen vil leggje til rette for nyskaping i tenestene. Alle endringar må imidlertid godkjennast av kommunedirektøren.", "mixed"),
    # controls: no restriction after the adverb; a restriction that does not follow a sentence about innovation
    ("sv", "Medarbetarna uppmuntras att pröva nya arbetssätt. Ansökan ska dock lämnas senast den 1 mars.", "enables"),
    ("sv", "Kommunen har en innovationsfond. Lokalerna i stadshuset är stängda. Rökning är dock inte tillåten på gården.", "enables"),
    ("sv", "Medarbetarna uppmuntras att pröva nya arbetssätt. Sådana ändringar får inte göras utan beslut av nämnden.", "mixed"),
    ("sv", "Kommunen har en innovationsfond. Detta dokument får inte spridas.", "enables"),
]


@pytest.mark.parametrize(("language", "text", "stance"), CONCESSIVE, ids=[c[1][:40] for c in CONCESSIVE])
def test_a_concessive_restriction_restricts_what_the_sentence_before_spoke_of(language, text, stance):
    """"…; alla förändringar ska dock godkännas": right after a sentence about innovation, a restriction with a
    concessive adverb (dock, likevel, imidlertid, …) needs no innovation word of its own."""
    assert analyse_text(text, language).stance == stance


@pytest.mark.parametrize(("language", "text", "stance"), [
    ("nn", "Innovasjonsstrategien skal handsamast i kommunestyret i juni.", "neutral"),
    ("nn", "Kommunen skal prøve ut nye løysingar i heimetenesta.", "enables"),  # a mandate, not procedure
])
def test_case_handling_is_no_mandate_to_innovate(language, text, stance):
    assert analyse_text(text, language).stance == stance


def test_a_negated_enabling_cue_in_a_mandate_sentence_states_a_lack():
    # The purpose rule ("midlene skal brukes til …" directs resources elsewhere) must not discard a lack.
    result = analyse_text("Kommunen satsar på innovasjon. Kurset skal gå på kveldstid fordi det ikkje er sett av midlar til vikarar.", "nn")
    last = result.units[-1]
    assert any(m.negated and m.polarity < 0 and m.category == "enabling" for m in last.matches)
