"""Products and services (``ProductPage``) and the national product-name list (UPL)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.page_base import PublicPageMixin
from core.translated_lists import localized_items
from kcc_content.models.answers import QuestionAnswer
from kcc_content.models.audience import Audience
from kcc_content.panels import UplStatusPanel
from readability.panels import ReadabilityPanel

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class UniformProductName(models.Model):
    """One entry of the national Uniforme Productnamenlijst (UPL), keyed by its URI."""

    uri = models.URLField(_("URI"), max_length=300, unique=True)
    name = models.CharField(_("name"), max_length=255)
    for_municipalities = models.BooleanField(_("municipality"), default=False)
    for_residents = models.BooleanField(_("residents"), default=False)
    for_businesses = models.BooleanField(_("businesses"), default=False)
    sdg_codes = models.CharField(_("SDG codes"), max_length=100, blank=True)
    on_list = models.BooleanField(
        _("on the current list"),
        default=True,
        help_text=_("Off when the last import no longer contained this name."),
    )
    imported_at = models.DateTimeField(_("last imported"), null=True, blank=True)

    class Meta:
        verbose_name = _("uniform product name")
        ordering = ["name"]

    def __str__(self):
        return self.name if self.on_list else f"{self.name} ({_('no longer on the list')})"


class ProductPage(PublicPageMixin, Page):
    """A municipal product or service, with the SDG text sections in a fixed order.

    The KCC fields (desk memo, handling) are for the contact centre only: they are never
    rendered on the public page, in the API, the feed or public search.
    """

    default_review_interval_months = 6

    upl = models.ForeignKey(
        UniformProductName,
        verbose_name=_("national product name (UPL)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.RESIDENTS
    )
    introduction = RichTextField(_("introduction"), blank=True, features=SECTION_FEATURES)
    procedure = RichTextField(_("how to apply"), blank=True, features=SECTION_FEATURES)
    conditions = RichTextField(_("conditions"), blank=True, features=SECTION_FEATURES)
    evidence = RichTextField(_("what you need"), blank=True, features=SECTION_FEATURES)
    costs = RichTextField(_("costs"), blank=True, features=SECTION_FEATURES)
    deadline = RichTextField(_("how long it takes"), blank=True, features=SECTION_FEATURES)
    objection = RichTextField(_("objection and appeal"), blank=True, features=SECTION_FEATURES)
    no_response = RichTextField(_("if we do not respond"), blank=True, features=SECTION_FEATURES)
    particulars = RichTextField(_("particulars"), blank=True, features=SECTION_FEATURES)
    contact = RichTextField(_("contact"), blank=True, features=SECTION_FEATURES)

    class OnlineApplication(models.TextChoices):
        NO = "nee", _("No")
        YES = "ja", _("Yes")
        DIGID = "digid", _("Yes, with DigiD")

    online_application = models.CharField(
        _("apply online"),
        max_length=10,
        choices=OnlineApplication.choices,
        default=OnlineApplication.NO,
    )
    application_url = models.URLField(_("application address"), blank=True)
    service_norm = models.ForeignKey(
        "service_norms.ServiceNorm",
        verbose_name=_("service norm for handling time"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        help_text=_("The published promise for how long this product takes."),
    )
    related_products = ParentalManyToManyField(
        "self", verbose_name=_("related products"), blank=True, symmetrical=False
    )
    related_answers = ParentalManyToManyField(
        "kcc_content.QuestionAnswer",
        verbose_name=_("related answers"),
        blank=True,
        related_name="+",
    )

    class KccHandling(models.TextChoices):
        ANSWER = "answer", _("The KCC answers")
        TRANSFER = "transfer", _("Transfer the call to the team")
        CALLBACK = "callback", _("Create a call-back request for the team")

    kcc_desk_memo = models.TextField(
        _("KCC desk memo"),
        blank=True,
        help_text=_("For the contact centre only. Never shown on the website or in the API."),
    )
    kcc_handling = models.CharField(
        _("KCC handling"), max_length=20, choices=KccHandling.choices, default=KccHandling.ANSWER
    )
    kcc_team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("team for transfer or call-back"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    #: The SDG sections in the fixed order of the public page and the table of contents.
    SECTIONS = [
        "introduction",
        "procedure",
        "conditions",
        "evidence",
        "costs",
        "deadline",
        "objection",
        "no_response",
        "particulars",
        "contact",
    ]
    readability_fields = ("title", "intro", *SECTIONS)
    readability_headed_fields = SECTIONS
    search_fields = [
        *PublicPageMixin.search_fields,
        *[index.SearchField(name) for name in SECTIONS],
        index.FilterField("audience"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("upl"), FieldPanel("audience")], heading=_("Product")),
        UplStatusPanel(),
        *[FieldPanel(name) for name in SECTIONS],
        MultiFieldPanel(
            [
                FieldPanel("online_application"),
                FieldPanel("application_url"),
                FieldPanel("service_norm"),
            ],
            heading=_("Apply online"),
        ),
        FieldPanel("related_products"),
        FieldPanel("related_answers"),
        ReadabilityPanel(),
    ]
    kcc_panels = [
        FieldPanel("kcc_desk_memo"),
        FieldPanel("kcc_handling"),
        FieldPanel("kcc_team"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(kcc_panels, heading=_("KCC")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(PublicPageMixin.settings_panels, heading=_("Settings")),
        ]
    )
    parent_page_types = ["home.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("product")

    def clean(self):
        super().clean()
        self.check_upl_is_unique()

    def check_upl_is_unique(self):
        """One product per national product name (UPL) and language: refuse a second one."""
        existing = self.public_product_with_same_upl()
        if existing is not None:
            raise ValidationError(
                {
                    "upl": _(
                        'The product "%(title)s" (%(path)s) already uses the national product '
                        'name "%(name)s" in this language. Improve that page instead.'
                    )
                    % {
                        "title": existing.title,
                        "path": existing.url or existing.url_path,
                        "name": self.upl.name,
                    }
                }
            )

    def public_product_with_same_upl(self) -> "ProductPage | None":
        """The live product in this language with the same UPL name (ignoring case), or None."""
        if self.upl_id is None or self.alias_of_id:
            return None
        products = ProductPage.objects.live().filter(
            models.Q(upl_id=self.upl_id) | models.Q(upl__name__iexact=self.upl.name.strip()),
            locale_id=self.locale_id,
            alias_of__isnull=True,
        )
        if self.pk:
            products = products.exclude(pk=self.pk)
        return products.order_by("path").first()

    def public_related_answers(self):
        """Related answers residents may see: published, active, in this page's language
        (all translations in one query, ``core.translated_lists.localized_items``)."""
        return localized_items(
            self.related_answers.filter(live=True, status=QuestionAnswer.Status.ACTIVE)
        )

    def public_related_products(self):
        """Related products that are published, in this page's language."""
        return localized_items(self.related_products.live().public())

    def sections(self):
        """(field name, label, rich text) for each filled SDG section, in the fixed order."""
        return [
            (name, self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.SECTIONS
            if getattr(self, name)
        ]
