"""The area link, step 3 of 3: the new column replaces the link to the area page."""

import django.db.models.deletion
from django.db import migrations, models


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_consultation_area_2_link"),
    ]

    operations = [
        migrations.RemoveField(model_name="consultationpage", name="area"),
        migrations.RenameField(model_name="consultationpage", old_name="place", new_name="area"),
        migrations.AlterField(
            model_name="consultationpage",
            name="area",
            field=models.ForeignKey(
                blank=True,
                help_text="The village or neighbourhood. Leave empty for the whole municipality.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="places.area",
                verbose_name="area",
            ),
        ),
    ]
