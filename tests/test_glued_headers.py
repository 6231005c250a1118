"""A running header glued to the body by a PDF's text layer ("Strategi för innovation 2024–2027 4 (12)
Medarbetarna ska …") ends at its page marker and decides nothing, though its title still mentions innovation."""

from __future__ import annotations

import pytest

from policyscan import analyse_text
from policyscan.analyse.nlp import pipeline


@pytest.mark.parametrize(("language", "text", "first"), [
    ("sv", "Strategi för innovation 2024–2027 4 (12) Medarbetarna ska ges tid att pröva nya arbetssätt.", "Strategi för innovation 2024–2027 4 (12)"),
    ("sv", "Handlingsplan för innovation Sida 3 av 9 Förvaltningen avsätter medel till innovationsfonden.", "Handlingsplan för innovation Sida 3 av 9"),
    ("nb", "Innovasjonsstrategi 2025 side 2/7 Kommunen skal sette av tid til utprøving.", "Innovasjonsstrategi 2025 side 2/7"),
    ("nn", "Kommunal planstrategi 2024–2027 | 9 Samstundes skal alle nye tiltak godkjennast.", "Kommunal planstrategi 2024–2027 | 9"),
    ("nb", "Kommuneplanens samfunnsdel 2023–2035 | side 14 Planen skal følges opp årlig.", "Kommuneplanens samfunnsdel 2023–2035 | side 14"),
])
def test_a_page_marker_ends_the_glued_header(language, text, first):
    sentences = [s.text for s in pipeline(language)(text).sents]
    assert sentences[0] == first
    assert len(sentences) == 2


def test_numbers_in_brackets_inside_a_sentence_do_not_split_it():
    assert len(list(pipeline("sv")("Vi har 4 (12) enheter som deltar i arbetet.").sents)) == 1


def test_the_header_mentions_innovation_but_does_not_enable():
    # Only the title: a mention (neutral), not an enabling "strategi för innovation".
    assert analyse_text("Strategi för innovation 2024–2027 4 (12)", "sv").stance == "neutral"
    # The body after it still decides the passage.
    result = analyse_text("Strategi för innovation 2024–2027 4 (12) Medarbetarna får inte pröva nya arbetssätt.", "sv")
    assert result.stance == "hinders"
    # The same with the page number after a bar ("Title | 9").
    assert analyse_text("Strategi för innovation 2024–2027 | 9", "sv").stance == "neutral"


def test_a_table_row_with_bars_is_not_a_header():
    # One bar before a number ends a header ("… 2024–2027 | 9"); a row of a table has several and keeps its cues.
    row = "Andelen medarbetare som har prövat nya arbetssätt ska öka | 23 | 30"
    plain = "Andelen medarbetare som har prövat nya arbetssätt ska öka"
    assert analyse_text(plain, "sv").stance == "enables"
    assert analyse_text(row, "sv").stance == analyse_text(plain, "sv").stance
