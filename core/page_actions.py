"""Page actions: one button in the page editor's header menu and in the explorer's "more" menu.

Wagtail shows page buttons through two hooks, ``register_page_header_buttons`` (the editor's
header menu) and ``register_page_listing_more_buttons`` (the "more" menu of a row in the page
explorer). An app action belongs in both places with the same rule, so it is registered once here::

    register_page_action(
        _("Vote codes"),
        "youth_vote_codes",
        icon="key",
        priority=85,
        page_types=(VotingRoundPage,),
        permission="youth.add_votecode",
    )

The URL is ``reverse(url_name, args=[page.pk])``. The button shows when every given condition
holds: the page is one of ``page_types`` (subclasses count), the user has ``permission``, and
``applies_to(page, user)`` returns true.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

PageRule = Callable[..., bool]


def page_has_type(page, page_types: tuple[type, ...]) -> bool:
    """Whether ``page`` is (a subclass of) one of ``page_types``, without loading the specific page."""
    specific_class = page.specific_class or type(page)
    return issubclass(specific_class, page_types)


def register_page_action(
    label,
    url_name: str,
    *,
    icon: str,
    priority: int,
    page_types: tuple[type, ...] = (),
    permission: str | None = None,
    applies_to: PageRule | None = None,
    with_next_url: bool = False,
) -> Callable:
    """Register the button in both page menus; returns the function that yields it.

    ``with_next_url`` adds ``?next=<the listing or editor URL>`` so the action can return there.
    """

    def action_buttons(page, user, next_url=None):
        if page_types and not page_has_type(page, page_types):
            return
        if permission and not user.has_perm(permission):
            return
        if applies_to is not None and not applies_to(page, user):
            return
        url = reverse(url_name, args=[page.pk])
        if with_next_url and next_url:
            url = f"{url}?{urlencode({'next': next_url})}"
        yield Button(label, url, icon_name=icon, priority=priority)

    def header_buttons(page, user, view_name=None, next_url=None, **kwargs):
        yield from action_buttons(page, user, next_url)

    def listing_buttons(page, user, next_url=None, **kwargs):
        yield from action_buttons(page, user, next_url)

    hooks.register("register_page_header_buttons", header_buttons)
    hooks.register("register_page_listing_more_buttons", listing_buttons)
    return action_buttons
