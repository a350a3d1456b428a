"""Grow a site to N pages of realistic Dutch content, fast: the scale benchmark's page builder.

Usage (Django set up on the database to grow, the demo loaded):
``.venv/bin/python -m bench.scale_pages --pages 5000``. ``bench.site_at_scale`` runs it for you.

The pages are made from the demo's own texts: the content pages of ``home/demo/data/sections``,
the products of ``kcc_content/demo/data/products`` and the news of ``home/demo/data/news.yaml``.
Each copy gets its own title (the demo title with an audience, a village and an aspect, such as
"Mantelzorg voor ouderen in Raamsdonk: kosten"), so titles stay unique as the site requires.
They are spread over 20 section pages (the demo's 8 and 12 more) and the news overview: about
55 % content pages, 25 % products, 20 % news, some of it about a village or neighbourhood.

Speed: Wagtail's ``add_child`` plus ``save_revision().publish()`` costs dozens of queries per
page (tree locking, revision, log entries, signals). Here each page is one insert with its tree
path computed from its parent, published as it is saved (``live``, a first and last publication
date), with its revision created in bulk afterwards; the search index is filled in bulk once at
the end (``add_bulk``) instead of once per save. What publishing keeps in step elsewhere is done
explicitly: the review schedule (``governance.review.sync_schedule``) and the B1 verdict
(``readability.results.store_result``), so the admin reports see every page. Left out: log
entries (the copies have no editing history) and Wagtail's reference index (the demo texts link
to no pages).

One page is long (about 2,000 words, ``LONG_PAGE_SLUG``): the page the benchmark's B1 check
analyses.
"""

import argparse
import datetime
import itertools
import json
import re
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass

#: The slug of the 2,000-word page the benchmark sends to the B1 check.
LONG_PAGE_SLUG = "alles-over-afval-de-volledige-gids"
LONG_PAGE_WORDS = 2_000
#: Of every 20 new pages: 11 content pages, 5 products, 4 news items.
KIND_CYCLE = ("content", "product", "content", "news", "content") * 4
#: Pages appear over the last three years; one news item a day, going back.
DAYS_BACK = 3 * 365

#: The 12 sections the builder adds to the demo's 8 (slug, title, summary, owning demo team).
#: On a site without the demo it adds the demo's 8 as well: 20 sections either way.
EXTRA_SECTIONS = [
    (
        "sport-en-recreatie",
        "Sport en recreatie",
        "Sporten, zwemmen en spelen in onze gemeente.",
        "Team Sociaal Domein",
    ),
    (
        "verkeer-en-parkeren",
        "Verkeer en parkeren",
        "Wegen, fietspaden, parkeren en werk aan de weg.",
        "Team Openbare Ruimte",
    ),
    (
        "onderwijs-en-kinderopvang",
        "Onderwijs en kinderopvang",
        "Scholen, kinderopvang en hulp bij leren.",
        "Team Sociaal Domein",
    ),
    (
        "belastingen",
        "Belastingen",
        "Gemeentelijke belastingen, de WOZ-waarde en kwijtschelding.",
        "Team Werk en Inkomen",
    ),
    (
        "veiligheid",
        "Veiligheid",
        "Veilig wonen, brandveiligheid en wat te doen bij een noodgeval.",
        "Team Openbare Ruimte",
    ),
    (
        "natuur-en-milieu",
        "Natuur en milieu",
        "Groen in de wijk, duurzaam wonen en een schoon milieu.",
        "Team Openbare Ruimte",
    ),
    (
        "gezondheid",
        "Gezondheid",
        "Gezond leven, de GGD en hulp als het even niet gaat.",
        "Team Sociaal Domein",
    ),
    (
        "cultuur-en-evenementen",
        "Cultuur en evenementen",
        "De bibliotheek, musea, festivals en evenementen.",
        "Team Economie",
    ),
    (
        "subsidies",
        "Subsidies",
        "Geld voor verenigingen, vrijwilligers en goede ideeën.",
        "Team Economie",
    ),
    (
        "bestuur-en-organisatie",
        "Bestuur en organisatie",
        "De gemeenteraad, het college en hoe de gemeente werkt.",
        "Team Communicatie",
    ),
    (
        "wegen-en-groen",
        "Wegen en groen",
        "Onderhoud van straten, bomen, parken en speeltuinen.",
        "Team Openbare Ruimte",
    ),
    (
        "werken-bij-de-gemeente",
        "Werken bij de gemeente",
        "Vacatures, stages en werken voor de gemeente Geertruidenberg.",
        "Team Communicatie",
    ),
]

