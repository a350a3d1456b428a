"""StreamField blocks for content pages. Each renders with a template in ``home/blocks/``."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; levels h2 and h3 keep the page outline correct under the h1 title."""

    readability_kind = "heading"  # the plain-language check treats it as a section heading
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    """An image with a required text alternative (WCAG 1.1.1) and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "core/blocks/image.html"
        label = _("Image")


class AccordionItemBlock(blocks.StructBlock):
    """One question with its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Frequently asked questions that open and close without JavaScript (<details>)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "core/blocks/accordion.html"
        label = _("Questions and answers")


class CallToActionBlock(blocks.StructBlock):
    """One clear next step for the resident, linking to a page or an external form."""

    text = blocks.CharBlock(label=_("Text"), max_length=250)
    link_label = blocks.CharBlock(label=_("Button text"), max_length=60)
    link_page = blocks.PageChooserBlock(label=_("Page"), required=False)
    link_url = blocks.URLBlock(label=_("Or web address"), required=False)

    class Meta:
        icon = "link"
        template = "core/blocks/call_to_action.html"
        label = _("Call to action")

    def clean(self, value):
        """Exactly one destination: a page or a web address."""
        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            raise StructBlockValidationError(
                block_errors={
                    "link_url": ErrorList(
                        [ValidationError(_("Choose a page or enter a web address, not both."))]
                    )
                }
            )
        return value


class ContactBlock(blocks.StructBlock):
    """How to reach the municipality about this topic; phone and e-mail default to site settings."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=500)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=30)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)

    class Meta:
        icon = "mail"
        template = "core/blocks/contact.html"
        label = _("Contact")


class DocumentLinksBlock(blocks.StructBlock):
    """A list of downloadable documents with their type and size."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "core/blocks/documents.html"
        label = _("Documents")


#: The only language of the handsontable build Wagtail ships (``handsontable-6.2.2.full.min.js``
#: has no language packs). Without it TableBlock passes the admin language ("nl"), which
#: handsontable does not know: the page editor then logs a console error.
HANDSONTABLE_LANGUAGE = "en-US"


def with_handsontable_language(table: TableBlock) -> TableBlock:
    """``table`` with the editor in a language handsontable ships.

    Set after construction, not as a ``table_options`` argument: the arguments are part of every
    StreamField's definition in the migrations, and the editor's language is not.
    """
    table.table_options["language"] = HANDSONTABLE_LANGUAGE
    return table


class CaptionedTableBlock(blocks.StructBlock):
    """A data table with a caption so screen-reader users know what it is about."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    table = with_handsontable_language(
        TableBlock(
            label=_("Table"),
            table_options={
                "contextMenu": [
                    "row_above",
                    "row_below",
                    "col_left",
                    "col_right",
                    "remove_row",
                    "remove_col",
                    "undo",
                    "redo",
                ]
            },
        )
    )

    class Meta:
        icon = "table"
        template = "core/blocks/table.html"
        label = _("Table")


class AnswerBlock(blocks.StructBlock):
    """An answer from the knowledge base, shown exactly as the contact centre has it."""

    answer = SnippetChooserBlock("kcc_content.QuestionAnswer", label=_("Answer"))

    class Meta:
        icon = "help"
        template = "core/blocks/answer.html"
        label = _("Answer from the knowledge base")


class BodyBlock(blocks.StreamBlock):
    """The building blocks of content and news pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="core/blocks/paragraph.html"
    )
    image = ImageBlock()
    accordion = AccordionBlock()
    call_to_action = CallToActionBlock()
    contact = ContactBlock()
    table = CaptionedTableBlock()
    documents = DocumentLinksBlock()
    answer = AnswerBlock()


class TopTaskBlock(blocks.StructBlock):
    """A link to one of the most-used pages, shown prominently on the home page."""

    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=60,
        help_text=_("Leave empty to use the page title."),
    )

    class Meta:
        icon = "pick"
        label = _("Top task")


class LifeEventBlock(blocks.StructBlock):
    """A tile for a life event ("Ik ga verhuizen") that leads to everything needed for it."""

    title = blocks.CharBlock(label=_("Title"), max_length=60)
    text = blocks.CharBlock(label=_("Short text"), max_length=140)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "user"
        label = _("Life event")
