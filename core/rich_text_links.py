"""Internal links in rich text that say which language they lead to.

Wagtail's page link points at the reader's translation of the linked page when there is one
(``page.localized``). Without one, an English text links to the Dutch page: this handler then
adds ``hreflang`` with the page's language, and the rich-text template
(``wagtailcore/shared/richtext.html``) adds the visible mark "(in Dutch)" after the link
(``core.templatetags.language_marks``); the link opens the page's notice "This page is only
available in Dutch". Registered in ``core/wagtail_hooks.py``.
"""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from core.templatetags.language_marks import notice_fragment, other_language


class LanguageAwarePageLinkHandler(PageLinkHandler):
    """Wagtail's page link, with ``hreflang`` when the page is not in the reader's language."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        tags = []
        for page in cls.get_many(attrs_list):
            if page is None:
                tags.append("<a>")
                continue
            shown = page.localized
            language = other_language(shown)
            hreflang = f' hreflang="{escape(language)}"' if language else ""
            url = f"{shown.url}{notice_fragment(language)}"
            tags.append(f'<a href="{escape(url)}"{hreflang}>')
        return tags
