"""Property-based tests: sentence splitting and whole-text analysis never fail on arbitrary Unicode."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyscan import analyse_text
from policyscan.analyse.nlp import pipeline

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
NORDIC = st.lists(st.sampled_from(["innovation", "får", "inte", "ikke", "ikkje", "t.ex.", "f.eks.", "2019.", "Den", "-", "\n", " ", ".", "?", "å", "IT-", "och", "og"]), max_size=60).map(" ".join)


@pytest.mark.parametrize("language", ["sv", "nb", "nn"])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(TEXT, NORDIC))
def test_sentences_cover_the_text(language, text):
    doc = pipeline(language)(text)
    sentences = list(doc.sents)
    assert "".join(s.text_with_ws for s in sentences) == text  # nothing lost, nothing invented


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(TEXT, NORDIC), language=st.sampled_from(["sv", "nb", "nn", None]))
def test_analysis_of_any_text_gives_a_valid_verdict(text, language):
    result = analyse_text(text, language)
    assert result.status == "ok"
    assert result.stance in ("enables", "hinders", "mixed", "neutral", "absent")
    assert (result.digital_only is None) == (result.verdict.mention_units == 0)
    for unit in result.units:
        for match in unit.matches:
            assert 0 <= match.start <= match.end <= len(unit.text)
