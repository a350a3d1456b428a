"""Fill in ``moderated_by`` for items moderated before it was recorded (used by migrations).

Wagtail's audit log already knows who approved, rejected or merged an item; the newest such
entry per item names its moderator. Items without an entry, or whose moderator's account is gone,
keep an empty ``moderated_by``.
"""

from collections import defaultdict

from django.conf import settings


def fill_moderated_by(apps, app_label: str, model_name: str, actions: list[str]) -> None:
    """Copy the user of the newest ``actions`` log entry to ``moderated_by`` where it is empty."""
    content_type = (
        apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label=app_label, model=model_name.lower())
        .first()
    )
    if content_type is None:
        return
    log_entries = (
        apps.get_model("wagtailcore", "ModelLogEntry")
        .objects.filter(content_type=content_type, action__in=actions, user__isnull=False)
        .order_by("timestamp", "pk")
        .values_list("object_id", "user_id")
    )
    moderator_of = dict(log_entries)  # the newest entry wins
    existing_users = set(
        apps.get_model(settings.AUTH_USER_MODEL).objects.values_list("pk", flat=True)
    )
    model = apps.get_model(app_label, model_name)
    items_by_user = defaultdict(list)
    for pk in model.objects.filter(
        moderated_at__isnull=False, moderated_by__isnull=True
    ).values_list("pk", flat=True):
        user_id = moderator_of.get(str(pk))
        if user_id in existing_users:
            items_by_user[user_id].append(pk)
    for user_id, pks in items_by_user.items():
        model.objects.filter(pk__in=pks).update(moderated_by_id=user_id)
