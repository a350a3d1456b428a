"""Staff who use the admin in English read words, not "None", where a value is still empty.

A page nobody has reviewed yet showed "Last reviewed by None" in the editor's ownership panel.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def editor_text(client, django_user_model, page, language) -> str:
    """The words of the page editor for a superuser whose admin language is ``language``."""
    user = django_user_model.objects.create_superuser(f"staf-{language}", "s@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return " ".join(main.get_text(" ").split())


def test_an_unreviewed_page_says_not_yet_instead_of_none_in_the_english_admin(
    client, django_user_model, home
):
    page = ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil", last_reviewed_by=None)

    text = editor_text(client, django_user_model, page, "en")

    assert "Last reviewed by Not yet" in text
    assert "None" not in text.split()


def test_an_unreviewed_page_says_nog_niet_in_the_dutch_admin(client, django_user_model, home):
    page = ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil", last_reviewed_by=None)

    text = editor_text(client, django_user_model, page, "nl")

    assert "None" not in text.split()
    assert "Nog niet" in text
