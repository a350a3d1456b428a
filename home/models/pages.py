"""The public page types: home, section (overview), content and news."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock, LifeEventBlock, TopTaskBlock
from home.models.mixins import PublicPageMixin
from readability.panels import ReadabilityPanel

NEWS_PER_PAGE = 10


class HomePage(PublicPageMixin, Page):
    """The front door: top tasks, life events and the latest news."""

    top_tasks = StreamField(
        [("task", TopTaskBlock())], blank=True, verbose_name=_("top tasks"), max_num=8
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
    subpage_types = [
        "home.SectionPage",
        "home.ContentPage",
        "home.NewsIndexPage",
        "kcc_content.JourneyIndexPage",
        "kcc_content.ServiceNormsPage",
        "consultations.ConsultationIndexPage",
        "youth.YouthHomePage",
        "neighbourhoods.AreaIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def latest_news(self, count: int = 3):
        """The most recent published news items in this page's language."""
        return NewsPage.objects.live().public().filter(locale=self.locale).order_by("-date")[:count]

    def current_consultations(self, count: int = 3) -> list:
        """Consultations in this page's language that residents can take part in today."""
        from consultations.models import ConsultationPage  # consultations builds on home

        return ConsultationPage.open_for_input(locale=self.locale, count=count)

    def get_context(self, request, *args, **kwargs):
        """Add the latest news and the consultations open for input to the template context."""
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        context["current_consultations"] = self.current_consultations()
        return context


class SectionPage(PublicPageMixin, Page):
    """An overview of a topic (such as "Afval") listing its child pages."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    subpage_types = ["home.SectionPage", "home.ContentPage", "kcc_content.ProductPage"]

    class Meta:
        verbose_name = _("section page")

    def child_pages(self):
        """Published child pages in the editor's menu order."""
        return self.get_children().live().public().specific()


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
        items = NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        paginator = Paginator(items, NEWS_PER_PAGE)
        try:
            news_page = paginator.page(request.GET.get("pagina", 1))
        except PageNotAnInteger:
            news_page = paginator.page(1)
        except EmptyPage:
            news_page = paginator.page(paginator.num_pages)
        context["news_page"] = news_page
        return context


class NewsPage(PublicPageMixin, Page):
    """A news item with a date."""

    date = models.DateField(verbose_name=_("date"), default=timezone.localdate)
    area = models.ForeignKey(
        "neighbourhoods.AreaPage",
        verbose_name=_("village or neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shows this news item on the page of that village or neighbourhood."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("area"),
        FieldPanel("intro"),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    search_fields = [*PublicPageMixin.search_fields, index.SearchField("body")]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
