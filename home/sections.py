"""What the home app shows on the landing pages (``core.sections``).

On the home page: its top tasks, its life events and the latest news. On an area page: the news
about that area or its neighbourhoods. Imported from ``HomeConfig.ready()``.
"""

from django.utils.translation import gettext_lazy as _

from core.page_cards import for_cards
from core.sections import register_area_section, register_home_section
from core.translated_lists import in_language, localized_items, source_locale
from home.models import NewsPage


@register_home_section("top-tasks", 10, "home/sections/home_top_tasks.html")
def home_top_tasks(page, request) -> dict | None:
    """The top tasks the editors chose for the home page, as (task, its page in the reader's
    language)."""
    return {"top_tasks": chosen_pages(page.top_tasks)} if page.top_tasks else None


@register_home_section("life-events", 30, "home/sections/home_life_events.html")
def home_life_events(page, request) -> dict | None:
    """The life events the editors chose for the home page, as (event, its page in the reader's
    language, with what its card shows)."""
    if not page.life_events:
        return None
    return {"life_events": chosen_pages(page.life_events, cards=True)}


def chosen_pages(stream, *, cards: bool = False) -> list[tuple]:
    """(block value, its page in the reader's language) for each block of ``stream`` whose page
    is live. The translations are read in one query (``core.translated_lists``) and, with
    ``cards``, what the cards show in one more per page type (``core.page_cards``)."""
    chosen = [block.value for block in stream if block.value["page"] and block.value["page"].live]
    shown = localized_items(value["page"] for value in chosen)
    if cards:
        loaded = {page.pk: page for page in for_cards(shown)}
        shown = [loaded.get(page.pk, page) for page in shown]
    return list(zip(chosen, shown, strict=True))


def published_news():
    """Live, public news items in the default language, newest first: the items every
    language lists (``core.translated_lists``)."""
    return (
        NewsPage.objects.live()
        .public()
        .filter(locale=source_locale())
        .select_related("locale")
        .order_by("-date", "-pk")
    )


@register_home_section("news", 50, "home/sections/home_news.html")
def home_news(page, request) -> dict | None:
    """The latest three news items, each in the page's language where it is translated, with
    what their cards show (``core.page_cards``)."""
    news = for_cards(in_language(published_news()[:3], page.locale), "date")
    return {"latest_news": news} if news else None


@register_area_section("news", 50, "home/sections/area_news.html", heading=_("News"))
def area_news(page, request) -> dict:
    """The latest three news items about this area or its neighbourhoods, each in the page's
    language where it is translated; the section also says when there are none."""
    news = published_news().filter(area__in=page.area.own_area_ids())[:3]
    return {"area_news": for_cards(in_language(news, page.locale), "date")}
