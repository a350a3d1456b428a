"""Join the area link (places) and the moderator (participation), added at the same time."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_consultation_area_3_switch"),
        ("consultations", "0008_contribution_moderated_by"),
    ]

    operations = []
