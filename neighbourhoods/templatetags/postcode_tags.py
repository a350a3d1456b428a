"""Template tags for the postcode form on pages other than the area overview (the home page)."""

from django import template

from neighbourhoods.models import AreaIndexPage

register = template.Library()


@register.simple_tag
def area_index_for(page):
    """The published area overview in the language (and site) of ``page``, or None.

    ``{% area_index_for page as area_index %}`` then ``{% if area_index %}`` shows the form only
    where there is an overview to answer it.
    """
    if page is None:
        return None
    overviews = AreaIndexPage.objects.live().public().filter(locale_id=page.locale_id)
    site = page.get_site()
    if site is not None:
        overviews = overviews.in_site(site)
    return overviews.order_by("path").first()
