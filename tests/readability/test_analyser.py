"""The analyser as a whole: the public API, the page-level checks and the report's JSON."""

import json

import pytest

from readability import Finding, Report, analyse, analyse_blocks, thresholds
from readability.flesch_douma import douma_label, textstat_flesch_douma

OFFICIALESE_PARAGRAPH = (
    "Teneinde uw aanvraag conform de geldende regels in behandeling te kunnen nemen, "
    "dient u het formulier volledig ingevuld te retourneren."
)
B1_PARAGRAPH = (
    "U kunt een parkeervergunning aanvragen. Dat doet u online. Log in met DigiD. "
    "Vul dan het formulier in. U betaalt met iDEAL. Binnen vijf werkdagen krijgt u een brief. "
    "Daarin staat of u de vergunning krijgt. Heeft u vragen? Bel ons dan op 14 0162."
)
# Ten words, so pages of known length are easy to build.
TEN_WORDS = "Wij halen het afval op maandag op in de wijk."
CHECK_CODES = {
    "sentence_length",
    "average_sentence_length",
    "passive",
    "officialese",
    "rare_word",
    "long_paragraph",
    "long_section",
    "same_start",
    "flesch_douma",
}


def codes(report: Report, code: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.code == code]


def sentence_of(words: int, start: str = "Wij") -> str:
    """A sentence of exactly ``words`` words."""
    return " ".join([start, *["woord"] * (words - 1)]) + "."


def test_officialese_paragraph_does_not_meet_b1_and_gets_plain_suggestions():
    report = analyse(OFFICIALESE_PARAGRAPH)
    assert report.meets_b1 is False
    suggestions = {finding.suggestion for finding in codes(report, "officialese")}
    assert {"om", "volgens", "terugsturen", "behandelen", "moeten"} <= suggestions
    assert report.checks["officialese"].severity == "red"
    # 20 words: over the green limit of 15, so an (orange) long-sentence finding.
    assert report.sentences[0].words == 20
    [long_sentence] = codes(report, "long_sentence")
    assert long_sentence.severity == "orange"
    assert long_sentence.text == OFFICIALESE_PARAGRAPH
    # "in behandeling te kunnen nemen" and "ingevuld" have no form of worden: no passive warning.
    assert not [f for f in codes(report, "passive") if f.severity != "info"]


def test_officialese_finding_offsets_point_at_the_word():
    report = analyse(OFFICIALESE_PARAGRAPH)
    for finding in codes(report, "officialese"):
        assert report.text[finding.start : finding.end] == finding.text
    assert [f.text for f in codes(report, "officialese")][:2] == ["Teneinde", "conform"]


def test_plain_b1_text_meets_b1():
    report = analyse(B1_PARAGRAPH)
    assert report.meets_b1 is True
    assert report.level in {"A2", "B1"}
    assert {check.severity for check in report.checks.values()} <= {"green", "info"}
    assert not [f for f in report.findings if f.severity in {"orange", "red"}]


def test_one_sentence_over_25_words_makes_the_page_red():
    text = " ".join([TEN_WORDS] * 9 + [sentence_of(26)])
    report = analyse(text)
    assert report.checks["sentence_length"].severity == "red"
    assert report.checks["average_sentence_length"].severity == "green"
    assert report.meets_b1 is False
    assert codes(report, "long_sentence")[0].message == (
        "Deze zin heeft 26 woorden. Maak er twee zinnen van."
    )


def test_one_sentence_of_21_words_among_short_ones_is_orange():
    text = " ".join([TEN_WORDS] * 9 + [sentence_of(21)])
    report = analyse(text)
    assert report.checks["sentence_length"].severity == "orange"
    assert codes(report, "long_sentence")[0].severity == "red"
    assert report.meets_b1 is True


def test_more_than_a_quarter_of_sentences_over_20_words_is_red():
    text = " ".join([TEN_WORDS] * 2 + [sentence_of(22)])
    assert analyse(text).checks["sentence_length"].severity == "red"


@pytest.mark.parametrize(
    ("words", "severity"), [(15, "green"), (16, "orange"), (20, "orange"), (21, "red"), (26, "red")]
)
def test_sentence_severity_follows_the_thresholds(words, severity):
    assert thresholds.sentence_severity(words) == severity


@pytest.mark.parametrize(
    ("average", "long_share", "severity"),
    [
        (15.0, 0.10, "green"),
        (15.1, 0.0, "orange"),
        (14.0, 0.11, "orange"),
        (18.0, 0.40, "orange"),
        (19.0, 0.25, "orange"),
        (18.1, 0.26, "red"),
    ],
)
def test_page_average_check_follows_the_thresholds(average, long_share, severity):
    assert thresholds.average_sentence_length_severity(average, long_share) == severity


