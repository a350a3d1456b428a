"""The conventions every app follows are Django system checks; they pass on this tree."""

from types import SimpleNamespace

from django.core import checks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.models import Page

from core.checks import page_base_errors
from readability.checks import missing_panel_errors
from readability.panels import ReadabilityPanel


def test_the_site_passes_its_convention_checks():
    errors = [
        message
        for message in checks.run_checks(tags=[checks.Tags.models])
        if message.id.startswith(("core.", "readability.", "retention."))
    ]
    assert errors == []


def test_a_page_type_without_the_page_base_is_reported():
    assert [error.id for error in page_base_errors([Page])] == ["core.E001"]


class FakeModel:
    """Just enough of a model for the B1-panel check."""

    readability_fields = ("title", "body")
    _meta = SimpleNamespace(label="tests.FakeModel")

    def __init__(self, panels):
        self.panels = panels

    def get_edit_handler(self):
        return ObjectList(self.panels)


def test_a_page_type_without_the_b1_panel_is_reported():
    without = FakeModel([FieldPanel("title")])
    nested = FakeModel([ObjectList([FieldPanel("title"), ReadabilityPanel()])])
    assert [error.id for error in missing_panel_errors([without, nested])] == ["readability.E001"]
