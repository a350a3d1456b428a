"""The KCC knowledge base's demo steps: products and answers once the sections exist, and the
products' links to the service norms once both exist, and the old addresses of the content
pages merged into products."""

from core.demo_registry import register_demo_step
from kcc_content.demo.builder import build_kcc_demo
from kcc_content.demo.merged_pages import merge_demo_pages
from kcc_content.demo.product_norms import link_products_to_norms

register_demo_step(
    "kcc", lambda site: build_kcc_demo(site, site.home, site.teams), order=40, after=("site",)
)
register_demo_step(
    "product_norms", link_products_to_norms, order=65, after=("kcc", "service_norms")
)
register_demo_step("merged_pages", merge_demo_pages, order=45, after=("kcc",))
