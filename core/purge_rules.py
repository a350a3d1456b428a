"""What to purge from the front caches when content changes: the pages that show it.

Wagtail's front-end cache invalidation (``wagtail.contrib.frontend_cache``) does the purging,
with the backends in ``WAGTAILFRONTENDCACHE``: the site's own cache (``core.page_cache``), and
Varnish or a CDN when configured. Wagtail's own signal handlers would purge only the published
page itself; these rules replace them (the app is not installed, its backends and purge task are
used) and purge, in one batch after the change is committed:

- a page published, unpublished or deleted: the page (its ``get_cached_paths``), its ancestors
  (their lists show it), its translations (their language switch and alternates link to it), the
  pages that link to or choose it (Wagtail's reference index), the landing pages that apps
  register (``register_landing_pages``: area pages show news, consultations and meetings) and the
  sitemaps; and every page when the page is in the menu or footer (``register_shown_on_every_page``);
- a page moved or renamed: the same, plus the old addresses of the page and its descendants;
- a setting saved (menu, footer, contact details): every page;
- a snippet or other registered content (``register_landing_content``) saved or deleted: the pages
  that reference it and the landing pages; content an app registered with ``register_shown_on``
  (a youth proposal): the pages it names.

Routable pages list the addresses of their public routes in ``get_cached_paths`` (Wagtail's
hook), so the routes are purged with the page.

Every change also gives the page tree a new version (``core.tree_version``), which the cached
menu, footer and breadcrumbs are keyed on.
"""

import functools
from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.hooks import search_for_hooks
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from core import tree_version

_landing_page_sources: list[Callable[[], Iterable[Page]]] = []
_landing_content_models: set[type] = set()
_every_page_sources: list[Callable[[], Iterable[Page]]] = []


def register_shown_on_every_page(source: Callable[[], Iterable[Page]]) -> None:
    """Add pages that every page links to (the menu and footer that editors choose): a change
    to one of them, or to a translation of one, purges every page. ``source`` is called at purge
    time."""
    _every_page_sources.append(source)


def is_shown_on_every_page(page: Page) -> bool:
    """Whether every page shows ``page`` (or its translation): in a registered menu or footer,
    or a child of a home page shown in menus (the menu until editors choose one)."""
    if page.show_in_menus and page.depth == 3:
        return True
    keys = {shown.translation_key for source in _every_page_sources for shown in source()}
    return page.translation_key in keys


def register_landing_pages(source: Callable[[], Iterable[Page]]) -> None:
    """Add pages that list content from elsewhere in the tree (the area pages), purged with
    every change. ``source`` is called at purge time and returns live pages."""
    _landing_page_sources.append(source)


def register_landing_content(*models: type) -> None:
    """Purge the landing pages when an object of one of ``models`` (not a page, not a snippet:
    a meeting, an initiative) is saved or deleted."""
    _landing_content_models.update(models)


_shown_on: dict[type, Callable[[object], Iterable[Page]]] = {}


def register_shown_on(model: type, pages_showing: Callable[[object], Iterable[Page]]) -> None:
    """Purge ``pages_showing(instance)`` (with their ``get_cached_paths``) when an object of
    ``model`` is saved or deleted: a youth proposal is shown on the youth home page and its own
    route of it."""
    _shown_on[model] = pages_showing


def landing_pages() -> list[Page]:
    """The live landing pages of every registered source."""
    return [page for source in _landing_page_sources for page in source()]


def sitemap_urls() -> list[str]:
    """The sitemap's absolute addresses on every site (its pages share the address: ``?p=N``)."""
    try:
        path = reverse("sitemap")
    except NoReverseMatch:
        return []
    return [site.root_url.rstrip("/") + path for site in Site.objects.all()]


def _all_live_pages():
    return Page.objects.live().filter(depth__gt=1)


def _referencing_pages(objects) -> list[Page]:
    """Live pages that link to or choose any of ``objects``: Wagtail's reference index, plus the
    many-to-many fields of pages (the index leaves those out: a product's related answers)."""
    references = ReferenceIndex.get_references_to_in_bulk(objects).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    for instance in objects:
        for relation in instance._meta.related_objects:
            if relation.many_to_many and issubclass(relation.related_model, Page):
                chosen_by = relation.related_model.objects.filter(**{relation.field.name: instance})
                page_ids.update(chosen_by.values_list("pk", flat=True))
    return list(Page.objects.live().filter(pk__in=page_ids))


def _is_setting(model) -> bool:
    return model is not None and issubclass(model, BaseSiteSetting | BaseGenericSetting)


