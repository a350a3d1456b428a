"""Factories for the site's page types, shared by every app's tests."""

import factory
import wagtail_factories
from django.contrib.auth.models import Group

from core.anonymous_forms import FIELD_NAME, form_token
from home.models import ContentPage, HomePage, NewsIndexPage, NewsPage, SectionPage


class GroupFactory(factory.django.DjangoModelFactory):
    """An owning team."""

    name = factory.Sequence(lambda n: f"Team {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Gemeente Geertruidenberg"
    intro = "Welkom bij de gemeente."

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    intro = "Alles over dit onderwerp."
    show_in_menus = True

    class Meta:
        model = SectionPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informatie {n}")
    intro = "Korte uitleg over deze pagina."

    class Meta:
        model = ContentPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    intro = "Kort nieuws."

    class Meta:
        model = NewsPage


def feedback_answer(page, helpful: str) -> dict:
    """The "was this page helpful?" form as the page sends it, with its signed form token."""
    return {"helpful": helpful, FIELD_NAME: form_token("page-feedback", page.pk)}


def publish_translation(page, locale, **fields):
    """Publish the translation of ``page`` in ``locale`` with ``fields`` changed (its parent
    must be translated already)."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
