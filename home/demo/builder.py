"""Build the home app's part of the demo site from the YAML data in ``home/demo/data/``.

The home app builds the site's frame: the owning teams, the demo people, the home page, the
service sections with their pages and the news (see ``home/demo/steps.py`` for when each
part runs). ``DemoSiteBuilder`` is the whole demo site in code: ``build()`` runs every app's
registered step, as ``load_demo`` does.
"""

import datetime
import io
import json
import os
import secrets
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import GroupPagePermission, Page, Site

from core.demo.calendar_text import demo_days, fill_dates
from core.demo.data_files import load_data
from core.demo.drawings import demo_image
from core.demo.site import DemoSite
from core.demo_registry import build_demo
from home.demo import content
from home.demo.home_translation import translate_home_page
from home.models import ContactSettings, ContentPage, HomePage, NewsIndexPage, NewsPage, SectionPage
from home.models.site_settings import (
    MAIN_MENU_MAX_ITEMS,
    FooterLink,
    MainMenuItem,
    NavigationSettings,
)
from places.demo import demo_area

ADMIN_USERNAME = "admin"
#: Host names of a site on the developer's own machine: the demo moves them to ``SITE_URL``.
LOCAL_HOSTNAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-admin-password"
NAVIGATION_DATA = Path(__file__).parent / "data" / "navigation.yaml"
LOGO_FILE = Path(__file__).parent / "data" / "logo-wordmark.svg"


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


