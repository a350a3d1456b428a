"""Lists on translated pages show the same items as the Dutch page.

A list on a landing page (the latest news, the consultations about an area, the journeys of the
overview) chooses its items in the default language, Dutch: that is where every page exists. On
a page in another language each item is then swapped for its live, public translation in that
language; an item without one stays in Dutch, and the templates mark it as Dutch
(``core.templatetags.language_marks``). So the English area page never says "no plans" while the
Dutch one shows an open consultation that nobody translated yet.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale, Page


def source_locale() -> Locale:
    """The language lists choose their items in: the site's default language (Dutch)."""
    return Locale.get_default()


def source_page(page: Page) -> Page:
    """The default-language version of ``page`` (a page of a list's parent), or ``page``
    itself when it has none."""
    locale = source_locale()
    if page.locale_id == locale.pk:
        return page
    return page.get_translation_or_none(locale) or page


def in_language(items: Iterable[Page], locale: Locale, translations: QuerySet | None = None):
    """``items`` in their order, each replaced by its live, public translation in ``locale``
    where it has one; an item without one is kept as it is (and stays in its own language).

    ``translations`` is the queryset the translations are looked up in (to keep a
    ``prefetch_related`` or ``select_related``); by default the items' own page type, or every
    page type (as specific pages) when the items are of several types. One query in all.
    """
    return _swap_for_translations(list(items), locale, translations, public=True)


def localized_items(items: Iterable) -> list:
    """``[item.localized for item in items]`` in one query: each page (or translatable snippet)
    in the active language where it has a live translation there, else the item itself
    (Wagtail's ``.localized`` asks the database once per item)."""
    items = list(items)
    if not items or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return items
    return _swap_for_translations(items, Locale.get_active(), None, public=False)


def _swap_for_translations(items: list, locale: Locale, translations, *, public: bool) -> list:
    """``items`` with each one not in ``locale`` swapped for its live translation there
    (public too, for pages, when ``public``)."""
    missing = [item for item in items if item.locale_id != locale.pk]
    if not missing:
        return items
    if translations is None:
        translations = _queryset_for(missing)
    if any(field.name == "live" for field in translations.model._meta.concrete_fields):
        translations = translations.filter(live=True)
    if public:
        translations = translations.public()
    found = {
        page.translation_key: page
        for page in translations.filter(
            locale=locale, translation_key__in={item.translation_key for item in missing}
        )
    }
    return [
        item if item.locale_id == locale.pk else found.get(item.translation_key, item)
        for item in items
    ]


def _queryset_for(items: list) -> QuerySet:
    """Where translations of ``items`` are found as objects of the same kind: their own type,
    or specific pages of every type when the items are of several."""
    kinds = {type(item) for item in items}
    if len(kinds) == 1:
        return kinds.pop().objects.all()
    return Page.objects.specific()
