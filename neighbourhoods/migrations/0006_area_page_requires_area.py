"""Step 3 of 5: each area page has an area, which holds the kind; postcodes get a new column."""

import django.db.models.deletion
from django.db import migrations, models


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0005_create_areas"),
    ]

    operations = [
        migrations.AlterField(
            model_name="areapage",
            name="area",
            field=models.ForeignKey(
                help_text="The area this page is about. Each language has one page per area.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="pages",
                to="places.area",
                verbose_name="village or neighbourhood",
            ),
        ),
        migrations.RemoveField(model_name="areapage", name="kind"),
        migrations.AddField(
            model_name="postcodearea",
            name="place",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="places.area",
            ),
        ),
        # Nullable, so that going back can add the page link again before filling it.
        migrations.AlterField(
            model_name="postcodearea",
            name="area",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="postcodes",
                to="neighbourhoods.areapage",
                verbose_name="area",
            ),
        ),
    ]
