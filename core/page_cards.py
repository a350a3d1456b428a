"""Pages loaded for a list of cards (``components/card.html``): only what a card shows.

A card shows a page's title, address, summary and image, and marks its language. Wagtail's
``.specific()`` reads whole pages, every body and rich text field included, and each card then
asked for its image on its own: a section with 250 children read 250 bodies to show 250 titles.
``for_cards`` reads the specific page of every item with only the fields a card uses, in one
query per page type, with the images and their renditions in bulk, so a list costs the same
number of queries however long it is.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.models import Page

#: The page fields a card reads: the title; what Wagtail needs for the page's address (its
#: ``url_path``, its place in the tree and its language); what lists need to swap an item for
#: its translation; and, on the page types that have them, the summary and the image.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale",
    "translation_key",
    "content_type",
    "live",
    "intro",
    "image",
)


def for_cards(pages: Iterable[Page] | QuerySet, *extra_fields: str) -> list[Page]:
    """The specific pages of ``pages``, in their order, with only ``CARD_FIELDS`` (and
    ``extra_fields``, such as a news item's ``date``) loaded.

    A page whose specific row is missing (its type's table was removed) is left out. Reading a
    field that was not loaded still works, but costs a query for that page.
    """
    if isinstance(pages, QuerySet):
        keys = list(pages.values_list("pk", "content_type_id"))
    else:
        keys = [(page.pk, page.content_type_id) for page in pages]
    pks_by_type = defaultdict(list)
    for pk, content_type_id in keys:
        pks_by_type[content_type_id].append(pk)
    loaded = {}
    for content_type_id, pks in pks_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        loaded.update((page.pk, page) for page in _card_query(model, pks, extra_fields))
    return [loaded[pk] for pk, _type in keys if pk in loaded]


def _card_query(model, pks: list, extra_fields: tuple[str, ...]) -> QuerySet:
    """The pages ``pks`` of one page type with only the card's fields of that type."""
    names = {field.name for field in model._meta.concrete_fields}
    query = model.objects.filter(pk__in=pks).only(
        *[name for name in (*CARD_FIELDS, *extra_fields) if name in names]
    )
    if "image" in names:
        query = query.select_related("image").prefetch_related("image__renditions")
    return query.select_related("locale")
