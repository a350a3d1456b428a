"""Contact details shown in the footer and used by contact blocks, editable per site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """The municipality's address, opening hours, phone, e-mail and social media."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=100, default="Gemeente Geertruidenberg"
    )
    visiting_address = models.TextField(_("visiting address"), blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, default="14 0162")
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    whatsapp_url = models.URLField(_("WhatsApp"), blank=True)

    panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel(
            [
                FieldPanel("visiting_address"),
                FieldPanel("postal_address"),
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("x_url"),
                FieldPanel("whatsapp_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    def social_links(self) -> list[tuple[str, str]]:
        """(name, url) for every social channel that has an address."""
        channels = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
            ("WhatsApp", self.whatsapp_url),
        ]
        return [(name, url) for name, url in channels if url]
