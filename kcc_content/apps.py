"""App configuration for the KCC content app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KccContentConfig(AppConfig):
    """Products, question-and-answer articles, the Kennisbank, the public API and the SC feed."""

    name = "kcc_content"
    verbose_name = _("Content and knowledge base")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import published

        from kcc_content.models import QuestionAnswer  # models load only at ready()
        from readability.signals import check_published_page  # models load only at ready()

        published.connect(
            check_published_page,
            sender=QuestionAnswer,
            dispatch_uid="kcc_readability_answer_publish",
        )
