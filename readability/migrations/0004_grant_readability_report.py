"""Content coordinators and language coaches may open the "Leesbaarheid" report."""

from django.db import migrations

GROUPS = ("Contentcoördinatoren", "Taalcoaches")
CODENAME = "view_readability_report"


def grant_report(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="readability", model="readabilityresult"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=CODENAME,
        defaults={"name": "Can view the readability report"},
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke_report(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="readability", codename=CODENAME
    ).first()
    if permission:
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("readability", "0003_readability_report_permission"),
        # The groups are created with the default publishing workflow.
        ("kcc_content", "0002_default_publishing_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_report, revoke_report)]
