"""App configuration for the readability checks' Wagtail integration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadabilityConfig(AppConfig):
    """Registers the plain-language checks with Django and Wagtail."""

    name = "readability"
    verbose_name = _("Plain language")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from readability import checks, signals  # noqa: F401 (checks registers a system check)
        from readability.models import OfficialeseWord  # models load only at ready()

        page_published.connect(signals.check_published_page, dispatch_uid="readability_publish")
        page_unpublished.connect(signals.forget_page_verdict, dispatch_uid="readability_unpublish")
        pre_delete.connect(
            signals.forget_page_verdict, sender=Page, dispatch_uid="readability_page_deleted"
        )
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
