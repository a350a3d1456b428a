"""Area pages: the overview "In uw buurt" and one page per village (kern) or neighbourhood (wijk).

A neighbourhood page sits under the page of its village. What belongs to an area (meetings,
initiatives, consultations, news) is linked to the area page; lists on a page also show what is
linked to its village above it and to its neighbourhoods below it, so a resident of a neighbourhood
also sees the office hours of the whole village.

Links are matched on ``translation_key``, so the English translation of an area page shows the
same meetings and initiatives as the Dutch page.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models.mixins import PublicPageMixin
from neighbourhoods.routes.agenda import AreaAgendaRoutes, IndexAgendaRoutes
from neighbourhoods.routes.initiatives import InitiativeRoutes
from neighbourhoods.routes.postcode import PostcodeLookupRoutes
from readability.panels import ReadabilityPanel


class AreaKind(models.TextChoices):
    VILLAGE = "village", _("Village")
    NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")


class AreaIndexPage(
    PostcodeLookupRoutes, IndexAgendaRoutes, RoutablePageMixin, PublicPageMixin, Page
):
    """ "In uw buurt": the postcode lookup, every village with its neighbourhoods and the agenda."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    subpage_types = ["neighbourhoods.AreaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("area overview")

    def villages(self):
        """The published area pages directly under this page, in menu order."""
        return AreaPage.objects.child_of(self).live().public()

    def all_areas(self):
        """Every published area page under this page, villages and neighbourhoods."""
        return AreaPage.objects.descendant_of(self).live().public()


class AreaPage(AreaAgendaRoutes, InitiativeRoutes, RoutablePageMixin, PublicPageMixin, Page):
    """One village or neighbourhood: its team, office hours, meetings, initiatives and news."""

    kind = models.CharField(
        _("kind of area"), max_length=20, choices=AreaKind.choices, default=AreaKind.VILLAGE
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
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("contacts", label=_("Neighbourhood team and contacts")),
        FieldPanel("accepts_initiatives"),
        ReadabilityPanel(),
    ]
    search_fields = [
        *PublicPageMixin.search_fields,
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["neighbourhoods.AreaIndexPage", "neighbourhoods.AreaPage"]
    subpage_types = ["neighbourhoods.AreaPage"]

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

    def neighbourhoods(self):
        """The published area pages directly under this one."""
        return AreaPage.objects.child_of(self).live().public()

    # What residents see

    def team_contacts(self) -> list["AreaContact"]:
        """The contacts of this area; a neighbourhood without its own shows its village's."""
        for area in self.area_chain():
            contacts = list(area.contacts.all())
            if contacts:
                return contacts
        return []

    def news(self, count: int = 3):
        """The latest published news items about this area or its neighbourhoods."""
        from home.models import NewsPage

        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=self.locale, area__translation_key__in=self.own_area_keys())
            .order_by("-date", "-pk")[:count]
        )

    def consultations(self, today: datetime.date | None = None) -> dict:
        """Consultations about this area or its neighbourhoods: ``current`` and ``past``."""
        from consultations.models import ConsultationPage, PhaseKind

        pages = (
            ConsultationPage.objects.live()
            .public()
            .filter(locale=self.locale, area__translation_key__in=self.own_area_keys())
            .prefetch_related("phases")
        )
        today = today or timezone.localdate()
        done = {PhaseKind.FEEDBACK, PhaseKind.CLOSED}
        current = [page for page in pages if page.status(today) not in done]
        past = [page for page in pages if page.status(today) in done]
        return {"current": current, "past": past}

    def youth_proposals(self, count: int = 6):
        """Published youth proposals about this area or its neighbourhoods, newest first."""
        from consultations.models import ModerationStatus
        from youth.models import YouthProposal

        return (
            YouthProposal.objects.filter(
                status=ModerationStatus.PUBLISHED,
                area__translation_key__in=self.own_area_keys(),
                youth_home__live=True,
            )
            .select_related("youth_home")
            .order_by("-created_at")[:count]
        )

    def get_context(self, request, *args, **kwargs):
        """Everything the area page lists; each list is built by the module that owns it."""
        from neighbourhoods import agenda, budgets, initiative_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(
            contacts=self.team_contacts(),
            upcoming_meetings=agenda.upcoming_for_area(self, limit=6),
            past_meetings=agenda.past_reports_for_area(self, limit=3),
            initiatives=initiative_listing.shown_on_area(self),
            budget=budgets.current_budget_for(self),
            area_consultations=self.consultations(),
            area_news=self.news(),
            area_youth_proposals=self.youth_proposals(),
        )
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
