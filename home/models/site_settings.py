"""Site-wide settings editable per site: contact details (footer, contact blocks) and the
navigation (logo, main menu, footer links)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """The municipality's address, opening hours, phone, e-mail and social media."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=100, default="Gemeente Geertruidenberg"
    )
    visiting_address = models.TextField(_("visiting address"), blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    opening_hours_en = models.TextField(
        _("opening hours in English"),
        blank=True,
        help_text=_("Shown on the English site; without it the English footer has no hours."),
    )
    phone = models.CharField(_("phone"), max_length=30, default="14 0162")
    international_phone = models.CharField(
        _("phone from abroad"),
        max_length=30,
        blank=True,
        help_text=_(
            "The regular number in international format, e.g. +31 162 579 579. Shown on the "
            "English site: 14 + area code numbers cannot be dialled from outside the Netherlands."
        ),
    )
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
                FieldPanel("opening_hours_en"),
                FieldPanel("phone"),
                FieldPanel("international_phone"),
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


#: The most items the main menu may have: more than seven no longer fit one row on a laptop and
#: make residents read instead of choose (NL Design System page-header guidance).
MAIN_MENU_MAX_ITEMS = 7


class NavigationSettingsForm(WagtailAdminModelForm):
    """Refuses a main menu of more than :data:`MAIN_MENU_MAX_ITEMS` pages."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("main_menu_items")
        # The child forms are cleaned after this form; clean each now to count what stays (the
        # formset's own limit only says "at most 7 forms", which editors do not recognise).
        if formset is not None:
            kept = [
                form
                for form in formset.forms
                if form.is_valid()
                and form.cleaned_data.get("page")
                and not form.cleaned_data.get("DELETE")
            ]
            if len(kept) > MAIN_MENU_MAX_ITEMS:
                raise ValidationError(
                    _("The main menu can have at most %(max)d items; remove %(extra)d."),
                    code="too_many_menu_items",
                    params={"max": MAIN_MENU_MAX_ITEMS, "extra": len(kept) - MAIN_MENU_MAX_ITEMS},
                )
        return cleaned_data


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The page header's logo, the main menu and the footer links, editable per site.

    Pages are chosen in the default language; the site shows each one in the visitor's language
    (``.localized``), so one menu serves Dutch and English.
    """

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Preferably an SVG. Its alternative text is the organisation name."),
    )

    base_form_class = NavigationSettingsForm
    panels = [
        FieldPanel("logo"),
        InlinePanel(
            "main_menu_items",
            heading=_("Main menu"),
            label=_("Menu item"),
            max_num=MAIN_MENU_MAX_ITEMS,
            help_text=_("At most seven pages, in this order."),
        ),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link")),
    ]

    class Meta:
        verbose_name = _("navigation")

    def menu_pages(self) -> list:
        """The main menu's live, public pages in order."""
        return [item.page for item in self.main_menu_items.select_related("page") if item.page]

    def footer_pages(self) -> list:
        """The footer links' live, public pages in order."""
        return [item.page for item in self.footer_links.select_related("page") if item.page]


class NavigationLink(Orderable):
    """A page chosen for a menu; its label is the page's title in the visitor's language."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class MainMenuItem(NavigationLink):
    """One item of the main menu."""

    setting = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="main_menu_items"
    )

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu item")


class FooterLink(NavigationLink):
    """One link in the footer: legal pages, service norms, contact."""

    setting = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="footer_links")

    class Meta(NavigationLink.Meta):
        verbose_name = _("footer link")
