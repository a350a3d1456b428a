"""The "Wijkteams" group: neighbourhood staff keep the agenda of their areas, handle residents'
initiatives (including the contact details of initiators) and add photos to them.

Budgets are read-only for this group: the amount per area and year is set by the administrator
(finance), and only approvals change what is left of it. The postcode mapping is read-only too;
editors with the right permission import it.
"""

from django.db import migrations

GROUP_NAME = "Wijkteams"
MODELS = {
    "meeting": ("add", "change", "delete", "view"),
    "recurringofficehours": ("add", "change", "delete", "view"),
    "officehourscancellation": ("add", "change", "delete", "view"),
    "initiative": ("view", "change", "decide", "view_contact"),
    "initiativephoto": ("add", "change", "delete", "view"),
    "initiativestatuschange": ("view",),
    "neighbourhoodbudget": ("view",),
    "postcodearea": ("view",),
}
#: Permissions from ``Initiative.Meta.permissions``, with the names Django gives them.
CUSTOM_PERMISSIONS = {
    "decide_initiative": "Can change the status of residents' initiatives",
    "view_initiative_contact": "Can see contact details of initiators",
}
#: Collection permissions on the root collection, to choose and upload initiative photos.
IMAGE_PERMISSIONS = ("add_image", "choose_image")


def codename_for(action: str, model: str) -> str:
    """``decide`` → ``decide_initiative``, ``view_contact`` → ``view_initiative_contact``."""
    if action == "view_contact":
        return f"view_{model}_contact"
    return f"{action}_{model}"


def get_permission(apps, app_label: str, model: str, codename: str):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    name = CUSTOM_PERMISSIONS.get(codename, f"Can {codename.replace('_', ' ')}")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for model, actions in MODELS.items():
        for action in actions:
            codename = codename_for(action, model)
            permissions.append(get_permission(apps, "neighbourhoods", model, codename))
    group.permissions.add(*permissions)
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in IMAGE_PERMISSIONS:
        permission = get_permission(apps, "wagtailimages", "image", codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0001_neighbourhoods"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        # After Wagtail's own data migrations, which give every admin group "choose document".
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
