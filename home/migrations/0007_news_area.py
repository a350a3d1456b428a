"""The area link, step 1 of 3: a new column that points at the area tree (``places.Area``).

Step 2 fills it from the area page, step 3 replaces the old link with it.
"""

import django.db.models.deletion
from django.db import migrations, models


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_newspage_area"),
        ("places", "0001_areas"),
    ]

    operations = [
        migrations.AddField(
            model_name="newspage",
            name="place",
            field=models.ForeignKey(
                null=True,
                blank=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="places.area",
            ),
        ),
    ]
