"""Which steps of a customer journey apply, given a resident's answers to its questionnaire.

Pure logic on plain values, so it can be tested without pages or a database. The page model
(``journeys.models``) turns its StreamFields into these values.

The rule: a step without conditions always applies. A step with conditions applies unless one of
its conditions' questions was answered with an answer outside that condition's list. An
unanswered question never hides a step, so a resident who skips the questionnaire sees every step.
Submitted answers are validated against the questions: unknown question codes, unknown answer
codes and malformed values are ignored, never an error.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

PHASES = ("before", "during", "after")
MAX_CODE_LENGTH = 40


def normalise_code(text: Any) -> str:
    """A question or answer code as compared everywhere: trimmed and lower case."""
    return str(text or "").strip().lower()


def split_answer_codes(text: str) -> frozenset[str]:
    """The answer codes of a condition, written by an editor as a comma-separated list."""
    return frozenset(code for code in map(normalise_code, (text or "").split(",")) if code)


@dataclass(frozen=True)
class Condition:
    """Show a step only when ``question`` is unanswered or answered with one of ``answers``."""

    question: str
    answers: frozenset[str]


@dataclass(frozen=True)
class Step:
    """A step as the filter sees it: its phase, its conditions and whatever the page renders."""

    phase: str
    conditions: tuple[Condition, ...] = ()
    item: Any = None


@dataclass
class PhaseSteps:
    """The steps of one phase (before, during or after) that apply."""

    phase: str
    steps: list[Step] = field(default_factory=list)


@dataclass
class JourneySelection:
    """The outcome of the questionnaire: valid answers and the steps that apply, by phase."""

    answers: dict[str, str]
    phases: list[PhaseSteps]
    total: int

    @property
    def count(self) -> int:
        """How many steps apply."""
        return sum(len(phase.steps) for phase in self.phases)

    @property
    def is_filtered(self) -> bool:
        """True when at least one valid answer was given."""
        return bool(self.answers)


def submitted_value(submitted: Mapping, key: str) -> str | None:
    """The single submitted value for a key; None when missing, repeated oddly or too long."""
    getlist = getattr(submitted, "getlist", None)
    values = getlist(key) if getlist else [submitted.get(key)]
    values = [value for value in values if value is not None]
    if len(values) != 1 or not isinstance(values[0], str):
        return None
    value = normalise_code(values[0])
    if not value or len(value) > MAX_CODE_LENGTH:
        return None
    return value


def validated_answers(questions: Mapping[str, Iterable[str]], submitted: Mapping) -> dict[str, str]:
    """The submitted answers that match a known question and one of its answer codes.

    ``questions`` maps each question code to its answer codes; ``submitted`` is a dict or a
    Django ``QueryDict`` (request.GET). Everything else in ``submitted`` is ignored.
    """
    answers = {}
    for key, options in questions.items():
        code = normalise_code(key)
        value = submitted_value(submitted, code)
        if value is not None and value in {normalise_code(option) for option in options}:
            answers[code] = value
    return answers


def step_applies(conditions: Iterable[Condition], answers: Mapping[str, str]) -> bool:
    """False only when a condition's question was answered outside the condition's answers."""
    for condition in conditions:
        given = answers.get(condition.question)
        if given is not None and given not in condition.answers:
            return False
    return True


def steps_by_phase(steps: Iterable[Step], answers: Mapping[str, str]) -> list[PhaseSteps]:
    """The steps that apply, grouped by phase in the order before, during, after.

    Steps keep the editor's order within a phase; phases without applying steps are left out.
    A step with an unknown phase counts as "before" rather than disappearing.
    """
    grouped = {phase: PhaseSteps(phase) for phase in PHASES}
    for step in steps:
        if step_applies(step.conditions, answers):
            grouped.get(step.phase, grouped[PHASES[0]]).steps.append(step)
    return [group for group in grouped.values() if group.steps]


def select_steps(
    questions: Mapping[str, Iterable[str]], steps: Iterable[Step], submitted: Mapping
) -> JourneySelection:
    """Validate the submitted answers and return the steps that apply to them."""
    steps = list(steps)
    answers = validated_answers(questions, submitted)
    return JourneySelection(
        answers=answers, phases=steps_by_phase(steps, answers), total=len(steps)
    )
