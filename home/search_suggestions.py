"""Search-as-you-type: page titles that start like what a resident is typing.

Every word typed must begin a word of the title ("pas" → "Paspoort", "id aan" → "ID-kaart
aanvragen"). The home page's top tasks come first, then products (the one page for a task), then
the other pages; news, the home page and section overviews are left out, they are not tasks. An
editor's synonym counts too: "lantaarn" suggests the page for "melding openbare ruimte".

The titles of a language are read once per state of the site (``search_vocabulary.fingerprint``)
and kept in the cache, so typing costs a few small queries and no search.
"""

from django.core.cache import cache
from wagtail.models import Locale, Page

from core.search_query import fold, query_words
from home.models import HomePage, NewsIndexPage, NewsPage, SearchSynonym, SectionPage
from home.search_vocabulary import fingerprint
from kcc_content.models import ProductPage

MAX_SUGGESTIONS = 6
MIN_TYPED = 2
CACHE_SECONDS = 24 * 60 * 60
NOT_TASKS = (HomePage, NewsIndexPage, NewsPage, SectionPage)


def top_task_ids(locale: Locale) -> set[int]:
    """The pages the home page of ``locale`` shows as top tasks."""
    home = HomePage.objects.live().filter(locale=locale).first()
    if home is None:
        return set()
    return {task.value["page"].pk for task in home.top_tasks if task.value.get("page")}


def title_entries(locale: Locale) -> list[dict]:
    """Every task-like page of ``locale``: title, address, words and rank (top task 0, product
    1, other 2), from the cache while the site has not changed."""
    key = f"search-suggest-titles:{locale.language_code}:{fingerprint(locale)}"
    entries = cache.get(key)
    if entries is None:
        top_tasks = top_task_ids(locale)
        entries = []
        for page in Page.objects.live().public().filter(locale=locale).specific(defer=True):
            if isinstance(page, NOT_TASKS) or page.depth <= 1:
                continue
            rank = 0 if page.pk in top_tasks else 1 if isinstance(page, ProductPage) else 2
            entries.append(
                {
                    "title": page.title,
                    "url": page.get_url(),
                    "words": fold(page.title).split(),
                    "rank": rank,
                }
            )
        cache.set(key, entries, CACHE_SECONDS)
    return entries


def starts_words(typed: list[str], words: list[str]) -> bool:
    """Whether each typed word begins one of ``words``."""
    return all(any(word.startswith(part) for word in words) for part in typed)


def synonym_targets(typed: list[str], locale: Locale) -> list[list[str]]:
    """The words to search for of each synonym whose phrase starts like ``typed``."""
    targets = []
    for synonym in SearchSynonym.objects.filter(locale=locale):
        if any(starts_words(typed, fold(phrase).split()) for phrase in synonym.phrase_list()):
            targets.append(fold(synonym.search_for).split())
    return targets


def title_suggestions(query: str, locale: Locale) -> list[dict]:
    """At most ``MAX_SUGGESTIONS`` pages for a partly typed query: ``{"title", "url"}``."""
    typed = query_words(query)
    if len("".join(typed)) < MIN_TYPED:
        return []
    targets = synonym_targets(typed, locale)
    matches = [
        entry
        for entry in title_entries(locale)
        if starts_words(typed, entry["words"])
        or any(starts_words(target, entry["words"]) for target in targets)
    ]
    matches.sort(key=lambda entry: (entry["rank"], len(entry["title"]), entry["title"]))
    return [{"title": entry["title"], "url": entry["url"]} for entry in matches[:MAX_SUGGESTIONS]]
