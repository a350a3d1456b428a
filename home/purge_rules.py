"""What the front caches purge for the site shell (``core.purge_rules``): the pages in the main
menu and the footer, which every page links to."""

from core.purge_rules import register_shown_on_every_page
from home.models.site_settings import NavigationSettings


def menu_and_footer_pages():
    """The pages editors chose for the main menu and the footer, on every site."""
    for settings_ in NavigationSettings.objects.prefetch_related(
        "main_menu_items__page", "footer_links__page"
    ):
        yield from (item.page for item in settings_.main_menu_items.all() if item.page)
        yield from (item.page for item in settings_.footer_links.all() if item.page)


register_shown_on_every_page(menu_and_footer_pages)
