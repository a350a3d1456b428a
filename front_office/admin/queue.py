"""The team queue: "Mine", "My team", "Overdue" and "All open", ordered by due time."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from front_office.admin.access import can_use_queue, can_view_all, team_ids, visible_requests

PAGE_SIZE = 50

TAB_LABELS = {
    "mine": _("Mine"),
    "team": _("My team"),
    "overdue": _("Overdue"),
    "all": _("All open"),
}


def tabs_for(user) -> list[str]:
    """The tabs ``user`` gets, in order."""
    tabs = ["mine"]
    if team_ids(user):
        tabs.append("team")
    tabs.append("overdue")
    if can_view_all(user):
        tabs.append("all")
    return tabs


def tab_requests(user, tab: str, now):
    """The unfinished requests of one tab, soonest due first."""
    requests = visible_requests(user).unfinished()
    if tab == "mine":
        requests = requests.filter(assigned_to=user)
    elif tab == "team":
        requests = requests.filter(team__in=team_ids(user))
    elif tab == "overdue":
        requests = requests.filter(due_at__lt=now)
    return requests.order_by("due_at", "pk")


def queue(request):
    """The list of requests of one tab (``?tab=``)."""
    if not can_use_queue(request.user):
        raise PermissionDenied
    tabs = tabs_for(request.user)
    default = "team" if "team" in tabs else tabs[-1]
    tab = request.GET.get("tab", default)
    if tab not in tabs:
        tab = default
    now = timezone.now()
    page = Paginator(tab_requests(request.user, tab, now), PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "front_office/admin/queue.html",
        {
            "tabs": [(name, TAB_LABELS[name]) for name in tabs],
            "tab": tab,
            "tab_label": TAB_LABELS[tab],
            "page": page,
            "rows": [(item, item.is_overdue(now)) for item in page],
        },
    )
