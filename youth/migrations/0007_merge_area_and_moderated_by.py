"""Join the area link (places) and the moderator (participation), added at the same time."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0005_proposal_area_3_switch"),
        ("youth", "0006_proposal_moderated_by"),
    ]

    operations = []
