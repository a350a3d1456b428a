"""Customer journeys ("klantreizen"): what to arrange around a life event, step by step.

Moved from ``kcc_content``: both page types keep their tables (``Meta.db_table``) and content
types, so pages, revisions, translations, permissions and log entries stay attached.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index as search_index

from appointments.links import bookable_products
from core.page_base import PublicPageMixin
from core.translated_lists import in_language, source_page
from journeys.blocks import JourneyQuestionBlock, JourneyStepBlock
from journeys.step_filter import (
    Condition,
    JourneySelection,
    Step,
    normalise_code,
    select_steps,
    split_answer_codes,
)
from kcc_content.models import ProductPage, QuestionAnswer
from readability.panels import ReadabilityPanel


class JourneyIndexPage(PublicPageMixin, Page):
    """The "Wat wilt u regelen?" overview: the life events residents can pick from."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["journeys.JourneyPage"]
    max_count_per_parent = 1

    class Meta:
        db_table = "kcc_content_journeyindexpage"
        verbose_name = _("journey overview")

    def journeys(self) -> list["JourneyPage"]:
        """Published journeys in the editor's menu order: those of the Dutch overview, each in
        this page's language where it is translated (``core.translated_lists``)."""
        journeys = JourneyPage.objects.child_of(source_page(self)).live().public()
        return in_language(journeys, self.locale)


@dataclass
class StepLinks:
    """What a step links to, resolved for residents: live, public and in the page's language."""

    products: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    #: (product, booking link) for the products residents can make an appointment for.
    appointments: list = field(default_factory=list)


def in_locale(items, locale) -> list[int]:
    """Primary keys of the items' translations in a locale, in order; items without one are
    left out, so a page never links to content in another language."""
    ids = []
    for item in items:
        if item is None:
            continue
        translation = item if item.locale_id == locale.pk else item.get_translation_or_none(locale)
        if translation is not None and translation.pk not in ids:
            ids.append(translation.pk)
    return ids


def public_step_links(step_value, locale) -> StepLinks:
    """The related products and answers of a step that residents may see in this language.

    Unpublished or private products and unpublished or inactive answers are left out. A product
    with an appointment also gets its "Make an appointment" link.
    """
    product_ids = in_locale(step_value["products"], locale)
    answer_ids = in_locale(step_value["answers"], locale)
    products = ProductPage.objects.live().public().in_bulk(product_ids)
    answers = QuestionAnswer.objects.filter(live=True, status=QuestionAnswer.Status.ACTIVE).in_bulk(
        answer_ids
    )
    shown = [products[pk] for pk in product_ids if pk in products]
    bookable = bookable_products(shown)
    return StepLinks(
        products=shown,
        answers=[answers[pk] for pk in answer_ids if pk in answers],
        appointments=[
            (product, bookable[str(product.translation_key)])
            for product in shown
            if str(product.translation_key) in bookable
        ],
    )


class JourneyStepView:
    """One step as a template renders it: its block id (the checklist key), its content and,
    looked up only when shown, its public links."""

    def __init__(self, page, block):
        self.page = page
        self.id = block.id
        self.value = block.value

    @cached_property
    def links(self) -> StepLinks:
        return public_step_links(self.value, self.page.locale)


