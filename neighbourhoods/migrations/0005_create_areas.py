"""Area pages become the pages *for* an area of the area tree (``places.Area``).

One area is made per translation group of area pages (the pages that share a
``translation_key``), named after the page in the default language. A page under another area
page is a neighbourhood of the village at the top; every other page is a village. The kind
moves from the page to the area. Postcodes now point at the area instead of the Dutch page.
Stored copies of area pages (revisions, translation sources) get the area too.

Backward, each page gets its kind back from its area and each postcode points at the area's
page in the default language again; the areas themselves go with ``places``' own migration.

Step 2 of 5: the areas.
"""

from django.conf import settings
from django.db import migrations
from django.utils.text import slugify
from wagtail.coreutils import get_supported_content_language_variant

from places.page_links import page_to_area_ids, relink_stored_content


def create_areas(apps, schema_editor):
    area_page = apps.get_model("neighbourhoods", "AreaPage")
    area_model = apps.get_model("places", "Area")
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    pages = list(area_page.objects.select_related("locale").order_by("path"))
    groups: dict = {}
    for page in sorted(pages, key=lambda page: page.locale.language_code != default):
        groups.setdefault(page.translation_key, []).append(page)
    by_path = {page.path: page for page in pages}
    steplen = 4  # wagtail's treebeard path step

    def top_area_page(page):
        """The highest area page above ``page`` (its village), or None."""
        for end in range(steplen, len(page.path), steplen):
            if page.path[:end] in by_path:
                return by_path[page.path[:end]]
        return None

    taken = set(area_model.objects.values_list("slug", flat=True))
    areas: dict = {}

    def area_for(key):
        """The area of a translation group; the village of a neighbourhood is made first."""
        if key in areas:
            return areas[key]
        first = groups[key][0]
        village_page = top_area_page(first)
        village = area_for(village_page.translation_key) if village_page else None
        slug = base = slugify(first.slug) or slugify(first.title) or "gebied"
        counter = 2
        while slug in taken:
            slug, counter = f"{base}-{counter}", counter + 1
        taken.add(slug)
        areas[key] = area_model.objects.create(
            name=first.title[:100],
            slug=slug,
            kind="neighbourhood" if village else "village",
            parent=village,
            sort_order=min(len(areas), 32767),
        )
        return areas[key]

    for key in sorted(groups, key=lambda key: groups[key][0].path):
        area_for(key)
    for key, area in areas.items():
        area_page.objects.filter(translation_key=key).update(area=area)
    page_areas = page_to_area_ids(apps)
    relink_stored_content(
        apps,
        "neighbourhoods",
        "AreaPage",
        "area",
        lambda content: page_areas.get(int(content.get("pk") or content.get("id") or 0)),
    )


def restore_kinds(apps, schema_editor):
    area_page = apps.get_model("neighbourhoods", "AreaPage")
    for kind in ("village", "neighbourhood"):
        area_page.objects.filter(area__kind=kind).update(kind=kind)
    kinds = dict(area_page.objects.values_list("pk", "kind"))
    relink_stored_content(
        apps,
        "neighbourhoods",
        "AreaPage",
        "kind",
        lambda content: kinds.get(int(content.get("pk") or content.get("id") or 0), "village"),
    )


# PostgreSQL checks foreign keys at the end of a transaction, and refuses ALTER TABLE on a
# table with rows changed in the same transaction: so each data step is a migration of its
# own, between the schema steps before and after it.
class Migration(migrations.Migration):
    dependencies = [
        ("neighbourhoods", "0004_area_pages_for_places"),
    ]

    operations = [
        migrations.RunPython(create_areas, restore_kinds),
    ]