@pytest.mark.parametrize(
    ("share", "severity"), [(0.0, "green"), (0.10, "green"), (0.15, "orange"), (0.16, "red")]
)
def test_passive_share_thresholds(share, severity):
    assert thresholds.passive_severity(share) == severity


@pytest.mark.parametrize(
    ("count", "severity"), [(0, "green"), (1, "orange"), (2, "orange"), (3, "red")]
)
def test_officialese_count_thresholds(count, severity):
    assert thresholds.officialese_severity(count) == severity


def test_paragraph_over_80_words_is_orange_and_over_150_red():
    orange = analyse(" ".join([TEN_WORDS] * 9))
    [finding] = codes(orange, "long_paragraph")
    assert (finding.severity, orange.checks["long_paragraph"].value) == ("orange", 90)
    assert (finding.start, finding.end) == (0, len(orange.text))
    red = analyse(" ".join([TEN_WORDS] * 16))
    assert codes(red, "long_paragraph")[0].severity == "red"
    assert red.meets_b1 is False
    assert analyse(" ".join([TEN_WORDS] * 8)).checks["long_paragraph"].severity == "green"


def test_lists_are_not_paragraphs_for_the_length_check():
    text = "\n".join(f"- {TEN_WORDS}" for _ in range(10))
    report = analyse(text)
    assert report.checks["long_paragraph"].severity == "green"
    assert report.sentence_count == 10


def test_section_over_250_words_without_heading_is_orange_and_a_heading_fixes_it():
    paragraph = " ".join([TEN_WORDS] * 5)  # 50 words
    no_heading = analyse("\n\n".join([paragraph] * 6))
    [finding] = codes(no_heading, "long_section")
    assert (finding.severity, no_heading.checks["long_section"].value) == ("orange", 300)
    with_heading = analyse("\n\n".join([paragraph] * 3 + ["## Ophalen"] + [paragraph] * 3))
    assert with_heading.checks["long_section"].severity == "green"
    assert with_heading.checks["long_section"].value == 150
    too_long = analyse("\n\n".join([paragraph] * 8))
    assert too_long.checks["long_section"].severity == "red"


def test_three_sentences_in_a_row_with_the_same_start_are_mentioned():
    text = "U vult het formulier in. U stuurt het op. U krijgt een brief. Daarna bellen wij."
    report = analyse(text)
    [finding] = codes(report, "same_start")
    assert finding.severity == "info"
    assert finding.text == "U vult het formulier in. U stuurt het op. U krijgt een brief."
    assert "‘U’" in finding.message
    assert report.checks["same_start"].value == 1


def test_same_start_skips_articles():
    text = "De gemeente helpt. Het gemeente-loket... nee. De gemeente belt. Een gemeente schrijft."
    assert not codes(analyse(text), "same_start")
    text = "De gemeente helpt. De gemeente belt. Een gemeente schrijft."
    assert codes(analyse(text), "same_start")[0].message.startswith(
        "3 zinnen na elkaar beginnen met ‘gemeente’"
    )


def test_two_sentences_with_the_same_start_or_list_items_are_not_mentioned():
    assert not codes(analyse("U belt. U schrijft. Wij antwoorden."), "same_start")
    assert not codes(analyse("- U belt.\n- U schrijft.\n- U komt langs."), "same_start")


def test_headings_are_no_sentences_but_their_officialese_counts():
    report = analyse("Inzake afval\n\nWij halen het afval op.", headings=["Inzake afval"])
    assert [sentence.text for sentence in report.sentences] == ["Wij halen het afval op."]
    assert [f.text for f in codes(report, "officialese")] == ["Inzake"]
    assert report.words == 5


def test_paragraphs_argument_is_used_when_text_is_empty():
    report = analyse(paragraphs=["Wij halen het afval op.", "U zet de bak buiten."])
    assert report.text == "Wij halen het afval op.\n\nU zet de bak buiten."
    assert report.sentence_count == 2


def test_analyse_blocks_offsets_refer_to_the_report_text():
    report = analyse_blocks(
        [
            ("heading", "Afval"),
            ("paragraph", "Uw afval wordt elke week opgehaald."),
            ("list_item", "Zet de bak buiten."),
            ("list_item", "Sluit de deksel."),
            ("heading", "Teneinde"),
            ("paragraph", "  "),
        ]
    )
    assert report.text == (
        "Afval\n\nUw afval wordt elke week opgehaald.\n\nZet de bak buiten.\nSluit de deksel.\n\nTeneinde"
    )
    assert [s.text for s in report.sentences] == [
        "Uw afval wordt elke week opgehaald.",
        "Zet de bak buiten.",
        "Sluit de deksel.",
    ]
    for finding in report.findings:
        assert report.text[finding.start : finding.end] == finding.text
    assert [f.text for f in codes(report, "officialese")] == ["Teneinde"]
    assert codes(report, "passive")[0].text == "wordt elke week opgehaald"


