"""The privacy statement (privacyverklaring): who is responsible, what the site keeps and for
how long (generated from the retention register), the resident's rights and where to complain."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from legal.models.base import LegalPage
from legal.privacy_register import data_kinds
from readability.panels import ReadabilityPanel

RICH_TEXT = ["h3", "bold", "link", "ul", "ol"]

#: The Dutch supervisory authority, where every resident may complain.
DUTCH_DATA_PROTECTION_AUTHORITY = "https://www.autoriteitpersoonsgegevens.nl/"


class PrivacyStatementPage(LegalPage):
    """What the site does with personal data.

    The part per kind of data is not written by editors: the page lists every rule of the
    retention register (``core.retention``) with its resident-facing notice and the retention
    period from the settings, so a new rule appears here the moment it is registered.
    """

    body = RichTextField(
        _("what this website keeps"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("General explanation, shown before the list of data that is made for you."),
    )
    controller = models.TextField(
        _("who is responsible"),
        help_text=_("The controller under the GDPR, such as the board of mayor and aldermen."),
    )
    dpo_name = models.CharField(_("name"), max_length=100, blank=True)
    dpo_email = models.EmailField(_("e-mail"))
    dpo_phone = models.CharField(_("phone"), max_length=30, blank=True)
    rights = RichTextField(_("your rights"), features=RICH_TEXT)
    complaint = RichTextField(
        _("complaints"),
        features=RICH_TEXT,
        help_text=_(
            "How to complain to us. The link to the Dutch Data Protection Authority is "
            "always shown below it."
        ),
    )

    readability_fields = ("title", "intro", "body", "controller", "rights", "complaint")
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("controller"),
        MultiFieldPanel(
            [FieldPanel("dpo_name"), FieldPanel("dpo_email"), FieldPanel("dpo_phone")],
            heading=_("Data protection officer"),
        ),
        FieldPanel("rights"),
        FieldPanel("complaint"),
        ReadabilityPanel(),
    ]

    class Meta:
        verbose_name = _("privacy statement")

    def get_context(self, request, *args, **kwargs):
        """Every kind of personal data from the retention register."""
        context = super().get_context(request, *args, **kwargs)
        context["data_kinds"] = data_kinds()
        context["authority_url"] = DUTCH_DATA_PROTECTION_AUTHORITY
        return context
