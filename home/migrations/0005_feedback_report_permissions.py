"""Content coordinators may read resident feedback and searches without results (the reports)."""

from django.db import migrations

COORDINATORS = "Contentcoördinatoren"
PERMISSIONS = [
    ("pagefeedback", "view_pagefeedback", "Can view page feedback"),
    ("searchwithoutresults", "view_searchwithoutresults", "Can view search without results"),
]


def grant_view_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    for model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="home", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        coordinators.permissions.add(permission)


def revoke_view_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators = Group.objects.filter(name=COORDINATORS).first()
    if coordinators:
        codenames = [codename for _, codename, _ in PERMISSIONS]
        coordinators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="home", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_feedback_comments_and_search_log"),
        ("kcc_content", "0002_default_publishing_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_view_permissions, revoke_view_permissions)]
