"""Demo step "merged_pages": the old addresses of the content pages merged into products.

The demo no longer builds the content pages that duplicated a product (``data/merged_pages.yaml``
lists them). A fresh demo gets a permanent redirect from each old address to the product; a demo
database from before the merge still has the old pages, and they are merged the way an editor
would with ``manage.py merge_into_product`` (redirects, then the old pages are unpublished).
Idempotent: an existing redirect for an address is pointed at the product again.
"""

from pathlib import Path

from wagtail.models import Site

from core.demo.data_files import load_data
from core.page_merge import add_redirects_for_old_paths, merge_page_into
from kcc_content.models import ProductPage

MERGED_PAGES = load_data(Path(__file__).resolve().parent / "data" / "merged_pages.yaml")


def merge_demo_pages(builder) -> None:
    """Redirect (or merge) every old page of ``MERGED_PAGES`` into its product."""
    home = builder.home
    site = Site.objects.get(root_page=home)
    for item in MERGED_PAGES:
        product = ProductPage.objects.get(slug=item["product"], locale=builder.nl)
        old_dutch_path = item["old"]["nl"]
        old_page = (
            home.get_descendants()
            .filter(url_path=home.url_path + old_dutch_path.lstrip("/"))
            .exclude(pk=product.pk)
            .first()
        )
        if old_page is not None:
            merge_page_into(old_page, product)
            builder.log(f"Merged {old_dutch_path} into the product {product.title}.")
        add_redirects_for_old_paths(site, item["old"].items(), product)
