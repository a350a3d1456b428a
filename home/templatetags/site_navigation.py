"""Template tags for the site shell: the header's logo and main menu, the footer links, the
language switcher, canonical and alternate links, and the notice on pages only in Dutch.

Pages that editors choose (menu, footer) are shown in the visitor's language like
``Page.localized`` does, all in one query (``core.translated_lists.localized_items``). A page
that has no live translation in that language is shown in Dutch: its link then carries
``hreflang="nl"``, a visible "(in Dutch)" label and the fragment ``#only-in-dutch``, which makes
the English notice on that page visible (CSS ``:target``). The notice is also shown when the
browser prefers English (``Accept-Language``, on which Dutch addresses already vary through
``LocaleMiddleware``), so the pages stay cacheable: nothing depends on the referrer or a query
string.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Page, Site

from core.locales_per_request import locale_of
from core.templatetags.language_marks import ONLY_IN_DUTCH_ID, notice_fragment
from core.translated_lists import localized_items
from home.models.site_settings import MAIN_MENU_MAX_ITEMS, NavigationSettings

register = template.Library()


@dataclass(frozen=True)
class NavigationLink:
    """A link to a page in the visitor's language, or in Dutch when it has no translation."""

    title: str
    url: str
    #: The page's language when it differs from the visitor's (``hreflang``, "(in Dutch)").
    other_language: str | None = None
    #: ``aria-current``: "page" on the page itself, "true" on its ancestors, else None.
    current: str | None = None


def localized_home(request):
    """The site's home page in the active language (falls back to the default language)."""
    site = Site.find_for_request(request)
    return site.root_page.localized.specific if site else None


def navigation_links(pages, request, current_page=None) -> list[NavigationLink]:
    """Links to ``pages`` in the active language; pages that are not live and public are left out."""
    active = get_language()
    localized = localized_items(pages)
    visible = set(
        Page.objects.filter(pk__in=[page.pk for page in localized])
        .live()
        .public()
        .values_list("pk", flat=True)
    )
    links = []
    for page in localized:
        if page.pk not in visible:
            continue
        language = locale_of(page).language_code
        other_language = language if language != active else None
        url = page.get_url(request) + notice_fragment(other_language or "")
        current = None
        if isinstance(current_page, Page) and current_page.path.startswith(page.path):
            current = "page" if current_page.pk == page.pk else "true"
        links.append(NavigationLink(page.title, url, other_language, current))
    return links


def _navigation_settings(request) -> NavigationSettings | None:
    """The navigation settings of the request's site; None without a request or a site (a new
    installation before its first site, where the site's own views must still render)."""
    if request is None or Site.find_for_request(request) is None:
        return None
    return NavigationSettings.for_request(request)


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[NavigationLink]:
    """The main menu editors chose (Settings → Navigation), at most seven pages.

    Until editors choose one, the home page's children marked "show in menus" (the first seven).
    """
    request = context.get("request")
    if request is None:
        return []
    cache_key = f"_site_main_menu_{get_language()}"
    if not hasattr(request, cache_key):
        settings_ = _navigation_settings(request)
        pages = settings_.menu_pages() if settings_ else []
        if not pages:
            home = localized_home(request)
            pages = (
                list(home.get_children().live().public().in_menu()[:MAIN_MENU_MAX_ITEMS])
                if home
                else []
            )
        setattr(request, cache_key, pages)
    return navigation_links(getattr(request, cache_key), request, context.get("page"))


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[NavigationLink]:
    """The footer's links to the legal pages, the service norms and contact."""
    request = context.get("request")
    if request is None:
        return []
    settings_ = _navigation_settings(request)
    return navigation_links(settings_.footer_pages() if settings_ else [], request)


@register.simple_tag(takes_context=True)
def site_logo(context):
    """The logo image from the navigation settings, or None (the header then shows the name)."""
    settings_ = _navigation_settings(context.get("request"))
    return settings_.logo if settings_ else None


@register.simple_tag(takes_context=True)
def localized_link(context, page) -> NavigationLink | None:
    """One link to ``page`` in the visitor's language, marked when it is only in Dutch.

    For templates that link to chosen pages (tiles, cards): ``{% localized_link p as link %}``.
    """
    if page is None:
        return None
    links = navigation_links([page], context.get("request"), context.get("page"))
    return links[0] if links else None


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language, for the logo link."""
    request = context.get("request")
    return localized_home(request) if request else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language that actually has this content.

    On a Wagtail page only published translations are offered; on other views (search) the
    same URL in the other language. Returns dicts with ``code``, ``name``, ``url``, ``current``.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    names = dict(settings.LANGUAGES)
    links = []
    if isinstance(page, Page):
        for translation in (
            page.get_translations(inclusive=True).live().public().select_related("locale")
        ):
            code = translation.locale.language_code
            if code in names:
                links.append(
                    {
                        "code": code,
                        "name": names[code],
                        "url": translation.get_url(request),
                        "current": code == current,
                    }
                )
    elif request is not None:
        for code, name in settings.LANGUAGES:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": translate_url(request.get_full_path(), code),
                    "current": code == current,
                }
            )
    links.sort(key=lambda link: [code for code, _ in settings.LANGUAGES].index(link["code"]))
    return links if len(links) > 1 else []


@register.simple_tag(takes_context=True)
def page_alternates(context) -> dict:
    """The canonical address and the ``hreflang`` alternates (with ``x-default``) of this view.

    On a page's own address: its absolute URL and one alternate per live, public translation;
    ``x-default`` is the Dutch one. On a route below a page (an agenda, a survey step) only the
    canonical address, without query string. On other views (search): the same path in each
    language. Returns ``{"canonical": url, "alternates": [(hreflang, url), …]}``.
    """
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if isinstance(page, Page):
        if page.get_url(request) != request.path:
            return {"canonical": _absolute(request, request.path), "alternates": []}
        urls = {
            translation.locale.language_code: translation.get_full_url(request)
            for translation in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
        canonical = page.get_full_url(request)
    else:
        urls = {
            code: _absolute(request, translate_url(request.path, code))
            for code, _name in settings.LANGUAGES
        }
        canonical = _absolute(request, request.path)
    alternates = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
    if len(alternates) > 1 and settings.LANGUAGE_CODE in urls:
        alternates.append(("x-default", urls[settings.LANGUAGE_CODE]))
    else:
        alternates = []
    return {"canonical": canonical, "alternates": alternates}


def _absolute(request, path: str) -> str:
    """``path`` on the site's own address (Wagtail's Site), else on the request's host."""
    site = Site.find_for_request(request)
    if site is not None:
        return site.root_url.rstrip("/") + path
    return request.build_absolute_uri(path)


def prefers_english(request) -> bool:
    """Whether the browser's first supported language in ``Accept-Language`` is English."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "") if request else ""
    for code, _quality in parse_accept_lang_header(header):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code) == "en"
        except LookupError:
            continue
    return False


@register.simple_tag(takes_context=True)
def only_in_dutch(context) -> dict | None:
    """For a Dutch page without a live English translation: the English home page's address and
    whether to show the notice at once (browser prefers English); else None."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return None
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return None
    translations = page.get_translations().live().public()
    if translations.filter(locale__language_code="en").exists():
        return None
    site = Site.find_for_request(request)
    english_home = (
        site.root_page.get_translations().live().filter(locale__language_code="en").first()
        if site
        else None
    )
    if english_home is None:
        return None
    return {
        "id": ONLY_IN_DUTCH_ID,
        "home_url": english_home.get_url(request),
        "shown": prefers_english(request),
    }
