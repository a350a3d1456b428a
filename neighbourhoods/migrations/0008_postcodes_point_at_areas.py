"""Step 5 of 5: the postcodes' new column replaces the link to the area page."""

import django.db.models.deletion
from django.db import migrations, models


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0007_link_postcodes_to_areas"),
    ]

    operations = [
        migrations.RemoveField(model_name="postcodearea", name="area"),
        migrations.RenameField(model_name="postcodearea", old_name="place", new_name="area"),
        migrations.AlterField(
            model_name="postcodearea",
            name="area",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="postcodes",
                to="places.area",
                verbose_name="area",
            ),
        ),
    ]
