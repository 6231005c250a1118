import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyscan.normalise import clean_text, join_broken_words, normalise_unicode, remove_repeated_lines


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("innova-\ntionsarbetet", "innovationsarbetet"),
        ("innova- tionsarbetet", "innovationsarbetet"),  # PDF copy artefact
        ("vård-\noch omsorg", "vård-\noch omsorg"),  # suspended compound stays
        ("innovations- och förändringsarbetet", "innovations- och förändringsarbetet"),
        ("innovasjons- og omstillingsarbeidet", "innovasjons- og omstillingsarbeidet"),
        ("e-\ntjänster", "e-tjänster"),  # short first part keeps its hyphen
        ("IT-avdel-\nningen", "IT-avdelningen"),
        ("Stockholm-\nGöteborg", "Stockholm-\nGöteborg"),  # capital after the break: not a broken word
    ],
)
def test_join_broken_words(raw, expected):
    assert join_broken_words(raw) == expected


def test_pdfium_hyphen_marker_becomes_a_line_break_hyphen():
    # pdfium joins lines at a line-end hyphen and marks it with U+FFFE; "e-tjänster" must survive.
    assert clean_text("Vi erbjuder e\ufffetjänster") == "Vi erbjuder e-tjänster"
    assert clean_text("kommunfull\ufffemäktige") == "kommunfullmäktige"
    assert clean_text("vård\ufffeoch omsorg") == "vård-\noch omsorg"


def test_unicode_ligatures_nfc_and_invisibles():
    assert normalise_unicode("e\ufb00ektiv") == "effektiv"
    assert normalise_unicode("inno\u00advation") == "innovation"
    assert normalise_unicode("a\u0308r") == "är"  # NFD → NFC
    assert clean_text("två   mellanslag\u00a0här") == "två mellanslag här"


def test_repeated_headers_and_page_numbers_are_removed():
    bodies = [
        ["Kommunen ska främja nya idéer.", "Ansvaret ligger hos nämnderna.", "Uppföljning sker årligen."],
        ["Medarbetare får pröva nya arbetssätt.", "Chefen ger stöd.", "Resultaten redovisas."],
        ["Idéslussen tar emot förslag.", "Förslagen bedöms inom en månad.", "Beslut fattas av ledningen."],
        ["Policyn revideras vart fjärde år.", "Kontaktperson är utvecklingsstrategen.", "Bilaga 1 följer."],
    ]
    pages = [["Innovationspolicy 2024", "Dnr KS 2024/12", *body, f"Sida {n} av 4"] for n, body in enumerate(bodies, 1)]
    cleaned, removed = remove_repeated_lines(pages)
    assert removed == 12
    assert cleaned[2] == bodies[2]


def test_single_page_keeps_its_lines_but_drops_a_bare_page_number():
    cleaned, removed = remove_repeated_lines([["Rubrik", "Brödtext.", "3"]])
    assert cleaned == [["Rubrik", "Brödtext."]] and removed == 1


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_never_fails_and_is_idempotent(text):
    once = clean_text(text)
    assert isinstance(once, str)
    assert "\ufffe" not in once and "\u00ad" not in once
    assert clean_text(once) == clean_text(clean_text(once))
