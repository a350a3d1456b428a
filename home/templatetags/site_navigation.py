"""Template tags for site-wide navigation: main menu, language switcher and breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

register = template.Library()


def localized_home(request):
    """The site's home page in the active language (falls back to the default language)."""
    site = Site.find_for_request(request)
    return site.root_page.localized.specific if site else None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Published pages directly under the home page that editors marked "show in menus"."""
    request = context.get("request")
    home = localized_home(request) if request else None
    if home is None:
        return Page.objects.none()
    return home.get_children().live().public().in_menu()


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
