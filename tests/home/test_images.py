"""Images of news items (and the shared picture component): responsive renditions in AVIF and
WebP with a JPEG fallback, lazy on cards, alt text required; no image, no image box."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from PIL import features
from wagtail.images.models import Image

from core.demo.drawings import HEIGHT, SCENES, WIDTH, demo_image, illustration
from core.image_alt_text import MISSING_ALT_TEXT, check_alt_text
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

ALT = "Tekening van een straat met rood-witte hekken en een graafmachine."


@pytest.fixture
def drawing():
    return Image.objects.create(
        title="Werk aan de weg", description=ALT, file=illustration("roadworks")
    )


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, slug="nieuws")


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_pillow_encodes_avif_and_webp_so_wagtail_can_make_those_renditions():
    assert features.check("avif")
    assert features.check("webp")


def test_a_news_image_without_description_is_refused_in_dutch(news_index):
    no_alt = Image.objects.create(title="Zonder omschrijving", file=illustration("waste"))
    page = NewsPageFactory.build(title="Nieuw", slug="nieuw", image=no_alt)

    with pytest.raises(ValidationError) as refused:
        check_alt_text(page)

    assert refused.value.message_dict["image"] == [str(MISSING_ALT_TEXT)]
    from django.utils import translation

    with translation.override("nl"):
        assert "omschrijving" in str(MISSING_ALT_TEXT).lower()


def test_the_news_page_form_refuses_an_image_without_description(news_index):
    no_alt = Image.objects.create(
        title="Zonder omschrijving", description="  ", file=illustration("waste")
    )
    page = NewsPageFactory(parent=news_index, slug="nieuw")
    page.image = no_alt

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert "image" in refused.value.message_dict


def test_a_news_image_with_description_is_accepted(news_index, drawing):
    page = NewsPageFactory(parent=news_index, slug="nieuw")
    page.image = drawing

    page.full_clean()


def test_the_news_page_shows_its_image_as_a_responsive_picture(client, news_index, drawing):
    page = NewsPageFactory(parent=news_index, slug="werk-aan-de-weg", image=drawing)

    picture = soup(client.get(page.url)).select_one("article picture")

    sources = {source["type"]: source for source in picture.find_all("source")}
    assert set(sources) == {"image/avif", "image/webp"}
    assert all(source["srcset"].count("w,") == 2 for source in sources.values())
    assert all(source["sizes"] for source in sources.values())
    img = picture.find("img")
    assert img["alt"] == ALT
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) == 480 and int(img["height"]) == 270
    assert "srcset" in img.attrs
    # In view when the page opens: loaded at once, not lazily.
    assert img.get("loading") != "lazy"


def test_the_renditions_really_are_avif_and_webp(client, news_index, drawing):
    page = NewsPageFactory(parent=news_index, slug="werk-aan-de-weg", image=drawing)
    soup(client.get(page.url))

    formats = set()
    for rendition in drawing.renditions.all():
        with rendition.file.open("rb") as file:
            formats.add(PILImage.open(io.BytesIO(file.read())).format)
    assert formats == {"AVIF", "WEBP", "JPEG"}


def test_news_cards_show_a_lazy_picture_and_a_card_without_image_has_no_image_box(
    client, news_index, drawing
):
    NewsPageFactory(parent=news_index, slug="met-beeld", title="Met beeld", image=drawing)
    NewsPageFactory(parent=news_index, slug="zonder-beeld", title="Zonder beeld")

    cards = {
        card.find("a").get_text(strip=True): card
        for card in soup(client.get(news_index.url)).select("li.card")
    }

    with_image = cards["Met beeld"].find("img")
    assert with_image["loading"] == "lazy"
    assert with_image["alt"] == ALT
    assert with_image["width"] and with_image["height"]
    assert cards["Met beeld"].find("source", type="image/avif")
    assert cards["Zonder beeld"].find("picture") is None
    assert cards["Zonder beeld"].find("img") is None
    assert "card--with-image" not in cards["Zonder beeld"]["class"]


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_every_demo_scene_is_a_16_by_9_drawing(scene):
    picture = PILImage.open(illustration(scene))

    assert picture.size == (WIDTH, HEIGHT)
    assert len(picture.getcolors(maxcolors=1_000_000)) > 5


def test_a_demo_image_is_made_once_per_language_with_its_alt_text(db):
    spec = {"scene": "bridge", "alt": "Tekening van een brug.", "en": "Drawing of a bridge."}

    dutch = demo_image(spec)
    english = demo_image(spec, "en")

    assert demo_image(spec) == dutch
    assert (dutch.description, english.description) == (spec["alt"], spec["en"])
    assert Image.objects.count() == 2
