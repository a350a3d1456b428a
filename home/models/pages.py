"""The public page types: home, section (overview), content and news."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock, LifeEventBlock
from core.image_alt_text import check_alt_text
from core.page_base import PublicPageMixin
from core.page_cards import for_cards
from core.sections import HOME_PAGE_SECTIONS, stylesheets
from core.translated_lists import in_language, source_page
from home.blocks import IconTopTaskBlock
from readability.panels import ReadabilityPanel

NEWS_PER_PAGE = 10
#: Cards per page of a section's children: a section with hundreds of pages is paged.
SECTION_CHILDREN_PER_PAGE = 24


class HomePage(PublicPageMixin, Page):
    """The front door: the sections the apps register (``core.sections``), such as the top
    tasks, the postcode form, life events, consultations and the latest news.

    Which page types may sit under the home page is said by those page types
    (``parent_page_types``), so this page names no feature app.
    """

    top_tasks = StreamField(
        [("task", IconTopTaskBlock())], blank=True, verbose_name=_("top tasks"), max_num=8
    )
    life_events = StreamField(
        [("life_event", LifeEventBlock())], blank=True, verbose_name=_("life events"), max_num=8
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("top_tasks"),
        FieldPanel("life_events"),
        ReadabilityPanel(),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def latest_news(self, count: int = 3):
        """The most recent published news items in this page's language."""
        news = NewsPage.objects.live().public().filter(locale=self.locale)
        return news.order_by("-date", "-pk")[:count]

    def get_context(self, request, *args, **kwargs):
        """The sections to show, each with the context its app builds."""
        context = super().get_context(request, *args, **kwargs)
        sections = HOME_PAGE_SECTIONS.shown(self, request)
        context.update(sections=sections, section_stylesheets=stylesheets(sections))
        return context


class SectionPage(PublicPageMixin, Page):
    """An overview of a topic (such as "Afval") listing its child pages."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    subpage_types = ["home.SectionPage", "home.ContentPage", "kcc_content.ProductPage"]

    class Meta:
        verbose_name = _("section page")

    def child_pages(self):
        """Published child pages in the editor's menu order: those of the Dutch section (each
        shown in this page's language where it is translated, see ``get_context``)."""
        return source_page(self).get_children().live().public()

    def get_context(self, request, *args, **kwargs):
        """One page of the children (``?pagina=``; a bad number shows the first or last page),
        each in this page's language where it is translated (``core.translated_lists``) and
        loaded with only what its card shows (``core.page_cards``)."""
        context = super().get_context(request, *args, **kwargs)
        children = Paginator(self.child_pages(), SECTION_CHILDREN_PER_PAGE)
        children_page = children.get_page(request.GET.get("pagina"))
        children_page.object_list = for_cards(in_language(children_page, self.locale))
        context["children_page"] = children_page
        return context


class ContentPage(PublicPageMixin, Page):
    """A page of information built from text, headings, FAQs, tables and other blocks."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    search_fields = [*PublicPageMixin.search_fields, index.SearchField("body")]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")


class NewsIndexPage(PublicPageMixin, Page):
    """The list of news items, newest first, ten per page."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("news overview")

    def get_context(self, request, *args, **kwargs):
        """Paginate the published news items; a bad page number shows the first or last page."""
        context = super().get_context(request, *args, **kwargs)
        items = (
            NewsPage.objects.child_of(source_page(self)).live().public().order_by("-date", "-pk")
        )
        paginator = Paginator(items, NEWS_PER_PAGE)
        try:
            news_page = paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            news_page = paginator.page(1)
        except EmptyPage:
            news_page = paginator.page(paginator.num_pages)
        # The Dutch overview's items, each in this page's language where translated, with only
        # what their cards show (``core.page_cards``).
        news_page.object_list = for_cards(in_language(news_page.object_list, self.locale), "date")
        context["news_page"] = news_page
        return context


class NewsPage(PublicPageMixin, Page):
    """A news item with a date."""

    date = models.DateField(verbose_name=_("date"), default=timezone.localdate)
    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("village or neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shows this news item on the page of that village or neighbourhood."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown above the news item and on its card. The image's description is read out "
            "as its alternative text, so an image without a description cannot be chosen."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("area"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    search_fields = [*PublicPageMixin.search_fields, index.SearchField("body")]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")

    def clean(self):
        """Refuse an image without alternative text (``core.image_alt_text``)."""
        super().clean()
        check_alt_text(self)
