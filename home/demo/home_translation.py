"""The demo's English home page, translated with wagtail-localize as an editor would.

Copying the Dutch page (``copy_for_translation``) carries the tiles' Dutch titles and texts
into the English page. wagtail-localize instead extracts every text of the page as a string to
translate, the tiles' titles and texts included; the demo fills in the English strings of
``home.yaml`` ("en") and publishes the translation. A tile's page stays the Dutch page: the
templates show its English translation where there is one (``page.localized``).
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from home.demo import content


def english_texts() -> dict[str, str]:
    """The English text of each Dutch text of the home page: title, intro, tiles."""
    texts = {content.HOME["title"]: content.HOME["en"]["title"]}
    texts[content.HOME["intro"]] = content.HOME["en"]["intro"]
    for tile in [*content.TOP_TASKS, *content.LIFE_EVENTS]:
        for name, english in tile.get("en", {}).items():
            texts[tile[name]] = english
    return texts


def translate_with_localize(page: Page, locale: Locale, texts: dict[str, str]) -> Page:
    """Translate ``page`` into ``locale`` through wagtail-localize and publish the translation.

    Each string of the page that ``texts`` holds (by its source text) gets its translation; the
    slug keeps the translation's current slug; any other string stays as in the source.
    """
    source, _ = TranslationSource.update_or_create_from_instance(page)
    existing = page.get_translation_or_none(locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.as_value().render_text()
        if segment.context.path == "slug" and existing is not None:
            translated = existing.slug
        elif text in texts:
            translated = texts[text]
        else:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(translated).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page.get_translation(locale)


def translate_home_page(home: Page, locale: Locale) -> Page:
    """The English home page with the English titles and texts of its tiles."""
    return translate_with_localize(home, locale, english_texts())
