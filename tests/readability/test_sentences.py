"""The Dutch sentence splitter: what ends a sentence, what does not, and exact offsets."""

import pytest

from readability.sentences import HEADING, LIST, PARAGRAPH, sentence_spans, split_blocks


def spans_of(text: str, *sentences: str) -> list[tuple[int, int]]:
    """The spans the given sentences have in ``text``, searched left to right."""
    spans = []
    position = 0
    for sentence in sentences:
        start = text.index(sentence, position)
        spans.append((start, start + len(sentence)))
        position = start + len(sentence)
    return spans


def assert_split(text: str, *sentences: str) -> None:
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == list(sentences)
    assert spans == spans_of(text, *sentences)


def test_full_stop_question_and_exclamation_marks_end_sentences_with_exact_offsets():
    text = "Kom langs. Heeft u vragen? Bel ons!"
    assert sentence_spans(text) == [(0, 10), (11, 26), (27, 35)]


def test_semicolon_ends_a_sentence():
    assert_split(
        "Wij halen het afval op; u zet de bak buiten.",
        "Wij halen het afval op;",
        "u zet de bak buiten.",
    )


def test_colon_does_not_end_a_sentence():
    assert_split("Neem mee: uw paspoort en een pasfoto.", "Neem mee: uw paspoort en een pasfoto.")


@pytest.mark.parametrize(
    "abbreviation",
    ["o.a.", "bijv.", "bv.", "ca.", "t.a.v.", "m.b.t.", "d.w.z.", "i.p.v.", "o.b.v.", "i.v.m.",
     "zgn.", "incl.", "excl.", "max.", "nr.", "tel.", "dhr.", "mevr.", "mr.", "dr.", "drs.",
     "ing.", "prof.", "St."],
)  # fmt: skip
def test_abbreviations_inside_a_sentence_do_not_end_it(abbreviation):
    text = f"Wij sturen {abbreviation} Jansen een brief. Daarna bellen wij."
    assert_split(text, f"Wij sturen {abbreviation} Jansen een brief.", "Daarna bellen wij.")


@pytest.mark.parametrize(
    "abbreviation",
    ["enz.", "etc.", "e.d.", "jl.", "a.s.", "z.s.m.", "ma.", "vr.", "zo.", "jan.", "feb."],
)
def test_closing_abbreviations_end_a_sentence_only_before_a_capital(abbreviation):
    assert_split(
        f"Het gaat om {abbreviation} en meer.",
        f"Het gaat om {abbreviation} en meer.",
    )
    assert_split(
        f"Het gaat om {abbreviation} Daarna volgt meer.",
        f"Het gaat om {abbreviation}",
        "Daarna volgt meer.",
    )


def test_weekday_abbreviations_before_times_do_not_end_a_sentence():
    assert_split(
        "Open ma. 09.00 tot vr. 17.00 uur. Welkom.", "Open ma. 09.00 tot vr. 17.00 uur.", "Welkom."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kost 1.250 euro per jaar.",
        "Het kost 1.250.000 euro.",
        "Het kost € 75,50 per maand.",
        "Wij zijn open van 09.00 tot 17.00 uur.",
        "De regel geldt vanaf 1.1.2026 voor iedereen.",
        "Kijk op www.geertruidenberg.nl voor de tijden.",
    ],
)
def test_numbers_times_dates_and_addresses_do_not_end_a_sentence(sentence):
    assert_split(f"{sentence} Daarna verder.", sentence, "Daarna verder.")


def test_an_amount_at_the_end_of_a_sentence_ends_it():
    assert_split("Het kost € 75,50. Dat is veel.", "Het kost € 75,50.", "Dat is veel.")


def test_ellipsis_does_not_end_a_sentence():
    assert_split("Wacht even... en dan verder. Klaar.", "Wacht even... en dan verder.", "Klaar.")
    assert_split("Wacht even… en dan verder.", "Wacht even… en dan verder.")


def test_initials_do_not_end_a_sentence():
    assert_split(
        "Wethouder J. de Vries opent het plein. Mevr. A.B. Jansen knipt het lint.",
        "Wethouder J. de Vries opent het plein.",
        "Mevr. A.B. Jansen knipt het lint.",
    )


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert_split('Hij zei: "Kom." Daarna ging hij.', 'Hij zei: "Kom."', "Daarna ging hij.")
    assert_split("(Zie de bijlage.) Daarna wel.", "(Zie de bijlage.)", "Daarna wel.")


def test_a_single_line_break_inside_a_paragraph_is_a_space():
    assert_split("Afval scheiden\nhelpt het milieu", "Afval scheiden\nhelpt het milieu")


def test_a_blank_line_ends_a_paragraph_and_its_sentence():
    assert_split("Afval scheiden\n\nhelpt het milieu", "Afval scheiden", "helpt het milieu")


def test_a_wrapped_sentence_stays_one_sentence_and_its_neighbours_stay_apart():
    text = "Kom op tijd. Uw aanvraag wordt door\nde medewerkers van de gemeente\nbehandeld. Dank u."
    assert_split(
        text,
        "Kom op tijd.",
        "Uw aanvraag wordt door\nde medewerkers van de gemeente\nbehandeld.",
        "Dank u.",
    )


def test_an_indented_line_continues_its_list_item():
    text = "Neem mee:\n- uw paspoort of\n  uw rijbewijs\n- een pasfoto"
    assert_split(text, "Neem mee:", "uw paspoort of\n  uw rijbewijs", "een pasfoto")


def test_list_items_end_sentences_and_exclude_their_markers():
    text = "Neem mee:\n- uw paspoort\n* een pasfoto\n• uw pinpas\n1. het formulier\n2) de brief"
    assert_split(
        text, "Neem mee:", "uw paspoort", "een pasfoto", "uw pinpas", "het formulier", "de brief"
    )


def test_headings_are_not_sentences_but_end_the_one_before():
    text = "# Afval\nWij halen het op\nWanneer\nKijk in de app."
    assert_split(text, "Wij halen het op\nWanneer\nKijk in de app.")
    assert sentence_spans(text, headings=[" Wanneer "]) == spans_of(
        text, "Wij halen het op", "Kijk in de app."
    )


def test_blocks_separate_headings_paragraphs_and_lists():
    text = "## Afval\n\nEerste zin. Tweede zin.\nDerde regel.\n\n- een\n  vervolg\n- twee\nNa de lijst."
    blocks = split_blocks(text)
    assert [block.kind for block in blocks] == [HEADING, PARAGRAPH, LIST, PARAGRAPH]
    heading, paragraph, listing, after = blocks
    assert text[heading.start : heading.end] == "Afval"
    assert [text[s:e] for s, e in paragraph.lines] == ["Eerste zin. Tweede zin.\nDerde regel."]
    assert [text[s:e] for s, e in listing.lines] == ["een\n  vervolg", "twee"]
    assert text[after.start : after.end] == "Na de lijst."


def test_offsets_are_exact_around_extra_whitespace():
    text = "  Eerste zin.   Tweede zin.  \n\n\tDerde zin.  "
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == ["Eerste zin.", "Tweede zin.", "Derde zin."]
    assert spans == [(2, 13), (16, 27), (32, 42)]


def test_punctuation_without_words_is_no_sentence():
    assert_split("Ja. ... !", "Ja.")
