"""The contact page: every way to reach the municipality, from the site's contact details."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from appointments.links import booking_is_open, booking_url
from core.contact_page_sections import CONTACT_PAGE_SECTIONS
from core.sections import stylesheets
from legal.models.base import LegalPage
from readability.panels import ReadabilityPanel
from service_norms.models import ServiceNorm, ServiceNormsPage


class ContactPage(LegalPage):
    """Phone, e-mail, the counter, WhatsApp and social media, post, and "make an appointment".

    The numbers, addresses and opening hours are not stored here: the page shows the site's
    contact details (*Settings → Contact details*, ``home.ContactSettings``), the same ones the
    footer shows. Other apps add their ways in, such as the contact centre's forms, through the
    contact page sections (``core.contact_page_sections``).
    """

    appointment_text = models.TextField(
        _("about appointments"),
        blank=True,
        help_text=_("For what residents need an appointment at the counter, in one or two lines."),
    )
    appointment_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("appointment page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page where residents make an appointment, such as a product page."),
    )
    appointment_url = models.URLField(
        _("appointment address"),
        blank=True,
        help_text=_(
            "Or the address of an outside appointment system. Leave both empty to use the "
            "booking pages of this site."
        ),
    )
    body = RichTextField(
        _("more information"),
        blank=True,
        features=["h2", "h3", "bold", "link", "ul", "ol"],
    )

    readability_fields = ("title", "intro", "appointment_text", "body")
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("appointment_text"),
                PageChooserPanel("appointment_page"),
                FieldPanel("appointment_url"),
            ],
            heading=_("Make an appointment"),
        ),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]

    class Meta:
        verbose_name = _("contact page")

    def clean(self):
        super().clean()
        if self.appointment_page_id and self.appointment_url:
            raise ValidationError(
                {"appointment_url": _("Choose a page or give an address, not both.")}
            )

    def appointment_link(self) -> str:
        """Where "Make an appointment" goes: the chosen page in this page's language, else the
        appointment system's address, else this site's own booking pages when they take
        appointments; empty when none of these."""
        if self.appointment_page_id:
            page = self.appointment_page.specific
            translation = page.get_translation_or_none(self.locale)
            target = translation if translation is not None and translation.live else page
            return target.get_url() or ""
        if self.appointment_url:
            return self.appointment_url
        return booking_url() if booking_is_open() else ""

    def norms_by_channel(self) -> dict[str, list[ServiceNorm]]:
        """The service norms in this page's language per channel ("email": [...]), in the
        order of the norms page; a channel without norms is absent."""
        grouped: dict[str, list[ServiceNorm]] = {}
        for norm in ServiceNorm.objects.filter(locale=self.locale):
            grouped.setdefault(norm.channel, []).append(norm)
        return grouped

    def service_norms_page(self) -> ServiceNormsPage | None:
        """The live page with every service norm in this page's language, if there is one."""
        return ServiceNormsPage.objects.live().filter(locale=self.locale).first()

    def get_context(self, request, *args, **kwargs):
        """The sections other apps add to the contact page, each with its context, and the
        service norms that apply to each channel."""
        context = super().get_context(request, *args, **kwargs)
        sections = CONTACT_PAGE_SECTIONS.shown(self, request)
        context.update(
            contact_sections=sections,
            section_stylesheets=stylesheets(sections),
            norms=self.norms_by_channel(),
            norms_page=self.service_norms_page(),
        )
        return context
