"""The contact centre books appointments: the "KCC-medewerkers" group may add bookings (from the
Kennisbank, for a resident on the phone) and view the day agenda."""

from django.db import migrations

GROUP_NAME = "KCC-medewerkers"
PERMISSIONS = (
    ("add_booking", "Can add booking"),
    ("view_booking", "Can view booking"),
)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is None:
        return  # the municipality removed the group: nothing to grant
    booking_type, _ = ContentType.objects.get_or_create(app_label="appointments", model="booking")
    for codename, name in PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=booking_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_bookable_offer_and_bookings"),
        ("kcc_content", "0004_kcc_staff_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
