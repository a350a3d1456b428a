"""Small steps every app's demo builder takes: StreamField JSON and page permissions for staff."""

import json

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page


def body_stream(blocks) -> str:
    """The demo body's (type, value) tuples as StreamField JSON."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


def grant_page_permissions(group: Group | None, page: Page, codenames: tuple[str, ...]) -> None:
    """Give ``group`` the page permissions ``codenames`` on ``page`` and the pages below it."""
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
