"""Mark what a page shows or links to in another language than its own.

Lists on translated pages keep items that have no translation (``core.translated_lists``), and
content in English may link to a page that exists only in Dutch. Residents must see that before
they follow the link, and screen readers must read the Dutch words as Dutch (WCAG 3.1.2):

- ``{{ page|other_language }}``: the page's language code when it is not the language of the
  page being shown, else "". Templates put it in ``lang`` (the Dutch title and summary) and
  ``hreflang`` (the link) and add the mark.
- ``{% language_mark code %}``: the visible mark "(in Dutch)", in the reader's language.
- ``{{ html|mark_other_language_links }}``: the same mark after every rich-text link whose
  ``hreflang`` (set by ``core.rich_text_links``) is not the reader's language.
- ``{{ code|notice_fragment }}``: "#only-in-dutch" for a link from another language to a Dutch
  page: the page's notice "This page is only available in Dutch" (the site shell's
  ``components/only_in_dutch_notice.html``) has that id and shows when it is the target.
"""

import re

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.locales_per_request import locale_of

register = template.Library()

#: The id of the notice on a page that exists only in Dutch (the default language).
ONLY_IN_DUTCH_ID = "only-in-dutch"

#: A complete link whose opening tag carries ``hreflang``. Links do not nest, so the first
#: ``</a>`` after the opening tag closes it.
LINK_WITH_HREFLANG = re.compile(
    r"""<a\b[^>]*?\shreflang="(?P<language>[a-zA-Z-]+)"[^>]*>.*?</a>""", re.DOTALL
)


def reader_language() -> str:
    """The language of the page being shown: Django's active language, without region."""
    return (get_language() or "").split("-")[0]


def language_code_of(page) -> str:
    """The language code of a page (or of any object with a ``locale``), or "" without one.

    Lists mark every item, so the locale comes from the request's locales
    (``core.locales_per_request``), not from a query per item."""
    locale = locale_of(page) if hasattr(page, "locale_id") else getattr(page, "locale", None)
    return locale.language_code if isinstance(locale, Locale) else ""


@register.filter
def other_language(page) -> str:
    """The language code of ``page`` when it differs from the reader's language, else ""."""
    code = language_code_of(page)
    return code if code and code != reader_language() else ""


@register.filter
def notice_fragment(code: str) -> str:
    """The fragment that opens the only-in-Dutch notice, for a link from another language to a
    page in the default language (``code`` as ``other_language`` gives it); else ""."""
    if code and code == settings.LANGUAGE_CODE and reader_language() != code:
        return f"#{ONLY_IN_DUTCH_ID}"
    return ""


def language_name(code: str) -> str:
    """The name of a language in the reader's language ("Dutch", "Engels")."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


@register.simple_tag
def language_mark(code: str) -> str:
    """The visible mark "(in Dutch)" for something in language ``code`` (nothing for "")."""
    if not code:
        return ""
    return format_html(
        '<span class="language-mark" lang="{}">{}</span>',
        reader_language(),
        _("(in %(language)s)") % {"language": language_name(code)},
    )


@register.filter
def mark_other_language_links(html) -> SafeString:
    """``html`` (trusted rich text) with the mark after each link to another language."""
    reader = reader_language()

    def add_mark(match: re.Match) -> str:
        code = match.group("language").split("-")[0]
        if code == reader:
            return match.group(0)
        return f"{match.group(0)} {language_mark(code)}"

    return mark_safe(LINK_WITH_HREFLANG.sub(add_mark, str(html)))  # noqa: S308 (trusted HTML)
