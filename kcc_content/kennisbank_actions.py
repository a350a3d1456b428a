"""Controls that other apps add to every Kennisbank search result, without kcc_content importing them.

An app on a higher floor (the front office's "Register contact") registers a callable from its
``wagtail_hooks.py``; the Kennisbank calls each one per result with the request, the kind of the
result (``"answer"`` or ``"product"``), the object and the search query, and shows the HTML it
returns (an empty string to show nothing, for instance to a user without permission).
"""

from collections.abc import Callable

from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

ResultAction = Callable[[HttpRequest, str, object, str], str]

_actions: dict[str, ResultAction] = {}


def register_result_action(name: str, action: ResultAction) -> None:
    """Add (or replace) the control ``name``; its HTML must be safe (built by a template)."""
    _actions[name] = action


def registered_names() -> list[str]:
    return list(_actions)


def render_result_actions(request: HttpRequest, kind: str, obj, query: str) -> SafeString:
    """The HTML of every registered control for one search result, in registration order."""
    rendered = [action(request, kind, obj, query) for action in _actions.values()]
    return format_html_join("", "{}", ((html,) for html in rendered if html))