class HomeDemo:
    """The home app's part of the demo site, built on the shared ``DemoSite``."""

    def __init__(self, site: DemoSite):
        self.site = site

    def build_site(self) -> None:
        """Step "site": teams, the administrator and demo people, the home page, the sections."""
        site = self.site
        site.teams = self.ensure_teams()
        site.admin_username, site.admin_password = self.ensure_admin()
        site.home = self.ensure_home()
        site.people = self.ensure_demo_people(site.teams, site.admin_password)
        site.pages.update(self.build_sections(site.home, site.teams))

    def build_news_and_permissions(self) -> None:
        """Step "news": the news (after the areas it is about) and the teams' page permissions."""
        self.build_news(self.site.home, self.site.teams)
        self.ensure_team_permissions(self.site.teams, self.site.home)

    def finish_home_page(self) -> None:
        """Step "home_page": links, media, footer and search picks, once their pages exist."""
        self.link_home_page(self.site.home, self.site.pages)
        self.add_media(self.site.pages)
        self.ensure_contact_settings(self.site.home)
        self.ensure_search_promotions(self.site.pages)

    def build_navigation(self) -> None:
        """Step "navigation": logo, main menu and footer links, after every app's pages exist."""
        home = self.site.home
        data = load_data(NAVIGATION_DATA)
        navigation = NavigationSettings.for_site(Site.objects.get(root_page=home))
        if navigation.logo is None:
            navigation.logo = self.ensure_logo()
        if not navigation.main_menu_items.exists():
            children = {page.slug: page for page in home.get_children().live()}
            chosen = [children[slug] for slug in data["main_menu"] if slug in children]
            for order, page in enumerate(chosen[:MAIN_MENU_MAX_ITEMS]):
                MainMenuItem.objects.create(setting=navigation, page=page, sort_order=order)
        linked = set(navigation.footer_links.values_list("page_id", flat=True))
        for order, slug in enumerate(data["footer"]):
            # The legal pages come from another app: skip the ones that are not there (yet).
            page = home.get_descendants().filter(slug=slug).live().order_by("depth").first()
            if page is not None and page.pk not in linked:
                FooterLink.objects.create(setting=navigation, page=page, sort_order=order)
        navigation.save()
        contact = ContactSettings.for_site(navigation.site)
        if not contact.international_phone:
            contact.international_phone = data["international_phone"]
        if not contact.opening_hours_en:
            contact.opening_hours_en = data["opening_hours_en"]
        contact.save()

    def ensure_logo(self) -> Image:
        """The neutral wordmark of the demo as a Wagtail image; the municipality uploads its own."""
        existing = Image.objects.filter(title="Logo Gemeente Geertruidenberg (demo)").first()
        if existing:
            return existing
        with LOGO_FILE.open("rb") as svg:
            return Image.objects.create(
                title="Logo Gemeente Geertruidenberg (demo)",
                file=ImageFile(svg, name="logo-gemeente-geertruidenberg.svg"),
            )

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

    def ensure_home(self) -> HomePage:
        """The Dutch home page as the root of the default site (replacing Wagtail's welcome page)."""
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.site.nl, depth=2).first()
        if home is None:
            for welcome in root.get_children().filter(slug="home").exact_type(Page):
                welcome.delete()
            home = HomePage(
                title=content.HOME["title"],
                slug="home",
                intro=content.HOME["intro"],
                locale=self.site.nl,
                last_reviewed_at=self.site.today,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.site.created += 1
        self.site.translate(
            home, title=content.HOME["en"]["title"], intro=content.HOME["en"]["intro"]
        )
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
            section = self.site.child(
                home,
                SectionPage,
                section_data["slug"],
                title=section_data["title"],
                intro=section_data["intro"],
                show_in_menus=True,
                **self.site.ownership(team),
            )
            pages_by_path[section_data["slug"]] = section
            if "en" in section_data:
                self.site.translate(section, **section_data["en"])
            for page_data in section_data["pages"]:
                page = self.site.child(
                    section,
                    ContentPage,
                    page_data["slug"],
                    title=page_data["title"],
                    intro=page_data["intro"],
                    body=to_stream_data(page_data["body"]),
                    **self.site.ownership(team),
                )
                pages_by_path[f"{section_data['slug']}/{page_data['slug']}"] = page
                if "en" in page_data:
                    english = page_data["en"]
                    self.site.translate(
                        page,
                        title=english["title"],
                        intro=english["intro"],
                        body=to_stream_data(english["body"]),
                    )
        return pages_by_path

    def build_news(self, home: HomePage, teams: dict[str, Group]) -> None:
        """The news overview and its items; some are about a village or neighbourhood."""
        team = teams["Team Communicatie"]
        index = self.site.child(
            home,
            NewsIndexPage,
            "nieuws",
            title="Nieuws",
            show_in_menus=True,
            intro="Nieuws van de gemeente Geertruidenberg.",
            **self.site.ownership(team),
        )
        self.site.translate(
            index, title="News", intro="News from the municipality of Geertruidenberg."
        )
        for data in content.NEWS:
            days = demo_days(self.site.today, data.get("dates", {}))
            item = fill_dates(data, days, "nl")
            date = self.site.today + datetime.timedelta(days=data["days"])
            news = self.site.child(
                index,
                NewsPage,
                item["slug"],
                title=item["title"],
                intro=item["intro"],
                date=date,
                area=demo_area(item.get("area")),
                image=demo_image(data["image"]) if "image" in data else None,
                body=to_stream_data(item["body"]),
                published_on=date,
                **self.site.ownership(team),
            )
            if "en" in data:
                english = fill_dates(data["en"], days, "en")
                self.site.translate(
                    news,
                    title=english["title"],
                    intro=english["intro"],
                    body=to_stream_data(english["body"]),
                    **({"image": demo_image(data["image"], "en")} if "image" in data else {}),
                )

    def link_home_page(self, home: HomePage, pages_by_path: dict[str, Page]) -> None:
        """Fill the top tasks and life-event tiles once, after the pages they point to exist."""
        if home.top_tasks or home.life_events:
            return
        home.top_tasks = [
            (
                "task",
                {
                    "page": pages_by_path[task["page"]],
                    "title": task["title"],
                    "icon": task.get("icon", ""),
                },
            )
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
        # The English tiles get their English titles and texts through wagtail-localize.
        translate_home_page(home, self.site.en)

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


class DemoSiteBuilder(DemoSite):
    """The whole demo site in code, as ``load_demo`` builds it (for tests and benchmarks)."""

    def build(self) -> dict:
        """Build everything that is missing; returns the admin login and a count of new pages."""
        build_demo(self)
        return self.result()

    def ensure_teams(self) -> dict[str, Group]:
        return HomeDemo(self).ensure_teams()

    def ensure_home(self) -> HomePage:
        return HomeDemo(self).ensure_home()

    def ensure_demo_people(self, teams: dict[str, Group], password: str | None) -> list[str]:
        return HomeDemo(self).ensure_demo_people(teams, password)