AUDIENCES = [
    "voor inwoners",
    "voor ondernemers",
    "voor ouderen",
    "voor jongeren",
    "voor nieuwe inwoners",
    "voor verenigingen",
    "voor mantelzorgers",
    "voor gezinnen",
]
PLACES = ["Geertruidenberg", "Raamsdonksveer", "Raamsdonk", "Hooipolder"]
ASPECTS = [
    "aanvragen",
    "voorwaarden",
    "kosten",
    "veelgestelde vragen",
    "wijzigen",
    "bezwaar maken",
    "hoe lang duurt het",
    "contact",
]
NEWS_HEADLINES = [
    "Werk aan de weg in {place}",
    "Nieuwe speeltuin in {place} geopend",
    "Inloopavond over de plannen voor {place}",
    "Extra inzameling van grofvuil in {place}",
    "Gemeentewinkel in {place} tijdelijk op een andere plek",
    "Bomen planten met de buurt in {place}",
    "Subsidie voor groene daken in {place}",
    "Wijkspreekuur in {place} gaat door",
]


@dataclass
class Texts:
    """The demo texts the builder copies: sections, content pages, products and news items."""

    sections: list[tuple[str, str, str, str]]
    content: list[dict]
    products: list[dict]
    news: list[dict]


def demo_texts(today: datetime.date) -> Texts:
    """Every section, content page, product and news item of the demo data, as plain dicts."""
    from core.demo.calendar_text import demo_days, fill_dates  # Django must be set up first
    from home.demo import content as home_content  # Django must be set up first
    from home.demo.builder import to_stream_data  # Django must be set up first
    from kcc_content.demo import content as kcc_content  # Django must be set up first

    sections = [
        (section["slug"], section["title"], section["intro"], section["team"])
        for section in home_content.SECTIONS
    ]
    pages = [
        {**page, "body": to_stream_data(page["body"])}
        for section in home_content.SECTIONS
        for page in section["pages"]
    ]
    news = []
    for item in home_content.NEWS:
        filled = fill_dates(item, demo_days(today, item.get("dates", {})), "nl")
        news.append({**filled, "body": to_stream_data(filled["body"])})
    return Texts(
        sections=sections + EXTRA_SECTIONS,
        content=pages,
        products=list(kcc_content.PRODUCTS),
        news=news,
    )


def variant_title(base: str, number: int) -> str:
    """The ``number``-th distinct title made from ``base``: "Mantelzorg voor ouderen in
    Raamsdonk: kosten". Distinct for every number (a part number after 256 combinations)."""
    audience = AUDIENCES[number % len(AUDIENCES)]
    rest = number // len(AUDIENCES)
    place = PLACES[rest % len(PLACES)]
    rest //= len(PLACES)
    aspect = ASPECTS[rest % len(ASPECTS)]
    rest //= len(ASPECTS)
    title = f"{base} {audience} in {place}: {aspect}"
    return f"{title} (deel {rest + 1})" if rest else title


def news_day(today: datetime.date, number: int) -> datetime.date:
    """The date of the ``number``-th news item: one a day, going back three years, then again."""
    return today - datetime.timedelta(days=number % DAYS_BACK)


