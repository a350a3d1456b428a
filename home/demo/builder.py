"""Build the Geertruidenberg demo site from ``home/demo/content.py``.

Idempotent: a page that already exists (same parent, same slug) is left exactly as it is, so
running ``load_demo`` twice changes nothing and never duplicates pages. Later modules add their
own demo content by extending ``DemoSiteBuilder``.
"""

import datetime
import io
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import GroupPagePermission, Locale, Page, Site

from consultations.demo.builder import build_consultations_demo
from home.demo import content
from home.demo.calendar_text import demo_days, fill_dates
from home.demo.review_history import record_review_history
from home.models import ContactSettings, ContentPage, HomePage, NewsIndexPage, NewsPage, SectionPage
from kcc_content.demo.builder import build_kcc_demo
from kcc_content.demo.journeys import build_journeys_demo
from kcc_content.demo.service_norms import build_service_norms_demo
from kcc_content.ownership import add_months
from neighbourhoods.demo import content as neighbourhoods_content
from neighbourhoods.demo.areas import demo_area
from neighbourhoods.demo.builder import build_neighbourhoods_demo
from youth.demo.builder import build_youth_demo

ADMIN_USERNAME = "admin"
#: Host names of a site on the developer's own machine: the demo moves them to ``SITE_URL``.
LOCAL_HOSTNAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-admin-password"

# Days until the next review, cycled over the demo content: a realistic mix of current (60 days
# or more), due-soon (15, inside DUE_SOON_DAYS on every day of the year) and overdue (negative)
# items. Day offsets, not months, so the mix does not depend on the length of this month.
DAYS_UNTIL_REVIEW = [300, 200, 15, 120, -45, 330, 90, -20, 240, 15]


@dataclass(frozen=True)
class DemoReviewDue:
    """A demo item whose next review falls ``days`` days after ``today``."""

    today: datetime.date
    days: int

    def last_reviewed_on(
        self, interval_months: int, not_before: datetime.date | None = None
    ) -> datetime.date:
        """The last-review date that puts the next review ``days`` days from today.

        Going back and forth by calendar months can clamp the day (31 Aug - 6 months = 28 Feb,
        + 6 months = 28 Aug), so the review may fall up to three days earlier; the offsets in
        ``DAYS_UNTIL_REVIEW`` leave room for that. The date is never after today, and never
        before ``not_before`` (the day the item was published or announced): nobody checks a
        page before it exists.
        """
        due = self.today + datetime.timedelta(days=self.days)
        reviewed = add_months(due, -interval_months)
        if not_before is not None:
            reviewed = max(reviewed, not_before)
        return min(reviewed, self.today)