def urls_showing_page(
    page: Page, old_urls: Iterable[str] = (), old_parent: Page | None = None
) -> set[str]:
    """The absolute addresses that show ``page`` (see the module docstring); after a move, also
    its old addresses and its old parent's."""
    if is_shown_on_every_page(page):
        return urls_of_every_page() | set(old_urls)
    batch = PurgeBatch(old_urls)
    shown_on = [page]
    shown_on += page.get_ancestors().live().filter(depth__gt=1)
    if old_parent is not None and old_parent.depth > 1:
        shown_on.append(old_parent)
    shown_on += page.get_translations().live()
    shown_on += _referencing_pages([page])
    shown_on += landing_pages()
    batch.add_pages(shown_on)
    batch.add_urls(sitemap_urls())
    return batch.urls


def urls_of_every_page() -> set[str]:
    """Every live page's addresses and the sitemaps."""
    batch = PurgeBatch(sitemap_urls())
    batch.add_pages(_all_live_pages().specific(defer=True))
    return batch.urls


def purge(urls: Iterable[str]) -> None:
    """Purge ``urls`` from every front cache, and give the tree a new version, once the current
    transaction is committed (what the caches would fetch again must be there by then)."""
    urls = set(urls)

    def send():
        tree_version.bump()
        if urls:
            PurgeBatch(urls).purge()

    transaction.on_commit(send)


def front_caches_configured() -> bool:
    """Whether any purge backend is configured (none in tests and without a page cache)."""
    return bool(get_backends())


def _descendants_old_urls(page: Page, old_url_path: str) -> list[str]:
    """The addresses ``page`` and its descendants had before their URL path changed."""
    new_url = page.get_full_url()
    site = page.get_site()
    if new_url is None or site is None:
        return []
    root_path = site.root_page.url_path
    relative_new = page.url_path.removeprefix(root_path)
    base = new_url[: len(new_url) - len(relative_new)] if relative_new else new_url
    old_url = base + old_url_path.removeprefix(root_path)
    descendants = page.get_descendants().live().values_list("url_path", flat=True)
    return [old_url] + [old_url + path.removeprefix(page.url_path) for path in descendants]


# Without a front cache only the tree version changes: no addresses are worked out.


def _on_page_changed(sender, instance, **kwargs):
    purge(urls_showing_page(instance) if front_caches_configured() else ())


def _on_page_moved(sender, instance, url_path_before, parent_page_before, **kwargs):
    if not front_caches_configured():
        purge(())
    elif instance.live:
        old_urls = _descendants_old_urls(instance, url_path_before)
        purge(urls_showing_page(instance, old_urls, parent_page_before))
    else:
        purge(_descendants_old_urls(instance, url_path_before))


def _on_slug_changed(sender, instance, instance_before, **kwargs):
    if not front_caches_configured() or not instance.live:
        purge(())
        return
    old_urls = _descendants_old_urls(instance, instance_before.url_path)
    purge(urls_showing_page(instance, old_urls))


def _on_saved_or_deleted(sender, instance, **kwargs):
    """Settings, snippets and registered content (any model's save comes here, so the test for
    "is it one of those" comes first and is cheap). Only settings change the tree version: the
    menu and footer show them; snippets and other content are not in the kept fragments."""
    if _is_setting(sender):
        purge(urls_of_every_page() if front_caches_configured() else ())
    elif not front_caches_configured():
        return
    elif sender in _shown_on:
        batch = PurgeBatch()
        batch.add_pages([page for page in _shown_on[sender](instance) if page is not None])
        purge(batch.urls)
    elif sender in _landing_content_models or sender in _snippet_models():
        purge(_urls_showing_content(instance))


def _on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        purge(urls_showing_page(instance) if front_caches_configured() else ())


@functools.cache
def _snippet_models() -> frozenset[type]:
    # Snippets register in the apps' wagtail_hooks, which a management command (the scheduler
    # publishing a snippet) never loads unless asked. Remembered: every model save asks, and the
    # registered snippets do not change once the hooks are loaded.
    search_for_hooks()
    return frozenset(model for model in get_snippet_models() if not issubclass(model, Page))


def _urls_showing_content(instance) -> set[str]:
    batch = PurgeBatch()
    batch.add_pages(_referencing_pages([instance]) + landing_pages())
    return batch.urls


def connect() -> None:
    """Connect the rules to Wagtail's and Django's signals (from ``CoreConfig.ready``)."""
    page_published.connect(_on_page_changed, dispatch_uid="purge_published_page")
    page_unpublished.connect(_on_page_changed, dispatch_uid="purge_unpublished_page")
    post_page_move.connect(_on_page_moved, dispatch_uid="purge_moved_page")
    page_slug_changed.connect(_on_slug_changed, dispatch_uid="purge_renamed_page")
    pre_delete.connect(_on_page_deleted, dispatch_uid="purge_deleted_page")
    post_save.connect(_on_saved_or_deleted, dispatch_uid="purge_saved_content")
    post_delete.connect(_on_saved_or_deleted, dispatch_uid="purge_deleted_content")
