"""The main menu editors choose: at most seven pages, labels in the visitor's language, pages
without a translation marked on the English site, a menu button that works without JavaScript."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Site

from home.models.site_settings import FooterLink, MainMenuItem, NavigationSettings
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def navigation_for(home) -> NavigationSettings:
    return NavigationSettings.for_site(Site.objects.get(root_page=home))


def choose_menu(home, pages) -> None:
    navigation = navigation_for(home)
    for order, page in enumerate(pages):
        MainMenuItem.objects.create(setting=navigation, page=page, sort_order=order)


def main_menu(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser").find("nav", id="site-nav")


def settings_form(home, pages, user):
    """The admin form of the navigation settings, posted with ``pages`` as the main menu."""
    navigation = navigation_for(home)
    form_class = get_edit_handler(NavigationSettings).get_form_class()
    data = {
        "logo": "",
        "main_menu_items-TOTAL_FORMS": str(len(pages)),
        "main_menu_items-INITIAL_FORMS": "0",
        "main_menu_items-MIN_NUM_FORMS": "0",
        "main_menu_items-MAX_NUM_FORMS": "1000",
        "footer_links-TOTAL_FORMS": "0",
        "footer_links-INITIAL_FORMS": "0",
        "footer_links-MIN_NUM_FORMS": "0",
        "footer_links-MAX_NUM_FORMS": "1000",
    }
    for index, page in enumerate(pages):
        data[f"main_menu_items-{index}-page"] = str(page.pk)
        data[f"main_menu_items-{index}-ORDER"] = str(index + 1)
        data[f"main_menu_items-{index}-id"] = ""
    return form_class(data, instance=navigation, for_user=user)


def test_the_settings_refuse_an_eighth_menu_item_with_a_dutch_error(home, admin_user):
    sections = [SectionPageFactory(parent=home, slug=f"thema-{n}") for n in range(8)]

    with translation.override("nl"):
        too_many = settings_form(home, sections, admin_user)
        assert not too_many.is_valid()
        assert (
            "Het hoofdmenu heeft hooguit 7 onderdelen; haal er 1 weg."
            in too_many.non_field_errors()
        )

    seven = settings_form(home, sections[:7], admin_user)
    assert seven.is_valid(), seven.errors
    seven.save()
    assert navigation_for(home).main_menu_items.count() == 7


def test_the_menu_shows_the_chosen_pages_in_order_with_the_current_one_marked(client, home):
    waste = SectionPageFactory(parent=home, slug="afval", title="Afval")
    moving = SectionPageFactory(parent=home, slug="verhuizen", title="Verhuizen")
    SectionPageFactory(parent=home, slug="ondernemen", title="Ondernemen", show_in_menus=True)
    choose_menu(home, [moving, waste])
    page = ContentPageFactory(parent=waste, slug="grofvuil")

    menu = main_menu(client.get(page.url))

    links = menu.find_all("a")
    assert [link.get_text(strip=True) for link in links] == ["Verhuizen", "Afval"]
    assert links[1]["aria-current"] == "true"
    assert not links[0].has_attr("aria-current")


def test_menu_labels_are_the_titles_in_the_visitors_language(client, home, english_home):
    waste = SectionPageFactory(parent=home, slug="afval", title="Afval")
    english_waste = waste.copy_for_translation(english_home.locale)
    english_waste.title = "Waste"
    english_waste.slug = "waste"
    english_waste.save_revision().publish()
    housing = SectionPageFactory(parent=home, slug="wonen", title="Wonen en bouwen")
    choose_menu(home, [waste, housing])

    dutch = main_menu(client.get("/"))
    english = main_menu(client.get("/en/"))

    assert [a.get_text(" ", strip=True) for a in dutch.find_all("a")] == [
        "Afval",
        "Wonen en bouwen",
    ]
    waste_link, housing_link = english.find_all("a")
    assert waste_link.get_text(" ", strip=True) == "Waste"
    assert waste_link["href"] == "/en/waste/"
    assert not waste_link.has_attr("hreflang")
    # Only in Dutch: said in the link, and the link opens the English notice on that page.
    assert housing_link.get_text(" ", strip=True) == "Wonen en bouwen (in Dutch)"
    assert housing_link["hreflang"] == "nl"
    assert housing_link["href"] == "/wonen/#only-in-dutch"


def test_without_a_chosen_menu_the_first_seven_pages_shown_in_menus_are_used(client, home):
    for n in range(9):
        SectionPageFactory(parent=home, slug=f"thema-{n}", title=f"Thema {n}", show_in_menus=True)

    menu = main_menu(client.get("/"))

    assert [a.get_text(strip=True) for a in menu.find_all("a")] == [f"Thema {n}" for n in range(7)]


def test_the_menu_button_is_a_link_to_the_footer_menu_without_javascript(client, home):
    waste = SectionPageFactory(parent=home, slug="afval", title="Afval")
    choose_menu(home, [waste])

    soup = BeautifulSoup(client.get("/").content, "html.parser")

    button = soup.find("a", attrs={"data-site-menu-button": True})
    assert button["href"] == "#menu"
    assert button["data-controls"] == "site-nav"
    footer_menu = soup.find(id="menu")
    assert footer_menu.find_parent("footer") is not None
    assert [a["href"] for a in footer_menu.find_all("a")] == ["/afval/"]
    assert soup.find("script", src=lambda src: src and src.endswith("js/site-menu.js"))


def test_the_skip_link_comes_first(client, home):
    soup = BeautifulSoup(client.get("/").content, "html.parser")

    first_link = soup.body.find("a")
    assert first_link["href"] == "#main"


def test_footer_lists_the_chosen_links_and_leaves_out_unpublished_pages(client, home):
    navigation = navigation_for(home)
    contact = ContentPageFactory(parent=home, slug="contact", title="Contact")
    privacy = ContentPageFactory(parent=home, slug="privacy", title="Privacyverklaring")
    draft = ContentPageFactory(parent=home, slug="cookies", title="Cookies")
    draft.unpublish()
    for order, page in enumerate([contact, draft, privacy]):
        FooterLink.objects.create(setting=navigation, page=page, sort_order=order)

    soup = BeautifulSoup(client.get("/").content, "html.parser")

    about = soup.find(id="footer-about").find_parent("section")
    assert [a["href"] for a in about.find("ul").find_all("a")] == ["/contact/", "/privacy/"]


def test_before_the_first_site_exists_the_sites_own_views_render_without_a_menu(client):
    """Just migrated, before ``load_demo`` or an editor adds the site: no Wagtail site at all.
    Views outside the page tree (search, forms) still answer, with an empty menu and footer."""
    assert not Site.objects.exists()
    response = client.get("/zoeken/?q=paspoort")
    assert response.status_code == 200
    assert main_menu(response) is None
