"""News items are about an area of the area tree, not about an area page.

Step 2 of 3. The link moves from the area page (one per language) to its area (``places.Area``):
every translation of an area page maps to the same area. Stored copies of the pages (revisions,
translation sources) are re-pointed too. Backward, each link points at the area's page in the
default language again.
"""

from django.db import migrations

from places.page_links import (
    area_to_page_ids,
    copy_links,
    page_to_area_ids,
    relink_stored_content,
)


def link_to_areas(apps, schema_editor):
    model = apps.get_model("home", "NewsPage")
    mapping = page_to_area_ids(apps)
    copy_links(model, "area", "place", mapping)
    relink_stored_content(apps, "home", "NewsPage", "area", mapping)


def link_to_pages(apps, schema_editor):
    model = apps.get_model("home", "NewsPage")
    mapping = area_to_page_ids(apps)
    copy_links(model, "place", "area", mapping)
    relink_stored_content(apps, "home", "NewsPage", "area", mapping)


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_news_area"),
        ("neighbourhoods", "0005_create_areas"),
    ]

    operations = [
        migrations.RunPython(link_to_areas, link_to_pages),
    ]
