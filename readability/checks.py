"""System check: every public page type shows the B1 language check to its editors.

A page type whose ``readability_fields`` residents read (every ``PublicPageMixin`` page) must
have a ``ReadabilityPanel`` somewhere in its editor, so no text reaches the site unchecked.
"""

from django.core import checks
from wagtail.admin.panels import Panel
from wagtail.models import get_page_models

from readability.panels import ReadabilityPanel


def has_readability_panel(panel: Panel) -> bool:
    """True when ``panel`` or one of its children is a ``ReadabilityPanel``."""
    if isinstance(panel, ReadabilityPanel):
        return True
    return any(has_readability_panel(child) for child in getattr(panel, "children", ()))


def missing_panel_errors(models) -> list[checks.CheckMessage]:
    """An error for each model with readable fields whose editor lacks the B1 panel."""
    return [
        checks.Error(
            f"{model._meta.label} has text residents read but no B1 language check in its editor.",
            hint="Add ReadabilityPanel() to its content_panels (readability.panels).",
            obj=model,
            id="readability.E001",
        )
        for model in models
        if getattr(model, "readability_fields", None)
        and not has_readability_panel(model.get_edit_handler())
    ]


@checks.register(checks.Tags.models)
def check_public_pages_have_readability_panel(app_configs=None, **kwargs):
    """Django system check: B1 panel on every page type with ``readability_fields``."""
    models = get_page_models()
    if app_configs is not None:
        chosen = {app_config.label for app_config in app_configs}
        models = [model for model in models if model._meta.app_label in chosen]
    return missing_panel_errors(models)