def test_analyse_blocks_rejects_unknown_kinds():
    with pytest.raises(ValueError, match="unknown block kind"):
        analyse_blocks([("quote", "Iets")])


def test_to_dict_is_json_with_the_documented_keys():
    report = analyse(OFFICIALESE_PARAGRAPH + "\n\nUw afval wordt elke week opgehaald.")
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert {
        "meets_b1", "level", "flesch_douma", "flesch_douma_label", "words", "sentence_count",
        "average_sentence_length", "text", "sentences", "findings", "checks",
    } <= set(data)  # fmt: skip
    assert set(data["checks"]) == CHECK_CODES
    for check in data["checks"].values():
        assert set(check) == {"severity", "label", "value", "summary"}
        assert check["severity"] in {"green", "orange", "red", "info"}
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "message", "start", "end", "text", "suggestion"}
        assert data["text"][finding["start"] : finding["end"]] == finding["text"]
    for sentence in data["sentences"]:
        assert data["text"][sentence["start"] : sentence["end"]] == sentence["text"]
        for index in sentence["findings"]:
            finding = data["findings"][index]
            assert sentence["start"] <= finding["start"] <= finding["end"] <= sentence["end"]
    assert data["level"] in {"A2", "B1", "B2", "C1"}
    assert data["meets_b1"] is False


def test_empty_text_gives_an_empty_green_report():
    report = analyse("")
    assert (report.words, report.sentence_count, report.flesch_douma) == (0, 0, 0.0)
    assert report.meets_b1 is True
    assert report.flesch_douma_label == "geen tekst"
    json.dumps(report.to_dict())


@pytest.mark.parametrize(
    ("reds", "oranges", "average", "rare_share", "level"),
    [
        (0, 0, 9.0, 0.0, "A2"),
        (0, 0, 12.0, 0.0, "B1"),
        (0, 1, 9.0, 0.0, "B1"),
        (0, 0, 9.0, 0.05, "B1"),
        (1, 0, 12.0, 0.0, "B2"),
        (2, 2, 17.0, 0.0, "B2"),
        (3, 0, 17.0, 0.0, "C1"),
        (2, 0, 23.0, 0.0, "C1"),
    ],
)
def test_level_rule(reds, oranges, average, rare_share, level):
    codes_ = list(thresholds.GRADED_CHECKS)
    severities = dict.fromkeys(codes_, "green")
    severities.update(dict.fromkeys(codes_[:reds], "red"))
    severities.update(dict.fromkeys(codes_[reds : reds + oranges], "orange"))
    assert thresholds.estimate_level(severities, average, rare_share) == level


def test_difficulty_grows_with_sentence_length_long_sentences_and_passives():
    short = analyse("Wij halen het afval op. U zet de bak buiten.")
    long = analyse(sentence_of(22) + " " + TEN_WORDS)
    passive = analyse("Het afval wordt opgehaald. U zet de bak buiten.")
    assert short.difficulty < passive.difficulty
    assert short.difficulty < long.difficulty
    assert long.difficulty == pytest.approx(16 + 20 * 0.5)


def test_flesch_douma_is_clamped_and_labelled_in_dutch():
    easy = analyse("Ik ga. Jij ook. Wij zijn er. Kom nu.")
    assert easy.flesch_douma == 100.0
    assert easy.flesch_douma_label == "zeer makkelijk"
    hard = analyse(
        "Onverantwoordelijkheidsoverwegingen betreffende bestemmingsplanwijzigingsprocedures "
        "veroorzaken aanzienlijke organisatorische complicaties bij gemeentelijke uitvoeringsorganisaties."
    )
    assert hard.flesch_douma == 0.0
    assert douma_label(85) == "makkelijk"
    assert douma_label(55) == "vrij moeilijk"


def test_flesch_douma_is_close_to_textstat_in_dutch_mode_on_simple_text():
    text = (
        "Wij halen het afval elke week op. Zet de container aan de straat. "
        "Doe de deksel goed dicht. Papier gaat in de blauwe bak. Glas brengt u naar de glasbak."
    )
    assert analyse(text).flesch_douma == pytest.approx(textstat_flesch_douma(text), abs=8)
