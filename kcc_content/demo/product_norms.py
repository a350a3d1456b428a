"""Link the demo products to the demo service norms that promise their handling time.

Runs after both the products (``kcc_content.demo.builder``) and the norms
(``service_norms.demo.builder``) exist. Idempotent: a product is only linked while it has no norm.
"""

from governance.review import publish_keeping_review_date
from kcc_content.models import ProductPage
from service_norms.models import ServiceNorm

#: Norm code → the slugs of the demo products whose handling time it promises.
PRODUCT_NORMS = {
    "paspoort-klaar": ["paspoort", "identiteitskaart"],
    "verhuizing-verwerkt": ["verhuizing-melden"],
    "omgevingsvergunning-besluit": ["omgevingsvergunning-aanvragen"],
    "uittreksel-brp": ["uittreksel-brp"],
}


def link_products_to_norms(builder) -> None:
    """Point each demo product (and its English version) at its norm, while it has none."""
    for code, slugs in PRODUCT_NORMS.items():
        norm = ServiceNorm.objects.filter(code=code, locale=builder.nl).first()
        if norm is None:
            continue
        for product in ProductPage.objects.filter(slug__in=slugs, locale=builder.nl):
            link(product, norm)
            english = product.get_translation_or_none(builder.en)
            english_norm = norm.get_translation_or_none(builder.en)
            if english is not None and english_norm is not None:
                link(english.specific, english_norm)


def link(product: ProductPage, norm: ServiceNorm) -> None:
    """Give ``product`` its norm unless an editor already chose one."""
    if product.service_norm_id is None:
        product.service_norm = norm
        publish_keeping_review_date(product)
