"""Survey results: counts per question over ALL responses, online and entered by staff.

Free-text answers are counted but never shown on public pages (they may hold personal details);
staff read them in the export. Answers that residents wrote themselves can still reach a bar
label (an answer no longer offered, or one staff typed from a paper form), so the public results
show every label with personal data removed. Results appear on the consultation page only after
the input phase, and only when the consultation allows it (``show_survey_results``).
"""

from collections import Counter
from dataclasses import dataclass, field, replace

from consultations.models import ConsultationSurveyPage, PhaseKind, Source, SurveyResponse
from consultations.survey_forms import AGE_BANDS, TEXT_TYPES, scale_labels, split_choices
from core.personal_data_review import public_text

RESULT_PHASES = (PhaseKind.PROCESSING, PhaseKind.FEEDBACK, PhaseKind.CLOSED)


@dataclass(frozen=True)
class Bar:
    """One answer option with how many respondents chose it."""

    label: str
    count: int
    percent: int


@dataclass
class QuestionResult:
    """The counts for one question."""

    label: str
    field_type: str
    answered: int
    bars: list[Bar] = field(default_factory=list)
    average: float | None = None

    @property
    def is_free_text(self) -> bool:
        """Free-text answers are only counted, never listed publicly."""
        return self.field_type in TEXT_TYPES


@dataclass
class SurveyResults:
    """All results of one survey."""

    survey: ConsultationSurveyPage
    total: int
    by_source: list[tuple[str, int]]
    questions: list[QuestionResult]


def _percent(count: int, base: int) -> int:
    return round(100 * count / base) if base else 0


def _answered(value) -> bool:
    return value not in (None, "", [])


def _bars(options: list[tuple[str, str]], counts: Counter, base: int) -> list[Bar]:
    """Bars for the known options in their order, then any answers no longer offered."""
    known = {value for value, _label in options}
    bars = [
        Bar(str(label), counts[value], _percent(counts[value], base)) for value, label in options
    ]
    for value, count in sorted(counts.items()):
        if value not in known:
            bars.append(Bar(str(value), count, _percent(count, base)))
    return bars


def question_result(question, answers: list) -> QuestionResult:
    """Count the ``answers`` (values from ``form_data``) to one ``SurveyField``."""
    given = [answer for answer in answers if _answered(answer)]
    result = QuestionResult(question.label, question.field_type, len(given))
    kind = question.field_type
    if kind == "checkboxes":
        counts = Counter(choice for answer in given for choice in answer)
        options = [(choice, choice) for choice in split_choices(question.choices)]
        result.bars = _bars(options, counts, len(given))
    elif kind == "radio":
        options = [(choice, choice) for choice in split_choices(question.choices)]
        result.bars = _bars(options, Counter(given), len(given))
    elif kind == "scale":
        counts = Counter(str(answer) for answer in given)
        result.bars = _bars(scale_labels(question), counts, len(given))
        numbers = [int(answer) for answer in given if str(answer).isdigit()]
        result.average = round(sum(numbers) / len(numbers), 1) if numbers else None
    elif kind == "age_band":
        result.bars = _bars(list(AGE_BANDS), Counter(given), len(given))
    elif kind == "postcode_area":
        counts = Counter(given)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        result.bars = [Bar(area, count, _percent(count, len(given))) for area, count in ordered]
    return result


def survey_results(survey: ConsultationSurveyPage) -> SurveyResults:
    """The results of ``survey`` over all its responses (every source)."""
    responses = list(SurveyResponse.objects.filter(page=survey).only("form_data", "source"))
    source_counts = Counter(response.source for response in responses)
    by_source = [
        (str(label), source_counts[value])
        for value, label in Source.choices
        if source_counts[value]
    ]
    questions = [
        question_result(
            question,
            [(response.form_data or {}).get(question.clean_name) for response in responses],
        )
        for question in survey.get_form_fields()
    ]
    return SurveyResults(survey, len(responses), by_source, questions)


def survey_of(consultation) -> ConsultationSurveyPage | None:
    """The published survey of ``consultation``, if it has one."""
    return ConsultationSurveyPage.objects.child_of(consultation).live().public().first()


def public_survey_results(consultation) -> SurveyResults | None:
    """Results residents may see: after the input phase, if allowed, with at least one response."""
    if not consultation.show_survey_results or consultation.status() not in RESULT_PHASES:
        return None
    survey = survey_of(consultation)
    if survey is None:
        return None
    results = survey_results(survey)
    if not results.total:
        return None
    for question in results.questions:
        question.bars = [replace(bar, label=public_text(bar.label)) for bar in question.bars]
    return results
