"""Area pages: the overview "In uw buurt" and one page per village (kern) or neighbourhood (wijk).

An area page is the page *for* an area of the municipality (``places.Area``); each language has
its own page for the same area. A neighbourhood page sits under the page of its village.

What other apps link to an area (consultations, news, youth proposals) points at the area, not
at a page; they show themselves on the area page as sections (``core.sections``), so this module
imports none of them. The meetings, initiatives and budgets of this app still point at the Dutch
area page and are matched on ``translation_key``, so the English page shows them too.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.image_alt_text import check_alt_text
from core.page_base import PublicPageMixin
from core.page_cards import for_cards
from core.sections import AREA_PAGE_SECTIONS, stylesheets
from core.translated_lists import in_language, source_page
from neighbourhoods.models.initiatives import Initiative
from neighbourhoods.routes.agenda import AREA_PARAMETER, AreaAgendaRoutes, IndexAgendaRoutes
from neighbourhoods.routes.initiatives import InitiativeRoutes
from neighbourhoods.routes.postcode import PostcodeLookupRoutes
from readability.panels import ReadabilityPanel


class AreaIndexPage(
    PostcodeLookupRoutes, IndexAgendaRoutes, RoutablePageMixin, PublicPageMixin, Page
):
    """ "In uw buurt": the postcode lookup, every village with its neighbourhoods and the agenda."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["neighbourhoods.AreaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("area overview")

    def villages(self) -> list["AreaPage"]:
        """The published area pages directly under the Dutch overview, in menu order, each in
        this page's language where it is translated (``core.translated_lists``)."""
        villages = AreaPage.objects.child_of(source_page(self)).live().public()
        return in_language(villages, self.locale)

    def all_areas(self):
        """Every published area page under this page, villages and neighbourhoods."""
        return AreaPage.objects.descendant_of(self).live().public()

    def get_cached_paths(self):
        """The page and its agenda (purged with the page)."""
        return ["/", "agenda/"]


class AreaPage(AreaAgendaRoutes, InitiativeRoutes, RoutablePageMixin, PublicPageMixin, Page):
    """The page for one village or neighbourhood: its team, office hours, meetings and
    initiatives, and the sections other apps register for area pages."""

    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("village or neighbourhood"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("The area this page is about. Each language has one page per area."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    accepts_initiatives = models.BooleanField(
        _("residents can submit an initiative"),
        default=True,
        help_text=_("Shows the form for residents' initiatives on this page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("area"),
        FieldPanel("intro"),
        FieldPanel(
            "image",
            help_text=_(
                "The image's description is read out as its alternative text, so an image "
                "without a description cannot be chosen."
            ),
        ),
        FieldPanel("body"),
        InlinePanel("contacts", label=_("Neighbourhood team and contacts")),
        FieldPanel("accepts_initiatives"),
        ReadabilityPanel(),
    ]
    search_fields = [
        *PublicPageMixin.search_fields,
        index.SearchField("body"),
        index.FilterField("area"),
    ]
    parent_page_types = ["neighbourhoods.AreaIndexPage", "neighbourhoods.AreaPage"]
    subpage_types = ["neighbourhoods.AreaPage"]

    def get_cached_paths(self):
        """The page, its agenda and the page of every initiative of its area (purged with the
        page; one that was just withdrawn too, so its page goes)."""
        initiatives = Initiative.objects.filter(
            area__translation_key__in=self.own_area_keys()
        ).values_list("pk", flat=True)
        return ["/", "agenda/", *(f"initiatieven/{pk}/" for pk in initiatives)]

    class Meta:
        verbose_name = _("area page")

    # Which areas count as "this area". A page instance lives for one request, so the tree is
    # read once per instance: the area page asks these questions for every list it shows.

    @cached_property
    def _ancestor_areas(self) -> list["AreaPage"]:
        return list(AreaPage.objects.ancestor_of(self).order_by("-depth"))

    @cached_property
    def _descendant_area_keys(self) -> set:
        return set(AreaPage.objects.descendant_of(self).values_list("translation_key", flat=True))

    def area_chain(self) -> list["AreaPage"]:
        """This area and the area pages above it (its village), nearest first."""
        return [self, *self._ancestor_areas]

    def related_area_keys(self) -> list:
        """Translation keys of this area, the areas above it and the areas below it."""
        keys = {page.translation_key for page in self.area_chain()}
        return sorted(keys | self._descendant_area_keys)

    def own_area_keys(self) -> list:
        """Translation keys of this area and the areas below it (not the village above it)."""
        return sorted({self.translation_key} | self._descendant_area_keys)

    def neighbourhoods(self) -> list["AreaPage"]:
        """The published area pages directly under the Dutch page of this area, each in this
        page's language where it is translated (``core.translated_lists``), with only what
        their cards show (``core.page_cards``)."""
        neighbourhoods = source_page(self).get_children().type(AreaPage).live().public()
        return for_cards(in_language(neighbourhoods, self.locale))

    # What residents see

    @property
    def agenda_overview_url(self) -> str:
        """The agenda page of the area overview, filtered on this area ("" without overview)."""
        index = AreaIndexPage.objects.ancestor_of(self).live().first()
        if index is None or not index.url:
            return ""
        return f"{index.url}{index.reverse_subpage('agenda')}?{AREA_PARAMETER}={self.slug}"

    def team_contacts(self) -> list["AreaContact"]:
        """The contacts of this area; a neighbourhood without its own shows its village's."""
        for area in self.area_chain():
            contacts = list(area.contacts.all())
            if contacts:
                return contacts
        return []

    def clean(self):
        """One page per area and language: a second page would split what residents see.
        An image needs alternative text (``core.image_alt_text``)."""
        super().clean()
        check_alt_text(self)
        if not self.area_id:
            return
        others = AreaPage.objects.filter(area_id=self.area_id, locale_id=self.locale_id)
        if others.exclude(pk=self.pk).exists():
            raise ValidationError({"area": _("This area already has a page in this language.")})

    def get_context(self, request, *args, **kwargs):
        """The sections of the area page, each built by the app that registered it."""
        context = super().get_context(request, *args, **kwargs)
        sections = AREA_PAGE_SECTIONS.shown(self, request)
        context.update(sections=sections, section_stylesheets=stylesheets(sections))
        return context


class ContactRole(models.TextChoices):
    NEIGHBOURHOOD_MANAGER = "wijkregisseur", _("Neighbourhood manager (wijkregisseur)")
    COMMUNITY_OFFICER = "wijkagent", _("Community police officer (wijkagent)")
    SOCIAL_TEAM = "sociaal_team", _("Social team and Wmo")
    BUSINESS_CONTACT = "bedrijven", _("Contact person for businesses")
    OTHER = "other", _("Other")


class AreaContact(Orderable):
    """A person or team residents can contact about the area. Work contact details only."""

    page = ParentalKey(AreaPage, on_delete=models.CASCADE, related_name="contacts")
    role = models.CharField(_("role"), max_length=20, choices=ContactRole.choices)
    role_label = models.CharField(
        _("role as shown"),
        max_length=80,
        blank=True,
        help_text=_("Only for the role 'Other', or to say it differently."),
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(
        _("what you can ask"), max_length=250, blank=True, help_text=_("One sentence.")
    )
    phone = models.CharField(_("work phone number"), max_length=30, blank=True)
    email = models.EmailField(_("work e-mail address"), blank=True)
    link = models.URLField(_("web page"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_label")]),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("link")],
            heading=_("How to reach them"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.shown_role}: {self.name}"

    @property
    def shown_role(self) -> str:
        return self.role_label or self.get_role_display()
