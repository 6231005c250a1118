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
