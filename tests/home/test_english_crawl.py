"""A crawl of the English demo site: English that is English (issue 16, item 4).

Starting at /en/, the crawl follows every internal link on English pages (with the Django test
client, as an English reader whose browser prefers English). It asserts:

- no Dutch label in the header, menu, footer or tiles of an English page: neither a Dutch
  interface text (the ``msgstr`` of the Dutch catalogue) nor the Dutch title of a page that has
  an English translation, unless it is marked as Dutch;
- Dutch there only where marked: an element with ``lang="nl"`` sits in a link (or a card whose
  link) has ``hreflang="nl"`` and says "(in Dutch)", or is the language switcher's "Nederlands";
- every link from an English page to a page that exists only in Dutch has ``hreflang="nl"``,
  the visible mark "(in Dutch)" and opens the page's notice (``#only-in-dutch``);
- every Dutch-only page reached shows the English notice "This page is only available in
  Dutch".
"""

import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import polib
import pytest
from bs4 import BeautifulSoup, Tag
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "site" / "locale" / "nl" / "LC_MESSAGES" / "django.po"
#: Addresses that are not pages of the site: files, feeds, the admin.
NOT_PAGES = re.compile(r"^/(admin|django-admin|static|media|documents|cms)/|\.(ics|xml|csv|pdf)$")
#: Where the header, menu, footer and tiles are.
SHELL_AND_TILES = "header, nav, footer, .top-tasks, .card"
NOTICE_TEXT = "This page is only available in Dutch"
MARK = "(in Dutch)"


def normalise(text: str) -> str:
    return " ".join(text.split())


def dutch_interface_labels() -> set[str]:
    """The Dutch interface texts that differ from their English source text."""
    labels = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or not entry.msgstr or "%" in entry.msgid or "{" in entry.msgid:
            continue
        dutch = normalise(entry.msgstr)
        if dutch != normalise(entry.msgid) and len(dutch) > 3:
            labels.add(dutch)
    english = {normalise(entry.msgid) for entry in polib.pofile(str(CATALOGUE))}
    return labels - english


def dutch_titles_of_translated_pages() -> set[str]:
    """The Dutch titles of pages that have an English translation with another title."""
    titles = set()
    for page in Page.objects.live().filter(locale__language_code="nl"):
        english = page.get_translations().live().filter(locale__language_code="en").first()
        if english is not None and english.title != page.title:
            titles.add(normalise(page.title))
    return titles


def without_marked_dutch(element: Tag) -> Tag:
    """A copy of ``element`` without what is marked as Dutch (``lang="nl"``)."""
    copy = BeautifulSoup(str(element), "html.parser")
    for marked in copy.select('[lang="nl"]'):
        marked.decompose()
    return copy


def texts_in(element: Tag) -> set[str]:
    """The texts of the links, headings, buttons and list items in ``element``."""
    return {
        normalise(item.get_text(" ", strip=True))
        for item in element.find_all(["a", "button", "h2", "h3", "li", "span", "p", "summary"])
    }


def is_marked(link: Tag) -> bool:
    """A link says it leads to Dutch: the mark is in the link or right after it."""
    if MARK in link.get_text(" ", strip=True):
        return True
    mark = link.find_next_sibling("span", class_="language-mark")
    return mark is not None and mark.get_text(strip=True) == MARK


def is_explained(marked: Tag) -> bool:
    """Dutch words (``lang="nl"``) on an English page belong to a link marked as leading to
    Dutch, to a card whose link is so marked, or to the language switcher ("Nederlands")."""
    if marked.find_parent(class_="language-switcher"):
        return True
    link = marked if marked.name == "a" else marked.find_parent("a")
    if link is None:
        card = marked.find_parent(class_="card")
        link = card.find("a", class_="card__link") if card else None
    return link is not None and link.get("hreflang") == "nl" and is_marked(link)


def page_of(response) -> Page | None:
    context = response.context
    if context is None:
        return None
    for scope in context:
        page = scope.get("page") if hasattr(scope, "get") else None
        if isinstance(page, Page):
            return page
    return None


def is_dutch_only(page: Page) -> bool:
    return (
        page.locale.language_code == "nl"
        and not page.get_translations().live().public().filter(locale__language_code="en").exists()
    )


class Crawl:
    """The English site's pages and the Dutch pages they link to."""

    def __init__(self, client):
        self.client = client
        self.english = {}  # url → BeautifulSoup of English pages
        self.dutch = {}  # url → (page, BeautifulSoup) of Dutch pages reached from English ones
        self.links_to = {}  # url → [(from url, link tag)]

    def run(self, start: str = "/en/", limit: int = 400) -> None:
        queue, seen = deque([start]), {start}
        while queue:
            url = queue.popleft()
            response = self.client.get(url, HTTP_ACCEPT_LANGUAGE="en")
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            document = BeautifulSoup(response.content, "html.parser")
            if document.html.get("lang") != "en":
                self.dutch[url] = (page_of(response), document)
                continue
            self.english[url] = document
            for link in document.find_all("a", href=True):
                if link.find_parent(class_="language-switcher"):
                    continue  # the other language of this page, not a link to content
                target, _ = urldefrag(link["href"])
                parts = urlsplit(target)
                if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                    continue
                if NOT_PAGES.search(parts.path):
                    continue
                self.links_to.setdefault(target, []).append((url, link))
                if target not in seen and len(seen) < limit:
                    seen.add(target)
                    queue.append(target)


#: One crawl for both tests: the shared demo is the same in every test (``tests.demo_site``).
CRAWLS: dict[str, Crawl] = {}


@pytest.fixture
def crawl(client, demo_site) -> Crawl:
    if "en" not in CRAWLS:
        CRAWLS["en"] = Crawl(client)
        CRAWLS["en"].run()
    return CRAWLS["en"]


def test_the_english_demo_site_is_english_and_marks_what_is_only_in_dutch(crawl):
    dutch_labels = dutch_interface_labels() | dutch_titles_of_translated_pages()
    assert len(crawl.english) > 20, "the crawl reached the English site"

    unmarked_dutch = []
    unexplained_lang = []
    for url, document in crawl.english.items():
        for part in document.select(SHELL_AND_TILES):
            for text in texts_in(without_marked_dutch(part)) & dutch_labels:
                unmarked_dutch.append((url, text))
            for marked in part.select('[lang="nl"]'):
                if not is_explained(marked):
                    unexplained_lang.append((url, normalise(marked.get_text(" ", strip=True))))

    assert unmarked_dutch == []
    assert unexplained_lang == []


def test_every_dutch_only_page_reached_from_english_is_marked_and_shows_the_notice(crawl):
    dutch_only = {
        url: document
        for url, (page, document) in crawl.dutch.items()
        if page is not None and is_dutch_only(page)
    }
    assert dutch_only, "the English demo links to pages that exist only in Dutch"

    unmarked_links = []
    without_notice = []
    for url, document in dutch_only.items():
        for source, link in crawl.links_to[url]:
            fragment = urldefrag(link["href"]).fragment
            if link.get("hreflang") != "nl" or not is_marked(link) or fragment != "only-in-dutch":
                unmarked_links.append((source, link["href"], normalise(link.get_text(" "))))
        notice = document.find(id="only-in-dutch")
        shown = notice is not None and "language-notice--shown" in notice.get("class", [])
        if not shown or NOTICE_TEXT not in notice.get_text(" ") or notice.get("lang") != "en":
            without_notice.append(url)

    assert unmarked_links == []
    assert without_notice == []
