"""One page per task (issue 16): no second public page with the same title in one language."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import ContentPageFactory, NewsIndexPageFactory, SectionPageFactory


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="Paspoort en ID-kaart")


def test_a_second_public_page_with_the_same_title_is_refused_naming_the_first(section, home):
    first = ContentPageFactory(parent=section, title="Paspoort aanvragen", slug="aanvragen")

    with pytest.raises(ValidationError) as error:
        ContentPageFactory(parent=home, title="  paspoort AANVRAGEN ", slug="paspoort")

    message = error.value.message_dict["title"][0]
    assert "Paspoort aanvragen" in message
    assert first.url in message


def test_the_title_check_covers_every_public_page_type(section, home):
    ContentPageFactory(parent=section, title="Nieuws", slug="nieuws-over-paspoorten")

    with pytest.raises(ValidationError):
        NewsIndexPageFactory(parent=home, title="Nieuws", slug="nieuws")


def test_the_title_error_is_dutch_for_editors(section, home):
    ContentPageFactory(parent=section, title="Paspoort aanvragen", slug="aanvragen")
    page = ContentPageFactory.build(title="Paspoort aanvragen", slug="tweede")

    with pytest.raises(ValidationError) as error:
        home.add_child(instance=page)

    assert "bestaat al" in error.value.message_dict["title"][0]


def test_editing_and_publishing_the_same_page_again_is_allowed(section):
    page = ContentPageFactory(parent=section, title="Paspoort aanvragen", slug="aanvragen")

    page.intro = "Een nieuwe samenvatting."
    page.save_revision().publish()
    page.full_clean()

    assert page.live


def test_the_same_title_in_another_language_is_allowed(section, english_home, locales):
    page = ContentPageFactory(parent=section, title="Informatie", slug="informatie")

    translation = page.copy_for_translation(locales[1], copy_parents=True)
    translation.save_revision().publish()

    assert translation.title == page.title
    assert translation.locale != page.locale


def test_a_draft_or_unpublished_page_does_not_block_the_title(section, home):
    old = ContentPageFactory(parent=section, title="Paspoort aanvragen", slug="aanvragen")
    old.unpublish()

    new = ContentPageFactory(parent=home, title="Paspoort aanvragen", slug="paspoort")

    assert new.live
