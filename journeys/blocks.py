"""StreamField blocks of a customer journey: the short questionnaire and the steps.

A step can carry conditions ("only when question *partner* is answered *yes*"). The filtering
itself lives in ``journeys.step_filter`` so it can be tested without pages.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

STEP_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ChoiceOptionBlock(blocks.StructBlock):
    """One possible answer to a journey question."""

    value = blocks.CharBlock(
        label=_("Code"),
        max_length=40,
        help_text=_("Short fixed name used in step conditions, e.g. ja, nee, binnen-gemeente."),
    )
    label = blocks.CharBlock(label=_("Answer"), max_length=120)


class JourneyQuestionBlock(blocks.StructBlock):
    """A yes/no or choice question that decides which steps apply."""

    key = blocks.CharBlock(
        label=_("Code"),
        max_length=40,
        help_text=_("Short fixed name used in step conditions, e.g. kinderen."),
    )
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    help_text = blocks.CharBlock(label=_("Explanation"), max_length=250, required=False)
    options = blocks.ListBlock(ChoiceOptionBlock(), label=_("Answers"), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        label = _("Question")


class StepConditionBlock(blocks.StructBlock):
    """Show the step only when a question got one of these answers."""

    question = blocks.CharBlock(label=_("Question code"), max_length=40)
    answers = blocks.CharBlock(
        label=_("Answer codes"),
        max_length=200,
        help_text=_("One or more answer codes, separated by commas."),
    )


class JourneyStepBlock(blocks.StructBlock):
    """One thing to do, before, during or after the life event."""

    phase = blocks.ChoiceBlock(
        label=_("When"),
        choices=[("before", _("Before")), ("during", _("During")), ("after", _("After"))],
        default="before",
    )
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    explanation = blocks.RichTextBlock(label=_("Explanation"), features=STEP_TEXT_FEATURES)
    performer = blocks.ChoiceBlock(
        label=_("Who does it"),
        choices=[
            ("municipality", _("The municipality")),
            ("resident", _("You")),
            ("other", _("Another organisation")),
        ],
        default="municipality",
    )
    organisation = blocks.CharBlock(
        label=_("Organisation"),
        max_length=120,
        required=False,
        help_text=_("Name of the other organisation, e.g. Belastingdienst."),
    )
    organisation_url = blocks.URLBlock(label=_("Website of the organisation"), required=False)
    deadline = blocks.CharBlock(
        label=_("Deadline"),
        max_length=120,
        required=False,
        help_text=_("For example: binnen 5 dagen na uw verhuizing."),
    )
    products = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="kcc_content.ProductPage"),
        label=_("Related products"),
        default=[],
    )
    answers = blocks.ListBlock(
        SnippetChooserBlock("kcc_content.QuestionAnswer"),
        label=_("Related answers"),
        default=[],
    )
    conditions = blocks.ListBlock(
        StepConditionBlock(),
        label=_("Only show when"),
        default=[],
        help_text=_("Leave empty to show the step to everyone."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def clean(self, value):
        """A step done by another organisation names that organisation."""
        value = super().clean(value)
        if value["performer"] == "other" and not value["organisation"].strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "organisation": ValidationError(
                        _("Enter the name of the organisation that does this step.")
                    )
                }
            )
        return value