def news_title(day: datetime.date, number: int) -> str:
    """A distinct headline for the ``number``-th news item: "Werk aan de weg in Raamsdonk
    (12 maart 2026)"; a part number when the three years come round again."""
    headline = NEWS_HEADLINES[number % len(NEWS_HEADLINES)]
    place = PLACES[(number // len(NEWS_HEADLINES)) % len(PLACES)]
    from django.utils import translation  # Django must be set up first
    from django.utils.formats import date_format  # as above

    with translation.override("nl"):
        title = f"{headline.format(place=place)} ({date_format(day, 'j F Y')})"
    rounds = number // DAYS_BACK
    return f"{title} ({rounds + 1})" if rounds else title


def long_body(texts: Texts, words: int) -> str:
    """StreamField JSON of about ``words`` words: the demo's content page bodies one after
    another, each under a heading with its title (a long guide, as some sites have)."""
    blocks, count = [], 0
    for page in itertools.cycle(texts.content):
        body = json.loads(page["body"])
        blocks.append({"type": "heading", "value": {"text": page["title"], "level": "h2"}})
        blocks.extend(body)
        count += len(page["title"].split()) + visible_words(body)
        if count >= words:
            return json.dumps(blocks)
    raise AssertionError("unreachable: the demo has content pages")


def visible_words(value) -> int:
    """Roughly the words a reader sees in a block value (markup and keys left out)."""
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        return sum(
            visible_words(item) for key, item in value.items() if key not in ("type", "level")
        )
    if isinstance(value, list):
        return sum(visible_words(item) for item in value)
    return 0


@dataclass
class Parent:
    """A parent page and the number of its last child in the tree (treebeard's path steps)."""

    page: object
    last_child: int
    added: int = 0


class ScalePageBuilder:
    """Adds published pages to the default site until it has ``total`` pages (root included)."""

    def __init__(self, today: datetime.date | None = None):
        from django.utils import timezone

        self.today = today or timezone.localdate()
        self.texts = demo_texts(self.today)
        self.parents: dict[int, Parent] = {}
        self.created: list = []
        self.seconds: dict[str, float] = {}

    # Tree ------------------------------------------------------------------------------------
    def parent(self, page) -> Parent:
        """The tree bookkeeping for ``page``, read once from its last child."""
        if page.pk not in self.parents:
            last = page.get_last_child()
            number = type(page)._str2int(last.path[-page.steplen :]) if last else 0
            self.parents[page.pk] = Parent(page, number)
        return self.parents[page.pk]

    def insert(self, parent_page, page, index: int, published_on: datetime.date | None = None):
        """Save ``page`` as the next (live, published) child of ``parent_page``, with the
        ``index``-th review date of the demo's mix: one insert, no revision yet."""
        from django.utils import timezone
        from wagtail.models import Page  # Django must be set up first

        from core.demo.site import DAYS_UNTIL_REVIEW, DemoReviewDue  # Django set up first

        published_on = published_on or self.today - datetime.timedelta(
            days=DAYS_BACK - (index * 7) % DAYS_BACK
        )
        due = DemoReviewDue(self.today, DAYS_UNTIL_REVIEW[index % len(DAYS_UNTIL_REVIEW)])
        parent = self.parent(parent_page)
        parent.last_child += 1
        parent.added += 1
        page.depth = parent_page.depth + 1
        page.path = Page._get_path(parent_page.path, page.depth, parent.last_child)
        page.numchild = 0
        page.locale_id = parent_page.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = timezone.make_aware(
            datetime.datetime.combine(published_on, datetime.time(9))
        )
        page.draft_title = page.title
        page.last_reviewed_at = due.last_reviewed_on(page.review_interval, published_on)
        # Wagtail's save asks the page for its parent (for ``url_path``): it is known already.
        page._cached_parent_obj = parent_page
        # No "created" log entry: the demo's copies have no editing history.
        page.save(clean=False, log_action=None)
        self.created.append(page)
        return page

    # Pages -----------------------------------------------------------------------------------
    def sections(self, home, teams) -> list:
        """The home page's section pages: the demo's 8 and 12 more, made where missing."""
        from home.models import SectionPage  # Django must be set up first

        existing = {page.slug: page for page in SectionPage.objects.child_of(home)}
        sections = []
        for slug, title, intro, team in self.texts.sections:
            if slug not in existing:
                page = SectionPage(title=title, slug=slug, intro=intro, owning_team=teams.get(team))
                existing[slug] = self.insert(home, page, len(self.created))
            sections.append(existing[slug])
        return sections

    def news_index(self, home):
        """The news overview under the home page (made if the site has none)."""
        from home.models import NewsIndexPage  # Django must be set up first

        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            page = NewsIndexPage(title="Nieuws", slug="nieuws", intro="Nieuws van de gemeente.")
            index = self.insert(home, page, len(self.created))
        return index

    def content_page(self, number: int, team):
        """The ``number``-th copy of a demo content page (not saved)."""
        from home.models import ContentPage  # Django must be set up first

        text = self.texts.content[number % len(self.texts.content)]
        title = variant_title(text["title"], number // len(self.texts.content))
        return ContentPage(
            title=title,
            slug=slugify(title),
            intro=text["intro"],
            body=text["body"],
            owning_team=team,
        )

    def product_page(self, number: int, team, teams):
        """The ``number``-th copy of a demo product, without a national product name (UPL): one
        product per UPL is the site's rule (not saved)."""
        from kcc_content.models import ProductPage  # Django must be set up first

        text = self.texts.products[number % len(self.texts.products)]
        title = variant_title(text["title"], number // len(self.texts.products))
        return ProductPage(
            title=title,
            slug=slugify(title),
            intro=text["intro"],
            audience=text["audience"],
            online_application=text["online_application"],
            application_url=text["application_url"],
            kcc_desk_memo=text["kcc_desk_memo"],
            kcc_handling=text["kcc_handling"],
            kcc_team=teams.get(text["kcc_team"]),
            owning_team=team,
            **{name: text.get(name, "") for name in ProductPage.SECTIONS},
        )

    def news_page(self, number: int, day: datetime.date, area, team):
        """The ``number``-th news item, dated ``day``, with the text of a demo news item."""
        from home.models import NewsPage  # Django must be set up first

        text = self.texts.news[number % len(self.texts.news)]
        title = news_title(day, number)
        return NewsPage(
            title=title,
            slug=slugify(title),
            intro=text["intro"],
            body=text["body"],
            date=day,
            area=area,
            owning_team=team,
        )

    def long_page(self, team):
        """The 2,000-word page (``LONG_PAGE_SLUG``) the B1 check of the benchmark analyses."""
        from home.models import ContentPage  # Django must be set up first

        return ContentPage(
            title="Alles over afval: de volledige gids",
            slug=LONG_PAGE_SLUG,
            intro="Alles over afval, containers en de milieustraat op één pagina.",
            body=long_body(self.texts, LONG_PAGE_WORDS),
            owning_team=team,
        )

    # The build -------------------------------------------------------------------------------
    def build(self, total: int) -> int:
        """Add pages until the site has ``total`` pages; returns how many were added."""
        from django.contrib.auth.models import Group  # Django must be set up first
        from django.db import transaction
        from wagtail.models import Page, Site  # Django must be set up first
        from wagtail.signal_handlers import disable_reference_index_auto_update

        from places.models import Area  # Django must be set up first

        clock = Stopwatch(self.seconds)
        with transaction.atomic(), search_signals_paused(), disable_reference_index_auto_update():
            home = Site.objects.get(is_default_site=True).root_page.specific
            teams = {group.name: group for group in Group.objects.all()}
            sections = self.sections(home, teams)
            news_index = self.news_index(home)
            areas = list(Area.objects.order_by("kind", "pk")) or [None]
            if not Page.objects.filter(slug=LONG_PAGE_SLUG).exists():
                self.insert(sections[0], self.long_page(sections[0].owning_team), 0)
            # Titles are unique per language (the site's rule): skip the copies a page has.
            titles = {
                title.lower()
                for title in Page.objects.filter(locale_id=home.locale_id).values_list(
                    "title", flat=True
                )
            }
            numbers = dict.fromkeys(KIND_CYCLE, 0)
            for index in range(max(total - Page.objects.count(), 0)):
                kind = KIND_CYCLE[index % len(KIND_CYCLE)]
                while True:
                    number = numbers[kind]
                    numbers[kind] += 1
                    section = sections[number % len(sections)]
                    if kind == "news":
                        day = news_day(self.today, number)
                        area = areas[number % len(areas)] if number % 3 == 0 else None
                        parent, published_on = news_index, day
                        page = self.news_page(number, day, area, news_index.owning_team)
                    elif kind == "product":
                        parent, published_on = section, None
                        page = self.product_page(number, section.owning_team, teams)
                    else:
                        parent, published_on = section, None
                        page = self.content_page(number, section.owning_team)
                    if page.title.lower() not in titles:
                        break
                titles.add(page.title.lower())
                self.insert(parent, page, index, published_on=published_on)
            clock.lap("pages")
            self.finish_tree()
            self.add_revisions()
            clock.lap("tree and revisions")
            self.keep_registers_in_step()
            clock.lap("review schedule and B1 verdicts")
        self.index_for_search()
        clock.lap("search index")
        return len(self.created)

    def finish_tree(self) -> None:
        """Each parent's child count, in one update per parent."""
        from django.db.models import F
        from wagtail.models import Page  # Django must be set up first

        for parent in self.parents.values():
            if parent.added:
                Page.objects.filter(pk=parent.page.pk).update(numchild=F("numchild") + parent.added)

    def add_revisions(self) -> None:
        """One revision per new page, made in bulk, as its latest and live revision."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page, Revision  # Django must be set up first

        base = ContentType.objects.get_for_model(Page)
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=base,
                    object_id=str(page.pk),
                    created_at=page.last_published_at,
                    object_str=page.title,
                    content=page.serializable_data(),
                )
                for page in self.created
            ],
            batch_size=500,
        )
        rows = [
            Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
            for page, revision in zip(self.created, revisions, strict=True)
        ]
        Page.objects.bulk_update(rows, ["latest_revision", "live_revision"], batch_size=500)

    def keep_registers_in_step(self) -> None:
        """What publishing records elsewhere: the review schedule and the B1 verdict."""
        from governance.review import sync_schedule  # Django must be set up first
        from readability.results import store_result  # Django must be set up first

        for page in self.created:
            sync_schedule(page)
            store_result(page)

    def index_for_search(self) -> None:
        """Add the new pages to the search index, in bulk per page type."""
        from wagtail.search.backends import get_search_backend

        by_model = defaultdict(list)
        for page in self.created:
            by_model[type(page)].append(page)
        backend = get_search_backend()
        for model, pages in by_model.items():
            for start in range(0, len(pages), 500):
                backend.add_bulk(model, pages[start : start + 500])


class Stopwatch:
    """Seconds per step of the build, into ``seconds``."""

    def __init__(self, seconds: dict):
        self.seconds = seconds
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        """Note the seconds since the last lap as step ``name``."""
        now = time.perf_counter()
        self.seconds[name] = now - self.last
        self.last = now


def slugify(title: str) -> str:
    """The page slug for a title (ASCII, as the site's settings want)."""
    from django.utils.text import slugify as django_slugify

    return django_slugify(title)[:255]


@contextmanager
def search_signals_paused():
    """Save pages without indexing each one on save; ``index_for_search`` adds them in bulk.

    The search app indexes a page in a task after every save; 5,000 tasks cost more than the
    build itself, and one bulk add at the end leaves the same index.
    """
    from django.db.models.signals import post_save
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def build_pages(total: int, today: datetime.date | None = None) -> ScalePageBuilder:
    """Grow the default site to ``total`` pages; returns the builder (what it made, how long)."""
    builder = ScalePageBuilder(today=today)
    builder.build(total)
    return builder


def main() -> None:
    """Grow the site Django is set up on to ``--pages`` pages and say what it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the site when done")
    args = parser.parse_args()

    import django

    django.setup()
    from wagtail.models import Page

    started = time.perf_counter()
    builder = build_pages(args.pages)
    timings = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in builder.seconds.items())
    print(
        f"added {len(builder.created)} pages in {time.perf_counter() - started:.1f} s "
        f"({timings}); the site has {Page.objects.count()} pages"
    )


if __name__ == "__main__":
    main()
