"""The "Neighbourhoods" admin menu. Viewsets join it with ``menu_hook = NEIGHBOURHOODS_MENU_HOOK``;
the menu shows only the items the user may use, and disappears when there are none."""

from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

NEIGHBOURHOODS_MENU_HOOK = "register_neighbourhoods_menu_item"

neighbourhoods_menu = Menu(
    register_hook_name=NEIGHBOURHOODS_MENU_HOOK,
    construct_hook_name="construct_neighbourhoods_menu",
)


@hooks.register("register_admin_menu_item")
def register_neighbourhoods_menu():
    """The "Neighbourhoods" menu with meetings, office hours, initiatives, budgets, postcodes."""
    return SubmenuMenuItem(
        gettext_lazy("Neighbourhoods"),
        neighbourhoods_menu,
        name="neighbourhoods",
        icon_name="site",
        order=260,
    )
