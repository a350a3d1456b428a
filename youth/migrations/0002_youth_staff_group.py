"""The "Jongerenwerkers" group: youth workers moderate proposals, manage vote code batches and
see the optional contact details of young people."""

from django.db import migrations

GROUP_NAME = "Jongerenwerkers"
MODELS = {
    "youthproposal": ("add", "change", "view", "moderate"),
    "youthcontact": ("view", "view_youth_personal_data"),
    "votecodebatch": ("add", "change", "view"),
}


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for model, actions in MODELS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="youth", model=model)
        for action in actions:
            codename = action if "_" in action and action.startswith("view_youth") else f"{action}_{model}"
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            permissions.append(permission)
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0001_youth"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
