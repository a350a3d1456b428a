"""``{% pagefragment "name" %}…{% endpagefragment %}``: a part of the page shell kept in the cache.

For the menu, footer and breadcrumbs, which read many pages and the settings but change only when
the tree or the settings do. The key is the fragment's name, the site, the language, the page
(Wagtail's ``Page.cache_key``: id, address and last publication) and the tree version
(``core.tree_version``), so a publish anywhere or a settings change shows at once. Views without
a page (search) and previews render the fragment every time, like Wagtail's ``wagtailpagecache``.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core import tree_version
from core.page_cache import CACHE_ALIAS

register = template.Library()


class PageFragmentNode(template.Node):
    """Renders its content once per key and then serves it from the cache."""

    def __init__(self, name: str, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        if request is None or not isinstance(page, Page) or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = (
            "page-fragment:"
            + hashlib.sha256(
                "\n".join(
                    [
                        self.name,
                        str(site.pk if site else ""),
                        get_language() or "",
                        page.cache_key,
                        tree_version.current(request),
                    ]
                ).encode()
            ).hexdigest()
        )
        cache = caches[CACHE_ALIAS]
        content = cache.get(key)
        if content is None:
            content = self.nodelist.render(context)
            cache.set(key, content, settings.PAGE_FRAGMENT_SECONDS)
        return content


@register.tag
def pagefragment(parser, token):
    """``{% pagefragment "site_header" %}…{% endpagefragment %}``."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("pagefragment takes one quoted name")
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1][1:-1], nodelist)
