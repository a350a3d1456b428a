"""``manage.py merge_into_product <old page> <product>``: one page per task on an existing site.

Copy the useful text of the old page into the product first, in the editor; this command moves no
content. It redirects the old page's address in every language it has, permanently (301), to the
product's version in that language (or to the product itself where it has none), then unpublishes
the old page and its translations (``--delete`` deletes them). Wagtail's audit log records each
redirect and each unpublished or deleted page under ``--user``.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import get_language_from_path
from wagtail.models import Locale, Page, Site

from core.page_merge import merge_page_into
from kcc_content.models import ProductPage


def find_page(reference: str) -> Page:
    """The page with this id, or at this address (a path such as ``/en/x/y/`` or a full URL)."""
    if reference.isdigit():
        page = Page.objects.filter(pk=int(reference)).first()
        if page is None:
            raise CommandError(f"There is no page with id {reference}.")
        return page.specific
    url = urlsplit(reference)
    sites = Site.objects.all()
    if url.hostname:
        sites = sites.filter(hostname=url.hostname) or Site.objects.filter(is_default_site=True)
    path = url.path or "/"
    language = get_language_from_path(path)
    locale = Locale.objects.filter(language_code=language).first() if language else None
    if language:
        path = path[len(language) + 1 :]
    components = [part for part in path.split("/") if part]
    for site in sites:
        root = site.root_page
        if locale is not None:
            root = root.get_translation_or_none(locale) or root
        else:
            root = root.get_translation_or_none(Locale.get_default()) or root
        url_path = root.url_path + "".join(f"{part}/" for part in components)
        page = Page.objects.filter(url_path=url_path, locale=root.locale_id).first()
        if page is not None:
            return page.specific
    raise CommandError(f"There is no page at {reference}.")


class Command(BaseCommand):
    help = (
        "Redirect an old page (and its translations) permanently to a product and take the old "
        "page off the site. Copy its useful text into the product first."
    )

    def add_arguments(self, parser):
        parser.add_argument("old", help="the old page: its id, path or full URL")
        parser.add_argument("product", help="the product that replaces it: id, path or full URL")
        parser.add_argument(
            "--delete",
            action="store_true",
            help="delete the old page and its translations instead of unpublishing them",
        )
        parser.add_argument("--user", help="username to record in the audit log")

    def handle(self, *args, old, product, delete, user, **options):
        old_page = find_page(old)
        target = find_page(product)
        if not isinstance(target, ProductPage):
            raise CommandError(f"{target.title} (id {target.pk}) is not a product page.")
        editor = None
        if user:
            editor = get_user_model().objects.filter(username=user).first()
            if editor is None:
                raise CommandError(f"There is no user called {user}.")
        try:
            merged = merge_page_into(old_page, target, user=editor, delete=delete)
        except ValueError as error:
            raise CommandError(str(error)) from error
        for address in merged:
            self.stdout.write(f"301 {address.old_path} -> {address.target.url}")
        action = "Deleted" if delete else "Unpublished"
        self.stdout.write(
            self.style.SUCCESS(
                f"{action} {old_page.title} (id {old_page.pk}) and its translations."
            )
        )
