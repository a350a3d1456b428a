"""Step 4 of 5: postcodes point at the area instead of the Dutch area page."""

from django.db import migrations

from places.page_links import area_to_page_ids, copy_links, page_to_area_ids


def link_postcodes_to_areas(apps, schema_editor):
    postcode_area = apps.get_model("neighbourhoods", "PostcodeArea")
    copy_links(postcode_area, "area", "place", page_to_area_ids(apps))


def link_postcodes_to_pages(apps, schema_editor):
    postcode_area = apps.get_model("neighbourhoods", "PostcodeArea")
    copy_links(postcode_area, "place", "area", area_to_page_ids(apps))


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0006_area_page_requires_area"),
    ]

    operations = [
        migrations.RunPython(link_postcodes_to_areas, link_postcodes_to_pages),
    ]
