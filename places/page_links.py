"""Data migration steps for moving links from area pages to areas (``places.Area``).

Before the area tree existed, consultations, news, youth proposals and postcodes pointed at an
area page (``neighbourhoods.AreaPage``), which exists once per language. The migrations that
re-point them use these steps with the historical models they are given, so they run the same
way on every database, forward and backward:

- ``page_to_area_ids``: area page id → area id (every translation of a page maps to its area);
- ``area_to_page_ids``: area id → the id of its page in the default language (for going back);
- ``copy_links``: fill a new foreign key from the old one through such a mapping;
- ``relink_stored_content``: the same for the copies of a page kept in its revisions and in
  wagtail-localize's translation sources, so an editor who opens a draft, reverts to an older
  revision or syncs a translation gets the area, not the id of an old page.
"""

import json

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant


def page_to_area_ids(apps) -> dict[int, int]:
    """Area page id → the id of the area it is for."""
    area_page = apps.get_model("neighbourhoods", "AreaPage")
    return dict(area_page.objects.exclude(area=None).values_list("pk", "area_id"))


def area_to_page_ids(apps) -> dict[int, int]:
    """Area id → the id of one page for it: in the default language when it has one, else the
    first page made for it."""
    area_page = apps.get_model("neighbourhoods", "AreaPage")
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    rows = area_page.objects.exclude(area=None).values_list(
        "pk", "area_id", "locale__language_code"
    )
    mapping: dict[int, int] = {}
    for page_id, area_id, _language in sorted(rows, key=lambda row: (row[2] != default, row[0])):
        mapping.setdefault(area_id, page_id)
    return mapping


def copy_links(model, source: str, target: str, mapping: dict[int, int]) -> int:
    """Set ``target`` from ``source`` (both foreign key names) on every row of ``model``
    through ``mapping``; rows whose ``source`` is empty or unknown get no link. Returns the
    number of linked rows."""
    linked = 0
    rows = model.objects.exclude(**{f"{source}__isnull": True})
    for pk, old_id in rows.values_list("pk", f"{source}_id"):
        new_id = mapping.get(old_id)
        if new_id is not None:
            model.objects.filter(pk=pk).update(**{f"{target}_id": new_id})
            linked += 1
    return linked


def relink_stored_content(apps, app_label: str, model_name: str, field: str, mapping) -> None:
    """Rewrite ``field`` in the stored copies of ``app_label.model_name`` pages.

    ``mapping`` is a dict (old id → new id) or a callable ``(stored copy) -> new id``; a copy
    whose old value is unknown gets None.
    """
    content_type_model = apps.get_model("contenttypes", "ContentType")
    content_type = content_type_model.objects.filter(
        app_label=app_label, model=model_name.lower()
    ).first()
    if content_type is None:
        return
    revision = apps.get_model("wagtailcore", "Revision")
    for stored in revision.objects.filter(content_type=content_type).iterator():
        content = stored.content
        if _relink(content, field, mapping):
            revision.objects.filter(pk=stored.pk).update(content=content)
    try:
        source_model = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    for source in source_model.objects.filter(specific_content_type=content_type).iterator():
        content = json.loads(source.content_json)
        if _relink(content, field, mapping):
            source_model.objects.filter(pk=source.pk).update(content_json=json.dumps(content))


def _relink(content: dict, field: str, mapping) -> bool:
    if callable(mapping):
        new_value = mapping(content)
    elif content.get(field) is None:
        return False
    else:
        new_value = mapping.get(_as_int(content[field]))
    if content.get(field) == new_value:
        return False
    content[field] = new_value
    return True


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