class JourneyPage(RoutablePageMixin, PublicPageMixin, Page):
    """One life event, such as "Ik ga verhuizen", with its steps before, during and after.

    Residents may answer a few questions (a GET form, nothing stored) to see only the steps
    that apply to them; ``print/`` shows the same steps as a printable checklist.
    """

    questions = StreamField(
        [("question", JourneyQuestionBlock())],
        blank=True,
        max_num=5,
        verbose_name=_("questions"),
        help_text=_("Optional. A few questions that decide which steps a resident sees."),
    )
    steps = StreamField([("step", JourneyStepBlock())], verbose_name=_("steps"))

    readability_fields = ("title", "intro", "questions", "steps")
    search_fields = [*PublicPageMixin.search_fields, search_index.SearchField("steps")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("steps"),
        ReadabilityPanel(),
    ]
    parent_page_types = ["journeys.JourneyIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "kcc_content_journeypage"
        verbose_name = _("customer journey")

    # Questionnaire and filtering ---------------------------------------------------------
    def question_options(self) -> dict[str, list[str]]:
        """Each question code with its answer codes, as the filter compares them."""
        return {
            normalise_code(block.value["key"]): [
                normalise_code(option["value"]) for option in block.value["options"]
            ]
            for block in self.questions
        }

    def filter_steps(self) -> list[Step]:
        """The steps in the editor's order, with their conditions, for the filter."""
        return [
            Step(
                phase=block.value["phase"],
                conditions=tuple(
                    Condition(normalise_code(c["question"]), split_answer_codes(c["answers"]))
                    for c in block.value["conditions"]
                ),
                item=JourneyStepView(self, block),
            )
            for block in self.steps
        ]

    def selection(self, submitted) -> JourneySelection:
        """The steps that apply to the submitted answers (``request.GET``), by phase."""
        return select_steps(self.question_options(), self.filter_steps(), submitted)

    def get_context(self, request, *args, **kwargs):
        """Add the questionnaire's outcome: valid answers and the steps that apply."""
        context = super().get_context(request, *args, **kwargs)
        selection = self.selection(request.GET)
        context["journey"] = selection
        context["answer_query"] = urlencode(selection.answers)
        context["questionnaire"] = self.questionnaire(selection.answers)
        return context

    def questionnaire(self, answers: dict[str, str]) -> list[dict]:
        """The questions as the form renders them, with the resident's current answers ticked."""
        return [
            {
                "key": normalise_code(block.value["key"]),
                "question": block.value["question"],
                "help_text": block.value["help_text"],
                "options": [
                    {
                        "value": normalise_code(option["value"]),
                        "label": option["label"],
                        "checked": answers.get(normalise_code(block.value["key"]))
                        == normalise_code(option["value"]),
                    }
                    for option in block.value["options"]
                ],
            }
            for block in self.questions
        ]

    @path("print/", name="print")
    def checklist_view(self, request):
        """A printable checklist of the steps that apply, with empty tick boxes."""
        return self.render(request, template="journeys/journey_checklist.html")

    def checklist_path(self) -> str:
        """The checklist's address relative to this page's URL."""
        return self.reverse_subpage("print")

    # Editor validation -------------------------------------------------------------------
    def clean(self):
        """Question codes are unique and every step condition names an existing question and
        answer code, so a step never silently disappears for everyone."""
        super().clean()
        errors = {}
        questions_error = duplicate_question_errors(self.questions)
        if questions_error:
            errors["questions"] = questions_error
        steps_error = condition_errors(self.steps, self.question_options())
        if steps_error:
            errors["steps"] = steps_error
        if errors:
            raise ValidationError(errors)


def duplicate_question_errors(questions) -> StreamBlockValidationError | None:
    """Errors for repeated question codes and repeated answer codes within a question."""
    block_errors = {}
    seen = set()
    for index, block in enumerate(questions):
        errors = {}
        key = normalise_code(block.value["key"])
        if key in seen:
            errors["key"] = ValidationError(
                _("Another question already uses the code “%(code)s”. Choose a different code.")
                % {"code": key}
            )
        seen.add(key)
        option_errors = {}
        seen_options = set()
        for option_index, option in enumerate(block.value["options"]):
            code = normalise_code(option["value"])
            if code in seen_options:
                option_errors[option_index] = StructBlockValidationError(
                    block_errors={
                        "value": ValidationError(
                            _("This question already has an answer with the code “%(code)s”.")
                            % {"code": code}
                        )
                    }
                )
            seen_options.add(code)
        if option_errors:
            errors["options"] = ListBlockValidationError(block_errors=option_errors)
        if errors:
            block_errors[index] = StructBlockValidationError(block_errors=errors)
    if not block_errors:
        return None
    return StreamBlockValidationError(
        block_errors=block_errors,
        non_block_errors=[_("Every question and every answer of a question needs its own code.")],
    )


def condition_errors(steps, questions: dict[str, list[str]]) -> StreamBlockValidationError | None:
    """Errors for step conditions that name a question or answer code that does not exist."""
    block_errors = {}
    for index, block in enumerate(steps):
        condition_block_errors = {}
        for condition_index, condition in enumerate(block.value["conditions"]):
            problem = condition_problem(condition, questions)
            if problem:
                condition_block_errors[condition_index] = StructBlockValidationError(
                    block_errors=problem
                )
        if condition_block_errors:
            block_errors[index] = StructBlockValidationError(
                block_errors={
                    "conditions": ListBlockValidationError(block_errors=condition_block_errors)
                }
            )
    if not block_errors:
        return None
    return StreamBlockValidationError(
        block_errors=block_errors,
        non_block_errors=[
            _(
                "A step condition uses a question or answer code that does not exist. "
                "Use the codes of the questions above."
            )
        ],
    )


def condition_problem(condition, questions: dict[str, list[str]]) -> dict[str, ValidationError]:
    """What is wrong with one condition, by field; empty when it is correct."""
    key = normalise_code(condition["question"])
    if key not in questions:
        known = ", ".join(questions) or "-"
        return {
            "question": ValidationError(
                _("There is no question with the code “%(code)s”. Known codes: %(known)s.")
                % {"code": key, "known": known}
            )
        }
    codes = split_answer_codes(condition["answers"])
    if not codes:
        return {"answers": ValidationError(_("Enter at least one answer code."))}
    unknown = sorted(codes - set(questions[key]))
    if unknown:
        return {
            "answers": ValidationError(
                _(
                    "The question “%(question)s” has no answer with the code “%(code)s”. "
                    "Known codes: %(known)s."
                )
                % {
                    "question": key,
                    "code": ", ".join(unknown),
                    "known": ", ".join(dict.fromkeys(questions[key])),
                }
            )
        }
    return {}
