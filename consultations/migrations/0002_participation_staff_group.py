"""The "Participatiemedewerkers" group: participation staff moderate input, enter offline input,
give dispositions and are the only ones (with administrators) who see participants' personal data.
"""

from django.db import migrations

GROUP_NAME = "Participatiemedewerkers"
MODELS = {
    "idea": ("add", "change", "delete", "view", "moderate"),
    "reaction": ("add", "change", "delete", "view", "moderate"),
    "participant": ("view", "change", "delete"),
    "surveyresponse": ("add", "change", "delete", "view"),
    "surveytheme": ("add", "change", "delete", "view"),
    "follower": ("view", "delete"),
    "invitationcode": ("add", "view"),
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
        content_type, _ = ContentType.objects.get_or_create(app_label="consultations", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_consultations"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
