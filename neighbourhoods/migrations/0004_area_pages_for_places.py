"""Area pages become the pages *for* an area of the area tree, step 1 of 5: the page's area column.

Step 2 makes the areas, 3 requires them and adds the postcodes' new column, 4 links the
postcodes, 5 replaces their old link.
"""

import django.db.models.deletion
from django.db import migrations, models


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0003_initiative_personal_data_confirmation"),
        ("places", "0001_areas"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="areapage",
            name="area",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="pages",
                to="places.area",
                verbose_name="village or neighbourhood",
            ),
        ),
    ]
