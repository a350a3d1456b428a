"""One page per task (issue 16): a content page that duplicates a product is merged into it.

``manage.py merge_into_product`` redirects the old page and its translations permanently to the
product's matching translations, takes the old pages off the site and writes the audit log; the
product refuses a second product with the same national product name (UPL) in one language.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from kcc_content.models import ProductPage, UniformProductName
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.kcc_content.kcc_factories import publish_product


def translate(page, locale, **fields):
    """Publish the page's translation (and its parents') with these fields."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


@pytest.fixture
def passport_pair(home, english_home, locales):
    """The content page "Paspoort aanvragen" in Dutch and English next to the product."""
    dutch, english = locales
    section = SectionPageFactory(parent=home, slug="paspoort-en-id-kaart", title="Paspoort")
    old = ContentPageFactory(parent=section, slug="paspoort-aanvragen", title="Paspoort aanvragen")
    old_english = translate(old, english, title="Applying for a passport", slug="applying")
    upl = UniformProductName.objects.create(uri="http://example.org/paspoort", name="paspoort")
    product = publish_product(section, title="Paspoort (product)", slug="paspoort", upl=upl)
    product_english = translate(product, english, title="Passport", slug="passport")
    return old, old_english, product, product_english


def test_merging_redirects_each_language_to_the_products_translation_and_unpublishes(
    client, passport_pair
):
    old, old_english, product, product_english = passport_pair
    old_urls = (old.url, old_english.url)
    output = StringIO()

    call_command("merge_into_product", str(old.pk), product.url, stdout=output)

    redirects = {r.old_path: r for r in Redirect.objects.all()}
    assert set(redirects) == {url.rstrip("/") for url in old_urls}
    assert all(r.is_permanent for r in redirects.values())
    assert redirects[old.url.rstrip("/")].redirect_page.pk == product.pk
    assert redirects[old_english.url.rstrip("/")].redirect_page.pk == product_english.pk
    for old_url, product_url in zip(old_urls, (product.url, product_english.url), strict=True):
        response = client.get(old_url)
        assert response.status_code == 301
        assert response["Location"] == product_url
    assert not Page.objects.filter(pk__in=[old.pk, old_english.pk], live=True).exists()
    assert Page.objects.filter(pk__in=[old.pk, old_english.pk]).count() == 2
    assert "301 " in output.getvalue()


def test_merging_is_written_to_the_audit_log_under_the_editor(passport_pair):
    old, old_english, product, _ = passport_pair
    editor = get_user_model().objects.create_user("redacteur", password="x")  # noqa: S106

    call_command(
        "merge_into_product", old.url, str(product.pk), user="redacteur", stdout=StringIO()
    )

    unpublished = PageLogEntry.objects.filter(action="wagtail.unpublish", user=editor)
    assert set(unpublished.values_list("page_id", flat=True)) == {old.pk, old_english.pk}
    created = ModelLogEntry.objects.filter(action="wagtail.create", user=editor)
    assert created.filter(content_type__model="redirect").count() == 2


def test_merging_with_delete_removes_the_old_page_and_its_translation(client, passport_pair):
    old, old_english, product, _ = passport_pair
    old_url = old.url

    call_command("merge_into_product", str(old.pk), str(product.pk), delete=True, stdout=StringIO())

    assert not Page.objects.filter(pk__in=[old.pk, old_english.pk]).exists()
    assert client.get(old_url)["Location"] == product.url
    assert PageLogEntry.objects.filter(action="wagtail.delete", page_id=old.pk).exists()


def test_merging_refuses_a_target_that_is_not_a_product(passport_pair):
    old, old_english, _, _ = passport_pair

    with pytest.raises(CommandError, match="not a product"):
        call_command("merge_into_product", str(old_english.pk), str(old.pk))
    with pytest.raises(CommandError, match="no page"):
        call_command("merge_into_product", "/bestaat-niet/", str(old.pk))
    assert not Redirect.objects.exists()
    assert Page.objects.get(pk=old.pk).live


def test_a_product_cannot_be_merged_into_its_own_translation(passport_pair):
    _, _, product, product_english = passport_pair

    with pytest.raises(CommandError, match="itself"):
        call_command("merge_into_product", str(product_english.pk), str(product.pk))


# The UPL check -------------------------------------------------------------------------------
@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home)


def test_a_second_product_with_the_same_upl_name_in_one_language_is_refused(section):
    upl = UniformProductName.objects.create(uri="http://example.org/paspoort", name="paspoort")
    twin = UniformProductName.objects.create(uri="http://example.org/Paspoort", name="Paspoort ")
    first = publish_product(section, upl=upl)

    second = ProductPage(title="Nog een paspoortpagina", slug="nog-een", upl=upl)
    with pytest.raises(ValidationError) as same_record:
        section.add_child(instance=second)
    third = ProductPage(title="Weer een paspoortpagina", slug="weer-een", upl=twin)
    with pytest.raises(ValidationError) as same_name:
        section.add_child(instance=third)

    for error in (same_record.value, same_name.value):
        assert "upl" in error.message_dict
        assert first.title in error.message_dict["upl"][0]


def test_the_upl_check_allows_editing_the_product_again_and_its_translation(section, locales):
    upl = UniformProductName.objects.create(uri="http://example.org/paspoort", name="paspoort")
    product = publish_product(section, upl=upl)

    product.intro = "Een nieuwe samenvatting."
    product.save_revision().publish()
    english = translate(product, locales[1], title="Passport", slug="passport")

    assert english.upl == upl
    assert ProductPage.objects.filter(upl=upl, live=True).count() == 2


def test_the_upl_error_is_dutch_for_editors(section):
    upl = UniformProductName.objects.create(uri="http://example.org/paspoort", name="paspoort")
    publish_product(section, upl=upl)
    second = ProductPage(title="Nog een paspoortpagina", slug="nog-een", upl=upl)

    with pytest.raises(ValidationError) as error:
        section.add_child(instance=second)

    assert "productnaam" in error.value.message_dict["upl"][0]
