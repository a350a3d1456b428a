"""Merge a page into the page that replaces it: one page per task, and no broken old address.

Used when two pages describe the same task (a content page next to the product). Nothing of the
content moves automatically: an editor copies what is useful first. This module then points the
old page's address, in every language it has, at the replacement's version in that language
with a permanent (301) redirect, and takes the old page off the site. Every step is written to
Wagtail's audit log (redirect created, page unpublished or deleted) under the user who did it.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import Page, Site


@dataclass(frozen=True)
class MergedAddress:
    """One old address that now answers with a permanent redirect to ``target``."""

    site: Site | None
    old_path: str
    target: Page


def page_path(page: Page) -> tuple[Site | None, str] | None:
    """The site and path (with the language prefix) a page is served at, or None if it has none."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    site_id, _root_url, path = parts
    return Site.objects.filter(pk=site_id).first(), path


def target_for(target: Page, old_translation: Page) -> Page:
    """The replacement in the old page's language, or the replacement itself if it has none."""
    return target.get_translation_or_none(old_translation.locale) or target


def add_permanent_redirect(site: Site | None, old_path: str, target: Page, user=None) -> Redirect:
    """A 301 from ``old_path`` on ``site`` to ``target``; an existing redirect for the path is
    pointed at ``target`` instead of failing on the unique path-per-site rule."""
    normalised = Redirect.normalise_path(old_path)
    redirect = Redirect.objects.filter(site=site, old_path=normalised).first()
    action = "wagtail.edit" if redirect else "wagtail.create"
    if redirect is None:
        redirect = Redirect(site=site, old_path=normalised)
    redirect.redirect_page = target
    redirect.redirect_link = ""
    redirect.is_permanent = True
    redirect.save()
    log(instance=redirect, action=action, user=user)
    return redirect


@transaction.atomic
def merge_page_into(old: Page, target: Page, *, user=None, delete: bool = False) -> list:
    """Redirect ``old`` and its translations to ``target``'s matching translations, then
    unpublish (or, with ``delete``, delete) them. Returns the ``MergedAddress`` of each redirect.

    Refuses to merge a page into itself, into one of its translations or into its own subtree
    (deleting it would take the target with it).
    """
    old, target = old.specific, target.specific
    if old.translation_key == target.translation_key:
        raise ValueError("A page cannot be merged into itself or one of its translations.")
    if target.is_descendant_of(old):
        raise ValueError("A page cannot be merged into a page below it.")
    merged = []
    old_translations = list(old.get_translations(inclusive=True).specific())
    for old_translation in old_translations:
        address = page_path(old_translation)
        if address is None:
            continue
        site, path = address
        replacement = target_for(target, old_translation)
        add_permanent_redirect(site, path, replacement, user=user)
        merged.append(MergedAddress(site, Redirect.normalise_path(path), replacement))
    if delete:
        # The page named last, so deleting a source page never runs before its translations.
        for old_translation in sorted(old_translations, key=lambda page: page.pk == old.pk):
            DeletePageAction(old_translation, user=user).execute(skip_permission_checks=True)
    else:
        for old_translation in old_translations:
            if old_translation.live:
                # The command is an administrator's tool: it needs no page permissions.
                UnpublishPageAction(old_translation, user=user, log_action=True).execute(
                    skip_permission_checks=True
                )
    return merged


def add_redirects_for_old_paths(site: Site, paths, target: Page, user=None) -> list:
    """Permanent redirects from addresses whose page is already gone (for example pages a demo
    no longer builds) to ``target``; ``paths`` holds ``(language code, path)`` pairs and each
    path goes to ``target``'s translation in that language."""
    merged = []
    for language, path in paths:
        replacement = next(
            (
                translation
                for translation in target.get_translations(inclusive=True).specific()
                if translation.locale.language_code == language
            ),
            target,
        )
        add_permanent_redirect(site, path, replacement, user=user)
        merged.append(MergedAddress(site, Redirect.normalise_path(path), replacement))
    return merged
