"""The cookie statement: which cookies the site sets and why, said plainly."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin

from legal.models.base import LegalPage
from readability.panels import ReadabilityPanel


class CookieStatementPage(LegalPage):
    """What the site stores in the visitor's browser: no tracking cookies, and each functional
    cookie with its purpose and how long it stays."""

    body = RichTextField(
        _("explanation"),
        features=["h2", "h3", "bold", "link", "ul"],
        help_text=_("Say plainly whether the site uses tracking cookies."),
    )

    readability_fields = ("title", "intro", "body")
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("cookies", heading=_("Cookies this site sets"), label=_("Cookie")),
        ReadabilityPanel(),
    ]

    class Meta:
        verbose_name = _("cookie statement")


class FunctionalCookie(TranslatableMixin, Orderable):
    """One cookie the site sets, by its name in the browser."""

    page = ParentalKey(CookieStatementPage, on_delete=models.CASCADE, related_name="cookies")
    cookie = models.CharField(
        _("cookie"),
        max_length=100,
        help_text=_("The name the browser shows, such as csrftoken. Write … for a number."),
    )
    purpose = models.TextField(_("what it is for"))
    lifetime = models.CharField(_("how long it stays"), max_length=100)

    panels = [
        FieldRowPanel([FieldPanel("cookie"), FieldPanel("lifetime")]),
        FieldPanel("purpose"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("cookie")
        verbose_name_plural = _("cookies")

    def __str__(self):
        return self.cookie
