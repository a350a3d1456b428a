"""App configuration for the readability checks' Wagtail integration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadabilityConfig(AppConfig):
    """Registers the plain-language checks with Django and Wagtail."""

    name = "readability"
    verbose_name = _("Plain language")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from readability import signals
        from readability.models import OfficialeseWord

        page_published.connect(signals.check_published_page, dispatch_uid="readability_publish")
        post_save.connect(
            signals.word_list_changed,
            sender=OfficialeseWord,
            dispatch_uid="readability_words_saved",
        )
        post_delete.connect(
            signals.word_list_changed,
            sender=OfficialeseWord,
            dispatch_uid="readability_words_deleted",
        )
