"""``{% product_page_sections page as sections %}``: the sections other apps add to a product page."""

from django import template

from kcc_content.product_page_sections import PRODUCT_PAGE_SECTIONS

register = template.Library()


@register.simple_tag(takes_context=True)
def product_page_sections(context, page):
    """The registered product page sections that have something to show on ``page``."""
    request = context.get("request")
    if request is None:
        return []
    return PRODUCT_PAGE_SECTIONS.shown(page, request)
