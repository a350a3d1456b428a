"""Read the locales once per request instead of once per ``page.localized``.

Wagtail's ``Locale.get_active()`` (behind every ``page.localized``) and ``Locale.get_default()``
ask the database each time they are called, and so does ``page.locale`` on every page object
that did not load its locale: a page that lists thirty items asked thirty times. There are only
a handful of locales (one per content language), so while a request is handled
(``RememberLocalesPerRequestMiddleware``) the first lookup reads them all and the rest of the
request answers from that list:

- ``LocaleManager.get_for_language`` (which ``get_active`` and ``get_default`` call) looks the
  language up in the list, for whichever language is active at the moment of the call, so a
  request that switches language (``translation.override``) gets that language's locale;
- ``locale_of(page)`` gives a page's locale from the list without a query.

Outside a request (management commands, the shell, tests that build pages) nothing is remembered
and Wagtail behaves as it always does. Saving or deleting a locale forgets the list, so a locale
added during a request is seen by the next lookup.
"""

from contextvars import ContextVar

from django.core.exceptions import FieldDoesNotExist
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_delete, post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from core.request_memory import RequestMemoryMiddleware, forget

#: Per database alias, the locales read in this request; None outside a request.
_locales: ContextVar[dict[str, list[Locale]] | None] = ContextVar("locales", default=None)

_wagtail_get_for_language = LocaleManager.get_for_language


def remembered_locales(using: str) -> list[Locale] | None:
    """Every locale of database ``using``, read once per request; None outside a request."""
    remembered = _locales.get()
    if remembered is None:
        return None
    if using not in remembered:
        remembered[using] = list(Locale.all_objects.using(using))
    return remembered[using]


def get_for_language(manager: LocaleManager, language_code: str) -> Locale:
    """``LocaleManager.get_for_language`` answered from the request's locales when there are."""
    locales = remembered_locales(manager.db)
    if locales is None:
        return _wagtail_get_for_language(manager, language_code)
    wanted = get_supported_content_language_variant(language_code)
    for locale in locales:
        if locale.language_code == wanted:
            return locale
    raise Locale.DoesNotExist(f"No locale for language {wanted!r}")


def locale_of(obj) -> Locale | None:
    """The locale of a page (or any translatable object), without a query inside a request.

    A locale the object already loaded (``select_related``) is used as it is; otherwise it is
    taken from the request's locales and kept on the object, so ``obj.locale`` costs nothing
    afterwards either.
    """
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    try:
        field = obj._meta.get_field("locale")
    except (AttributeError, FieldDoesNotExist):  # not a model: nothing to remember it on
        return getattr(obj, "locale", None)
    if field.is_cached(obj):
        return field.get_cached_value(obj)
    locales = remembered_locales(obj._state.db or DEFAULT_DB_ALIAS)
    if locales is not None:
        for locale in locales:
            if locale.pk == locale_id:
                field.set_cached_value(obj, locale)
                return locale
    return obj.locale


def forget_locales(**kwargs) -> None:
    """A locale was added, changed or removed: read them again at the next lookup."""
    forget(_locales)


def remember_locales_per_request() -> None:
    """Route Wagtail's locale lookups through this module (called once, from ``CoreConfig``)."""
    LocaleManager.get_for_language = get_for_language
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")


class RememberLocalesPerRequestMiddleware(RequestMemoryMiddleware):
    """Keeps the locales read during one request for the rest of that request only."""

    memory = _locales
