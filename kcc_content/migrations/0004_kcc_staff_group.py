"""The "KCC-medewerkers" group: contact-centre staff may use the Kennisbank (view answers)."""

from django.db import migrations

GROUP_NAME = "KCC-medewerkers"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    answer_type, _ = ContentType.objects.get_or_create(
        app_label="kcc_content", model="questionanswer"
    )
    view_answers, _ = Permission.objects.get_or_create(
        content_type=answer_type,
        codename="view_questionanswer",
        defaults={"name": "Can view question and answer"},
    )
    group.permissions.add(*[p for p in (access_admin, view_answers) if p])


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0003_products_and_answers"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
