"""Who may see and handle which callback and contact requests.

A member of a handling team (a user in the team's group) sees and handles the requests of that
team, with the resident's contact details. A user with ``front_office.view_contactrequest`` sees
every request (the "All open" tab) but not the contact details of another team's request; with
``front_office.change_contactrequest`` they may also handle any request and see its details.
"""

from front_office.models import ContactRequest, HandlingTeam

VIEW_ALL = "front_office.view_contactrequest"
HANDLE_ALL = "front_office.change_contactrequest"


def team_ids(user) -> set[int]:
    """The handling teams ``user`` is a member of."""
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_front_office_team_ids", None)
    if cached is None:
        cached = set(HandlingTeam.objects.filter(group__user=user).values_list("pk", flat=True))
        user._front_office_team_ids = cached
    return cached


def can_view_all(user) -> bool:
    return user.is_active and user.has_perm(VIEW_ALL)


def can_use_queue(user) -> bool:
    """Shown the "Requests" menu item: a team member or someone who may see all requests."""
    return user.is_active and (can_view_all(user) or bool(team_ids(user)))


def visible_requests(user):
    """The requests ``user`` may open."""
    requests = ContactRequest.objects.select_related("team__group", "assigned_to")
    if can_view_all(user):
        return requests
    return requests.filter(team__in=team_ids(user))


def can_handle(user, request_obj: ContactRequest) -> bool:
    """May claim, note, hand over and close the request (and see the resident's details)."""
    return user.is_active and (request_obj.team_id in team_ids(user) or user.has_perm(HANDLE_ALL))