def site_address() -> tuple[str, int]:
    """Host name and port of the site from ``SITE_URL``, so sitemap links point at this server."""
    address = urlparse(settings.SITE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def to_stream_data(blocks) -> str:
    """Convert the demo content's (type, value) tuples into StreamField JSON."""
    raw = []
    for block_type, value in blocks:
        if block_type == "table":
            value = {
                "caption": value["caption"],
                "table": {
                    "data": value["rows"],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            }
        elif block_type == "call_to_action":
            value = {**value, "link_page": None}
        elif block_type == "contact":
            value = {"phone": "", "email": "", **value}
        elif block_type == "accordion":
            value = {"title": value.get("title", ""), "items": value["items"]}
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


class DemoSiteBuilder:
    """Creates whatever part of the demo site is missing and reports what it did."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.today = timezone.localdate()
        self.nl = Locale.objects.get(language_code="nl")
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        self.review_index = 0

    def log(self, message: str) -> None:
        if self.stdout:
            self.stdout.write(message)

    # People and teams -------------------------------------------------------------------
    def ensure_teams(self) -> dict[str, Group]:
        """One Django group per owning team, each allowed into the Wagtail admin."""
        access_admin = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        teams = {}
        names = {section["team"] for section in content.SECTIONS} | {"Team Communicatie"}
        for name in sorted(names):
            group, created = Group.objects.get_or_create(name=name)
            if created:
                group.permissions.add(access_admin)
            teams[name] = group
        return teams

    def ensure_team_permissions(self, teams: dict[str, Group], home: HomePage) -> None:
        """Each team may add and edit pages in its own sections; publishing goes via the workflow."""
        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=["add_page", "change_page"]
        )
        sections = {s["slug"]: s["team"] for s in content.SECTIONS}
        sections["nieuws"] = "Team Communicatie"
        for page in home.get_children().filter(slug__in=sections):
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=teams[sections[page.slug]], page=page, permission=permission
                )

    def ensure_demo_people(self, teams: dict[str, Group], password: str | None) -> list[str]:
        """Two editors of Team Burgerzaken, a language coach, a coordinator, a KCC employee, a
        participation officer and a neighbourhood manager (wijkregisseur)."""
        if not password:
            return []
        people = [
            ("anna", "Anna", "de Vries", [teams["Team Burgerzaken"]]),
            ("bram", "Bram", "Jansen", [teams["Team Burgerzaken"]]),
            ("taalcoach", "Tess", "Bakker", list(Group.objects.filter(name="Taalcoaches"))),
            (
                "coordinator",
                "Chris",
                "Smit",
                list(Group.objects.filter(name=settings.CONTENT_COORDINATOR_GROUP)),
            ),
            ("kcc", "Kim", "Verbeek", list(Group.objects.filter(name="KCC-medewerkers"))),
            (
                "participatie",
                "Sanne",
                "Willems",
                list(Group.objects.filter(name="Participatiemedewerkers")),
            ),
            ("wijk", "Wim", "de Wit", list(Group.objects.filter(name="Wijkteams"))),
        ]
        created = []
        for username, first, last, groups in people:
            user, made = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@geertruidenberg.example",
                },
            )
            if made:
                user.set_password(password)
                user.save()
                user.groups.add(*groups)
                created.append(username)
        return [username for username, *_ in people]

    def ensure_admin(self) -> tuple[str, str | None]:
        """The demo administrator; returns the username and the password if we know it."""
        user_model = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD")
        if not password and PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        user = user_model.objects.filter(username=ADMIN_USERNAME).first()
        if user is None:
            if not password:
                password = secrets.token_urlsafe(12)
                PASSWORD_FILE.write_text(password + "\n")
                PASSWORD_FILE.chmod(0o600)
            user_model.objects.create_superuser(
                ADMIN_USERNAME,
                "admin@geertruidenberg.example",
                password,
                first_name="Demo",
                last_name="Beheerder",
            )
            return ADMIN_USERNAME, password
        return ADMIN_USERNAME, password if password and user.check_password(password) else None

    # Pages --------------------------------------------------------------------------------
    def child(self, parent: Page, model, slug: str, published_on=None, **fields):
        """Return the child page with this slug, creating and publishing it if it is missing.

        ``published_on`` is the day the page appeared (a news item's date, the announcement of
        a consultation); its review history starts there.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        reviewed_on = fields.pop("last_reviewed_at", None)
        page = model(slug=slug, locale=parent.locale, **fields)
        if isinstance(reviewed_on, DemoReviewDue):
            reviewed_on = reviewed_on.last_reviewed_on(page.review_interval, published_on)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if reviewed_on:
            # Publishing counts as a review today; give the demo a realistic review history.
            record_review_history(page, reviewed_on, published_on)
        self.created += 1
        return page

    def translate(self, page: Page, **fields):
        """Create and publish the English translation of a page if it does not exist yet."""
        existing = page.get_translation_or_none(self.en)
        if existing:
            return existing.specific
        translated = page.copy_for_translation(self.en)
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.slug = slugify(fields.get("title", translated.title)) or translated.slug
        translated.save_revision().publish()
        translated.refresh_from_db()
        reviewed_on = getattr(translated, "last_reviewed_at", None)
        if reviewed_on and page.first_published_at:
            # The translation shares the original's review history, so it appeared with it.
            record_review_history(
                translated, reviewed_on, timezone.localdate(page.first_published_at)
            )
        self.created += 1
        return translated

    def next_review_due(self) -> "DemoReviewDue":
        """The next item's place in the demo mix of current, due-soon and overdue content."""
        days = DAYS_UNTIL_REVIEW[self.review_index % len(DAYS_UNTIL_REVIEW)]
        self.review_index += 1
        return DemoReviewDue(self.today, days)

    def ownership(self, team: Group) -> dict:
        """Owner and review history for ``child()``, which resolves the review date once it
        knows the page type's review interval."""
        return {"owning_team": team, "last_reviewed_at": self.next_review_due()}

    def ensure_home(self) -> HomePage:
        """The Dutch home page as the root of the default site (replacing Wagtail's welcome page)."""
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.nl, depth=2).first()
        if home is None:
            for welcome in root.get_children().filter(slug="home").exact_type(Page):
                welcome.delete()
            home = HomePage(
                title=content.HOME["title"],
                slug="home",
                intro=content.HOME["intro"],
                locale=self.nl,
                last_reviewed_at=self.today,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        self.translate(home, title=content.HOME["en"]["title"], intro=content.HOME["en"]["intro"])
        hostname, port = site_address()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        wanted = {"root_page_id": home.pk, "site_name": "Gemeente Geertruidenberg"}
        if site.pk is None or site.hostname in LOCAL_HOSTNAMES:
            # Wagtail's default (localhost:80) or an earlier local run (127.0.0.1:8000) becomes
            # this server's address, so the sitemap links to the port the site is served on.
            wanted.update(hostname=hostname, port=port)
        if any(getattr(site, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(site, field, value)
            site.save()
        return home

    def build_sections(self, home: HomePage, teams: dict[str, Group]) -> dict[str, Page]:
        """Sections and their content pages, with English translations where the data has them."""
        pages_by_path = {}
        for section_data in content.SECTIONS:
            team = teams[section_data["team"]]
            section = self.child(
                home,
                SectionPage,
                section_data["slug"],
                title=section_data["title"],
                intro=section_data["intro"],
                show_in_menus=True,
                **self.ownership(team),
            )
            pages_by_path[section_data["slug"]] = section
            if "en" in section_data:
                self.translate(section, **section_data["en"])
            for page_data in section_data["pages"]:
                page = self.child(
                    section,
                    ContentPage,
                    page_data["slug"],
                    title=page_data["title"],
                    intro=page_data["intro"],
                    body=to_stream_data(page_data["body"]),
                    **self.ownership(team),
                )
                pages_by_path[f"{section_data['slug']}/{page_data['slug']}"] = page
                if "en" in page_data:
                    english = page_data["en"]
                    self.translate(
                        page,
                        title=english["title"],
                        intro=english["intro"],
                        body=to_stream_data(english["body"]),
                    )
        return pages_by_path

    def build_news(self, home: HomePage, teams: dict[str, Group]) -> None:
        """The news overview and its items; some are about a village or neighbourhood."""
        team = teams["Team Communicatie"]
        index = self.child(
            home,
            NewsIndexPage,
            "nieuws",
            title="Nieuws",
            show_in_menus=True,
            intro="Nieuws van de gemeente Geertruidenberg.",
            **self.ownership(team),
        )
        self.translate(index, title="News", intro="News from the municipality of Geertruidenberg.")
        for data in content.NEWS:
            days = demo_days(self.today, data.get("dates", {}))
            item = fill_dates(data, days, "nl")
            date = self.today + datetime.timedelta(days=data["days"])
            news = self.child(
                index,
                NewsPage,
                item["slug"],
                title=item["title"],
                intro=item["intro"],
                date=date,
                area=demo_area(neighbourhoods_content.NEWS_AREAS.get(item["slug"])),
                body=to_stream_data(item["body"]),
                published_on=date,
                **self.ownership(team),
            )
            if "en" in data:
                english = fill_dates(data["en"], days, "en")
                self.translate(
                    news,
                    title=english["title"],
                    intro=english["intro"],
                    body=to_stream_data(english["body"]),
                )

    def link_home_page(self, home: HomePage, pages_by_path: dict[str, Page]) -> None:
        """Fill the top tasks and life-event tiles once, after the pages they point to exist."""
        if home.top_tasks or home.life_events:
            return
        home.top_tasks = [
            ("task", {"page": pages_by_path[task["page"]], "title": task["title"]})
            for task in content.TOP_TASKS
        ]
        home.life_events = [
            (
                "life_event",
                {
                    "title": event["title"],
                    "text": event["text"],
                    "page": pages_by_path[event["page"]],
                },
            )
            for event in content.LIFE_EVENTS
        ]
        home.save_revision().publish()
        english = home.get_translation(self.en).specific
        english.top_tasks = home.top_tasks.raw_data
        english.life_events = home.life_events.raw_data
        english.save_revision().publish()

    def add_media(self, pages_by_path: dict[str, Page]) -> None:
        """One illustrated image and one PDF document, so every block type appears on the site."""
        page = pages_by_path[next(p for p in pages_by_path if p.startswith("afval/"))].specific
        if any(block.block_type == "image" for block in page.body):
            return
        drawing = PILImage.new("RGB", (800, 400), "#f3f5f7")
        pen = ImageDraw.Draw(drawing)
        for x, colour in ((90, "#1d6b35"), (330, "#00497a"), (570, "#6b6b6b")):
            pen.rectangle([x, 120, x + 140, 340], fill=colour)
            pen.rectangle([x - 10, 100, x + 150, 125], fill="#1b1b1b")
        buffer = io.BytesIO()
        drawing.save(buffer, "PNG")
        image = Image.objects.create(
            title="Drie minicontainers",
            file=ImageFile(io.BytesIO(buffer.getvalue()), name="minicontainers.png"),
        )
        pdf_buffer = io.BytesIO()
        drawing.save(pdf_buffer, "PDF")
        document = Document.objects.create(
            title="Overzicht minicontainers",
            file=SimpleUploadedFile("overzicht-minicontainers.pdf", pdf_buffer.getvalue()),
        )
        body = list(page.body.raw_data)
        body.insert(
            1,
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Tekening van drie containers: groen voor gft, blauw voor papier, grijs voor restafval.",
                    "caption": "De drie minicontainers bij uw huis.",
                },
            },
        )
        body.append(
            {
                "type": "documents",
                "value": {
                    "title": "Downloaden",
                    "documents": [document.pk],
                },
            }
        )
        page.body = json.dumps(body)
        page.save_revision().publish()

    def ensure_contact_settings(self, home: HomePage) -> None:
        """Fill the footer's contact details once; editors own them after that."""
        site = Site.objects.get(root_page=home)
        contact = ContactSettings.for_site(site)
        if contact.visiting_address:
            return
        contact.visiting_address = "Gemeentewinkel\nGemeentehuis Geertruidenberg\nRaamsdonksveer"
        contact.postal_address = "Postbus 10001\n4940 GA Raamsdonksveer"
        contact.opening_hours = content.OPENING_HOURS
        contact.email = "gemeente@geertruidenberg.nl"
        contact.facebook_url = "https://www.facebook.com/gemeentegeertruidenberg"
        contact.instagram_url = "https://www.instagram.com/gemeentegeertruidenberg"
        contact.linkedin_url = "https://www.linkedin.com/company/gemeente-geertruidenberg"
        contact.save()

    def ensure_search_promotions(self, pages_by_path: dict[str, Page]) -> None:
        """Editors' picks for the most common questions."""
        for query_text, path in (("paspoort", "paspoort-en-id-kaart"),):
            page = pages_by_path.get(path)
            query = Query.get(query_text)
            if page and not SearchPromotion.objects.filter(query=query, page=page).exists():
                SearchPromotion.objects.create(
                    query=query,
                    page=page,
                    sort_order=0,
                    description="Alles over uw paspoort en ID-kaart: aanvragen, ophalen en kwijt.",
                )

    def build(self) -> dict:
        """Build everything that is missing; returns the admin login and a count of new pages."""
        teams = self.ensure_teams()
        username, password = self.ensure_admin()
        home = self.ensure_home()
        people = self.ensure_demo_people(teams, password)
        pages_by_path = self.build_sections(home, teams)
        # Before news, consultations and youth: their demo items link to the area pages.
        build_neighbourhoods_demo(self, home, teams)
        self.build_news(home, teams)
        self.ensure_team_permissions(teams, home)
        build_kcc_demo(self, home, teams)
        pages_by_path.update(build_journeys_demo(self, home, teams))
        build_service_norms_demo(self, home)
        build_consultations_demo(self, home, teams)
        build_youth_demo(self, home, teams)
        self.link_home_page(home, pages_by_path)
        self.add_media(pages_by_path)
        self.ensure_contact_settings(home)
        self.ensure_search_promotions(pages_by_path)
        return {
            "username": username,
            "password": password,
            "people": people,
            "created": self.created,
        }
