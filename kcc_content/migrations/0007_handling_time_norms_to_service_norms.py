"""Turn each product's free-text handling-time promise into a linked ServiceNorm.

One norm per distinct text per language, linked to every product that used that text. A
translated product's norm becomes a translation of its source product's norm (same
``translation_key``). The target cannot be read reliably from free text, so we take the number
and unit when the text has one ("binnen 6 werkdagen", "8 weken"), 90 % as the share, and say in
the measurement source that an editor must check both.
"""

import re
import uuid

from django.db import migrations
from django.utils.text import slugify

UNITS = {
    "werkdag": "working_days",
    "werkdagen": "working_days",
    "dag": "working_days",
    "dagen": "working_days",
    "week": "weeks",
    "weken": "weeks",
    "uur": "hours",
    "uren": "hours",
    "minuut": "minutes",
    "minuten": "minutes",
    "working day": "working_days",
    "working days": "working_days",
    "days": "working_days",
    "weeks": "weeks",
    "hours": "hours",
}
TARGET = re.compile(
    r"(\d+(?:[.,]\d+)?)\s+(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
CHECK_NOTE = "Nog controleren: doel en meetbron zijn automatisch ingevuld."
DEFAULT_SHARE = 90


def target_from_text(text):
    """(value, unit) from a promise such as "binnen 6 werkdagen"; (5, working days) otherwise."""
    match = TARGET.search(text)
    if not match:
        return "5", "working_days"
    return match.group(1).replace(",", "."), UNITS[match.group(2).lower()]


def unique_code(ServiceNorm, base, locale_id):
    code = (slugify(base) or "product")[:45]
    candidate, number = code, 2
    while ServiceNorm.objects.filter(code=candidate, locale_id=locale_id).exists():
        candidate, number = f"{code}-{number}", number + 1
    return candidate


def forwards(apps, schema_editor):
    ProductPage = apps.get_model("kcc_content", "ProductPage")
    ServiceNorm = apps.get_model("kcc_content", "ServiceNorm")
    Locale = apps.get_model("wagtailcore", "Locale")
    Revision = apps.get_model("wagtailcore", "Revision")
    from django.conf import settings

    default_language = settings.LANGUAGE_CODE
    default_locale = Locale.objects.filter(language_code=default_language).first()
    products = list(ProductPage.objects.exclude(handling_time_norm="").order_by("path"))
    # Source-language products first, so translations can join their norm's translation_key.
    products.sort(key=lambda product: product.locale_id != getattr(default_locale, "pk", None))
    norms = {}  # (locale id, text) -> norm
    keys = {}  # product translation_key -> norm translation_key
    for product in products:
        text = product.handling_time_norm.strip()
        if not text:
            continue
        norm = norms.get((product.locale_id, text))
        if norm is None:
            translation_key = keys.get(product.translation_key)
            taken = (
                translation_key
                and ServiceNorm.objects.filter(
                    translation_key=translation_key, locale_id=product.locale_id
                ).exists()
            )
            source = None
            if translation_key and not taken:
                source = ServiceNorm.objects.filter(translation_key=translation_key).first()
            value, unit = target_from_text(text)
            norm = ServiceNorm.objects.create(
                translation_key=translation_key if source else uuid.uuid4(),
                locale_id=product.locale_id,
                code=source.code
                if source
                else unique_code(ServiceNorm, product.slug, product.locale_id),
                promise=text[:200],
                channel="product",
                target_value=source.target_value if source else value,
                target_unit=source.target_unit if source else unit,
                target_share=source.target_share if source else DEFAULT_SHARE,
                measurement_source=CHECK_NOTE,
                sort_order=100,
            )
            norms[(product.locale_id, text)] = norm
        keys.setdefault(product.translation_key, norm.translation_key)
        ProductPage.objects.filter(pk=product.pk).update(service_norm=norm)
        # The editor opens the latest revision: give it the link too, or the next publish drops it.
        revision = Revision.objects.filter(pk=product.latest_revision_id).first()
        if revision is not None and isinstance(revision.content, dict):
            revision.content["service_norm"] = norm.pk
            revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    ProductPage = apps.get_model("kcc_content", "ProductPage")
    for product in ProductPage.objects.exclude(service_norm=None).select_related("service_norm"):
        ProductPage.objects.filter(pk=product.pk).update(
            handling_time_norm=product.service_norm.promise
        )


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0006_journeys_and_service_norms"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
