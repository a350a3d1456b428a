"""Icons on the home page's top tasks: a curated set of Tabler icons (npm, MIT), inlined as
decorative SVG in the tile's text colour."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from core.static_packages import package_files
from home.blocks import IconTopTaskBlock
from home.templatetags import top_task_icons as icon_tag
from home.top_task_icons import (
    PACKAGE_FOLDER,
    TOP_TASK_ICONS,
    static_package_files,
    static_path,
)
from tests.factories import ContentPageFactory

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"


@pytest.fixture
def icon_files(settings):
    """The icons as static files, as ``config/settings/base.py`` lists them."""
    listed = {path for path, _source in package_files().items()}
    extra = [
        entry
        for entry in static_package_files(NODE_MODULES)
        if f"{entry[0]}/{entry[1].name}" not in listed
    ]
    settings.STATIC_PACKAGE_FILES = [*settings.STATIC_PACKAGE_FILES, *extra]
    icon_tag.icon_svg.cache_clear()
    yield
    icon_tag.icon_svg.cache_clear()


def test_the_editors_choose_from_about_twenty_icons():
    choices = dict(IconTopTaskBlock().child_blocks["icon"].field.choices)

    assert 18 <= len(TOP_TASK_ICONS) <= 25
    assert set(TOP_TASK_ICONS) <= set(choices)


@pytest.mark.parametrize("name", sorted(TOP_TASK_ICONS))
def test_every_icon_comes_from_the_npm_package(name):
    assert (NODE_MODULES / PACKAGE_FOLDER / f"{name}.svg").is_file()


def test_the_icons_and_their_licence_are_static_files():
    served = package_files()

    assert "icons/tabler/LICENSE" in served
    assert all(static_path(name) in served for name in TOP_TASK_ICONS)
    assert "MIT License" in served["icons/tabler/LICENSE"].read_text(encoding="utf-8")


def test_an_icon_is_inline_svg_hidden_from_screen_readers(icon_files):
    svg = BeautifulSoup(icon_tag.top_task_icon("id"), "html.parser").find("svg")

    assert svg["aria-hidden"] == "true"
    assert svg["focusable"] == "false"
    assert svg["class"] == ["top-tasks__icon"]
    assert svg["stroke"] == "currentColor"
    assert svg.find("path")


def test_no_icon_or_an_unknown_one_draws_nothing(icon_files):
    assert icon_tag.top_task_icon("") == ""
    assert icon_tag.top_task_icon("../../secrets") == ""


@pytest.mark.django_db
def test_the_home_page_shows_each_top_task_with_its_icon(client, home, icon_files):
    passport = ContentPageFactory(parent=home, slug="paspoort", title="Paspoort")
    moving = ContentPageFactory(parent=home, slug="verhuizen", title="Verhuizen")
    home.top_tasks = [
        ("task", {"page": passport, "title": "Paspoort aanvragen", "icon": "id"}),
        ("task", {"page": moving, "title": "", "icon": ""}),
    ]
    home.save_revision().publish()

    page = BeautifulSoup(client.get("/").content, "html.parser")
    links = page.select(".top-tasks__link")

    assert [link.get_text(" ", strip=True) for link in links] == ["Paspoort aanvragen", "Verhuizen"]
    assert links[0].find("svg", attrs={"aria-hidden": "true"})
    assert links[1].find("svg") is None
