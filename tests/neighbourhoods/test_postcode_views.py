"""The postcode form on the area overview and the home page, and the postcode admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from neighbourhoods.models import PostcodeArea
from neighbourhoods.postcode_import import MAX_BYTES

pytestmark = pytest.mark.django_db


@pytest.fixture
def mapping(village, neighbourhood, other_village):
    """4941 is Raamsdonksveer; 4942 is split between Centrum (AA-KZ) and Raamsdonk (LA-ZZ)."""
    PostcodeArea.objects.create(digits="4941", area=village.area)
    PostcodeArea.objects.create(
        digits="4942", letters_from="AA", letters_to="KZ", area=neighbourhood.area
    )
    PostcodeArea.objects.create(
        digits="4942", letters_from="LA", letters_to="ZZ", area=other_village.area
    )


def lookup_page(client, area_index, postcode, language="nl"):
    return client.get(area_index.url, {"postcode": postcode}, HTTP_ACCEPT_LANGUAGE=language)


# The area overview


def test_the_overview_lists_every_village_with_its_neighbourhoods(client, area_index, mapping):
    response = client.get(area_index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/wijken/raamsdonksveer/"' in html
    assert 'href="/wijken/raamsdonksveer/centrum/"' in html
    assert 'href="/wijken/raamsdonk/"' in html
    assert 'href="/wijken/agenda/"' in html
    assert 'action="/wijken/"' in html
    assert 'autocomplete="postal-code"' in html
    assert 'aria-invalid="true"' not in html


def test_a_postcode_of_one_area_redirects_to_its_page(client, area_index, mapping, village):
    response = lookup_page(client, area_index, "4941 ab")

    assert response.status_code == 302
    assert response["Location"] == village.url


def test_the_letters_decide_a_split_postcode(client, area_index, mapping, neighbourhood):
    response = lookup_page(client, area_index, "4942AB")

    assert response.status_code == 302
    assert response["Location"] == "/wijken/raamsdonksveer/centrum/"


def test_the_english_site_redirects_to_the_english_area_page(
    client, area_index, mapping, village, english_home, locales
):
    english_index = area_index.copy_for_translation(locales[1])
    english_index.save_revision().publish()
    english_village = village.copy_for_translation(locales[1])
    english_village.save_revision().publish()

    response = client.get(english_index.url, {"postcode": "4941"})

    assert english_index.url.startswith("/en/")
    assert response.status_code == 302
    assert response["Location"] == english_village.url


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1234 AB", "Deze postcode hoort niet bij de gemeente Geertruidenberg."),
        ("49X1", "Vul een postcode in zoals 4941 AB."),
        ("", "Vul een postcode in zoals 4941 AB."),
    ],
)
def test_an_unknown_or_malformed_postcode_shows_a_dutch_message_and_keeps_the_input(
    client, area_index, mapping, typed, message
):
    response = lookup_page(client, area_index, typed)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(message) == 2  # in the error summary and at the field
    assert f'value="{typed}"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="postcode-hint postcode-error"' in html
    assert 'id="postcode-error"' in html
    assert 'href="#postcode"' in html


def test_the_typed_input_is_escaped_and_cut_short(client, area_index, mapping):
    response = lookup_page(client, area_index, '"><script>alert(1)</script>' + "x" * 100)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in html
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/"' in html  # the first 20 characters


def test_a_split_postcode_without_letters_lists_both_areas(client, area_index, mapping):
    response = lookup_page(client, area_index, "4942")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze postcode ligt in twee wijken. Vul ook de twee letters in." in html
    choice = html.split('id="postcode-choice-heading"')[1].split("</section>")[0]
    assert 'href="/wijken/raamsdonksveer/centrum/"' in choice
    assert 'href="/wijken/raamsdonk/"' in choice
    assert 'href="/wijken/raamsdonksveer/"' not in choice
    assert 'value="4942"' in html


def test_an_unpublished_area_is_not_a_destination(client, area_index, mapping, village):
    village.unpublish()

    response = lookup_page(client, area_index, "4941")

    assert response.status_code == 200
    assert "Deze postcode hoort niet bij de gemeente Geertruidenberg." in response.content.decode()


# The home page


def test_the_home_page_shows_the_postcode_form_when_there_is_an_overview(client, area_index):
    html = client.get("/").content.decode()

    assert "Wat speelt er in mijn buurt?" in html
    assert 'action="/wijken/"' in html
    assert "neighbourhoods/postcodes" in html  # its stylesheet


def test_the_home_page_shows_no_postcode_form_without_an_overview(client, home):
    html = client.get("/").content.decode()

    assert 'id="postcode"' not in html
    assert "neighbourhoods/postcodes" not in html


def test_the_home_page_shows_no_form_for_an_unpublished_overview(client, area_index):
    area_index.unpublish()

    assert 'id="postcode"' not in client.get("/").content.decode()


# The admin: listing, import, download


LIST = "wagtailsnippets_neighbourhoods_postcodearea:list"
IMPORT = "wagtailsnippets_neighbourhoods_postcodearea:import"
DOWNLOAD = "wagtailsnippets_neighbourhoods_postcodearea:download"
GOOD = "postcode;letters_from;letters_to;area\n4943;;;raamsdonk\n4944;AA;ZZ;centrum\n"


def editor_with(django_user_model, *codenames):
    """An editor with extra permissions, who reads the admin in English."""
    user = django_user_model.objects.create_user(username="editor", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.groups.add(Group.objects.get(name="Editors"))
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="neighbourhoods", codename=codename)
        )
    return user


@pytest.fixture
def importer(client, django_user_model):
    user = editor_with(
        django_user_model, "view_postcodearea", "add_postcodearea", "delete_postcodearea"
    )
    client.force_login(user)
    return user


def upload(client, text: str | bytes, **extra):
    content = text.encode() if isinstance(text, str) else text
    data = {"file": SimpleUploadedFile("postcodes.csv", content, content_type="text/csv")}
    return client.post(reverse(IMPORT), {**data, **extra})


def current_mapping():
    return list(
        PostcodeArea.objects.order_by("digits", "letters_from").values_list(
            "digits", "letters_from", "letters_to", "area__slug"
        )
    )


def test_the_admin_is_under_neighbourhoods_postcodes():
    assert reverse(LIST) == "/admin/neighbourhoods/postcodes/"
    assert reverse(IMPORT) == "/admin/neighbourhoods/postcodes/import/"


def test_the_listing_searches_by_digits_and_filters_by_area(
    client, importer, mapping, other_village
):
    searched = client.get(reverse(LIST), {"q": "4941"}).content.decode()
    filtered = client.get(reverse(LIST), {"area": other_village.area.pk}).content.decode()

    assert "4941" in searched
    assert "4942" not in searched
    assert "LA–ZZ" in filtered
    assert "AA–KZ" not in filtered


def test_the_listing_offers_import_and_download(client, importer, mapping):
    html = client.get(reverse(LIST)).content.decode()

    assert reverse(IMPORT) in html
    assert reverse(DOWNLOAD) in html


def test_a_user_who_may_not_delete_cannot_import(client, django_user_model, mapping):
    user = editor_with(django_user_model, "view_postcodearea", "add_postcodearea")
    client.force_login(user)
    before = current_mapping()

    page = client.get(reverse(IMPORT))
    posted = upload(client, GOOD)

    # Wagtail answers a refused admin page with a redirect to the dashboard and a message.
    assert (page.status_code, page["Location"]) == (302, reverse("wagtailadmin_home"))
    assert (posted.status_code, posted["Location"]) == (302, reverse("wagtailadmin_home"))
    assert current_mapping() == before
    assert reverse(IMPORT) not in client.get(reverse(LIST)).content.decode()


def test_a_user_without_postcode_permissions_cannot_download(client, django_user_model, mapping):
    client.force_login(editor_with(django_user_model))

    response = client.get(reverse(DOWNLOAD))

    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def test_a_user_who_may_only_view_postcodes_can_download(client, django_user_model, mapping):
    client.force_login(editor_with(django_user_model, "view_postcodearea"))

    response = client.get(reverse(DOWNLOAD))

    assert response.status_code == 200
    assert b"4941;;;raamsdonksveer" in response.content


def test_the_import_page_shows_the_form(client, importer, mapping):
    response = client.get(reverse(IMPORT))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "csrfmiddlewaretoken" in html


def test_a_bad_file_shows_every_error_and_changes_nothing(client, importer, mapping):
    before = current_mapping()
    text = GOOD + "0941;;;raamsdonk\n4945;AA;;centrum\n"

    response = upload(client, text)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption>" in html
    assert "&#x27;0941&#x27; is not a postcode" in html
    assert "Fill in both letters_from and letters_to" in html
    assert "2 errors in the file. Nothing was changed." in html
    assert current_mapping() == before
    assert not ModelLogEntry.objects.filter(action="neighbourhoods.import_postcodes").exists()


def test_a_good_file_replaces_the_mapping_and_is_logged(client, importer, mapping):
    response = upload(client, GOOD)

    assert response.status_code == 302
    assert response["Location"] == reverse(LIST)
    assert current_mapping() == [("4943", "", "", "raamsdonk"), ("4944", "AA", "ZZ", "centrum")]
    entry = ModelLogEntry.objects.get(action="neighbourhoods.import_postcodes")
    assert entry.user == importer
    assert entry.data == {"created": 2, "replaced": 3}
    followed = client.get(response["Location"]).content.decode()
    assert "Postcodes imported: 2 rows. The 3 old rows were replaced." in followed


def test_checking_only_reports_the_counts_and_changes_nothing(client, importer, mapping):
    before = current_mapping()

    response = upload(client, GOOD, dry_run="on")

    assert response.status_code == 200
    assert "would replace the 3 current rows with 2 rows" in response.content.decode()
    assert current_mapping() == before


def test_a_file_over_one_megabyte_is_refused_before_reading(client, importer, mapping):
    before = current_mapping()

    response = upload(client, b"x" * (MAX_BYTES + 1))

    assert response.status_code == 200
    assert "The limit is 1 MB" in response.content.decode()
    assert current_mapping() == before


def test_a_file_that_is_not_utf8_is_refused(client, importer, mapping):
    response = upload(client, GOOD.replace("centrum", "céntrum").encode("latin-1"))

    assert "not UTF-8" in response.content.decode()


def test_the_download_imports_again_unchanged(client, importer, mapping):
    before = current_mapping()

    response = client.get(reverse(DOWNLOAD))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    content = response.content
    assert content.startswith(b"\xef\xbb\xbfpostcode;letters_from;letters_to;area\r\n")
    assert b"4942;AA;KZ;centrum\r\n" in content

    PostcodeArea.objects.all().delete()
    assert upload(client, content).status_code == 302
    assert current_mapping() == before


def test_editing_one_row_refuses_an_overlap(client, django_user_model, mapping, village):
    user = editor_with(django_user_model, "add_postcodearea", "change_postcodearea")
    client.force_login(user)
    add_url = reverse("wagtailsnippets_neighbourhoods_postcodearea:add")

    response = client.post(
        add_url,
        {"digits": "4942", "letters_from": "kz", "letters_to": "la", "area": village.area.pk},
    )

    assert response.status_code == 200
    assert "This overlaps with 4942 AA–KZ (Centrum)." in response.content.decode()
    assert PostcodeArea.objects.filter(digits="4942").count() == 2


def test_editing_one_row_stores_capital_letters(client, django_user_model, mapping, village):
    user = editor_with(django_user_model, "add_postcodearea", "change_postcodearea")
    client.force_login(user)
    add_url = reverse("wagtailsnippets_neighbourhoods_postcodearea:add")

    response = client.post(
        add_url,
        {"digits": "4950", "letters_from": "aa", "letters_to": "mz", "area": village.area.pk},
    )

    assert response.status_code == 302
    row = PostcodeArea.objects.get(digits="4950")
    assert (row.letters_from, row.letters_to) == ("AA", "MZ")


def test_postcodes_are_in_the_neighbourhoods_menu(client, importer):
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert '"name": "neighbourhood_postcodes"' in html
    assert reverse(LIST) in html


def test_the_menu_item_is_hidden_without_postcode_permissions(client, django_user_model):
    client.force_login(editor_with(django_user_model))

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse(LIST) not in html
