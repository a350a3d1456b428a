"""Build the demo of "In uw buurt" from the YAML data in ``neighbourhoods/demo/data/``.

Idempotent, like the rest of the demo: pages are only created when missing (same parent, same
slug); office hours, meetings, budgets, initiatives and the postcode mapping are only added when
there are none yet, so running ``load_demo`` again never duplicates them and never overwrites
what editors changed. Dates are relative to the day the demo is built.

Initiatives move through their statuses with the status service
(``neighbourhoods.initiative_status``), so their history, audit log and budget are exactly what
staff would produce. The demo residents are invented: their e-mails are marked as handled so no
message goes out.
"""

import datetime
import io
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Page

from core.demo.drawings import demo_image
from core.demo.page_setup import body_stream, grant_page_permissions
from neighbourhoods import recurrence
from neighbourhoods.demo import content
from neighbourhoods.initiative_status import change_status, record_submission
from neighbourhoods.models import (
    AreaContact,
    AreaIndexPage,
    AreaPage,
    Initiative,
    InitiativePhoto,
    Meeting,
    NeighbourhoodBudget,
    OfficeHoursCancellation,
    PostcodeArea,
    RecurringOfficeHours,
)
from neighbourhoods.postcode_import import import_postcodes
from places.models import Area, AreaKind

NEIGHBOURHOOD_STAFF_GROUP = "Wijkteams"
NEIGHBOURHOOD_STAFF_USERNAME = "wijk"
POSTCODES_FILE = Path(__file__).with_name("postcodes.csv")
#: What neighbourhood staff may do with the area pages: edit and add; publishing goes via the
#: workflow, like the other teams.
PAGE_PERMISSIONS = ("add_page", "change_page")


def local_moment(day: datetime.date, time: str) -> datetime.datetime:
    """``time`` ("19:30") on ``day`` in the site's time zone."""
    return recurrence.local_datetime(day, datetime.time.fromisoformat(time))


def plant_boxes_drawing() -> ImageFile:
    """A simple drawing instead of a photo, so the demo shows no real people or places."""
    picture = PILImage.new("RGB", (800, 500), "#d6ecf7")
    pen = ImageDraw.Draw(picture)
    pen.rectangle([0, 330, 800, 500], fill="#c9c4bb")
    for x in (70, 310, 550):
        pen.rectangle([x, 300, x + 180, 400], fill="#8d5a2b")
        for plant in range(x + 10, x + 170, 40):
            pen.ellipse([plant, 240, plant + 40, 310], fill="#2e7d32")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name="plantenbakken.png")


class NeighbourhoodDemoBuilder:
    """Creates the missing parts of the neighbourhoods demo with the site builder's helpers."""

    def __init__(self, builder, home: Page, teams: dict[str, Group]):
        self.builder = builder
        self.home = home
        self.today = builder.today
        self.group = Group.objects.filter(name=NEIGHBOURHOOD_STAFF_GROUP).first()
        self.team = self.group or teams.get("Team Communicatie")
        self.staff_member = (
            get_user_model().objects.filter(username=NEIGHBOURHOOD_STAFF_USERNAME).first()
        )
        self.areas: dict[str, AreaPage] = {}

    def build(self) -> AreaIndexPage:
        index = self.builder.child(
            self.home,
            AreaIndexPage,
            content.INDEX["slug"],
            title=content.INDEX["title"],
            intro=content.INDEX["intro"],
            show_in_menus=True,
            **self.builder.ownership(self.team),
        )
        self.builder.translate(index, **content.INDEX["en"])
        grant_page_permissions(self.group, index, PAGE_PERMISSIONS)
        for data in content.AREAS:
            village = self.area(index, data, data["contacts"])
            for neighbourhood in data["neighbourhoods"]:
                contacts = neighbourhood.get("contacts", [])  # else the village's team shows
                self.area(village, neighbourhood, contacts)
        self.office_hours()
        self.meetings()
        self.budgets()
        self.initiatives()
        self.postcodes()
        return index

    # Pages ----------------------------------------------------------------------------------
    def area(self, parent: Page, data: dict, contacts: list[dict]) -> AreaPage:
        """The page for an area; a page under an area page is for a neighbourhood of it."""
        village = parent.specific.area if isinstance(parent.specific, AreaPage) else None
        area, _created = Area.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["title"],
                "kind": AreaKind.NEIGHBOURHOOD if village else AreaKind.VILLAGE,
                "parent": village,
                "sort_order": len(self.areas),
            },
        )
        page = self.builder.child(
            parent,
            AreaPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            area=area,
            image=demo_image(data["image"]) if "image" in data else None,
            body=body_stream(content.ABOUT_THE_TEAM),
            contacts=[
                AreaContact(sort_order=position, **contact)
                for position, contact in enumerate(contacts)
            ],
            **self.builder.ownership(self.team),
        )
        english = dict(data["en"])
        if "image" in data:
            english["image"] = demo_image(data["image"], "en")
        self.builder.translate(page, body=body_stream(content.ABOUT_THE_TEAM_EN), **english)
        self.areas[data["slug"]] = page
        return page

    # The agenda -----------------------------------------------------------------------------
    def office_hours(self) -> None:
        if RecurringOfficeHours.objects.filter(area__in=self.areas.values()).exists():
            return
        for data in content.OFFICE_HOURS:
            schedule = RecurringOfficeHours.objects.create(
                area=self.areas[data["area"]],
                topic=data["topic"],
                week_of_month=data["week_of_month"],
                weekday=data["weekday"],
                start_time=datetime.time.fromisoformat(data["start"]),
                end_time=datetime.time.fromisoformat(data["end"]),
                starts_on=self.today - datetime.timedelta(days=90),
                **self.place(data),
            )
            if "cancel_next" in data:
                horizon = self.today + datetime.timedelta(days=62)
                upcoming = recurrence.occurrences(schedule, self.today, horizon)
                if upcoming:
                    OfficeHoursCancellation.objects.create(
                        schedule=schedule, date=upcoming[0].date, reason=data["cancel_next"]
                    )

    def meetings(self) -> None:
        if Meeting.objects.filter(area__in=self.areas.values()).exists():
            return
        for data in content.MEETINGS:
            day = self.today + datetime.timedelta(days=data["days"])
            day += datetime.timedelta(days=(data["weekday"] - day.weekday()) % 7)
            Meeting.objects.create(
                area=self.areas[data["area"]],
                kind=data["kind"],
                topic=data["topic"],
                description=data["description"],
                starts_at=local_moment(day, data["start"]),
                ends_at=local_moment(day, data["end"]),
                report=data.get("report", ""),
                **self.place(data),
            )

    @staticmethod
    def place(data: dict) -> dict:
        fields = ("location_name", "address", "accessibility_note", "hosts")
        return {name: data[name] for name in fields}

    # Initiatives and budgets ----------------------------------------------------------------
    def budgets(self) -> None:
        for slug, amount in content.BUDGETS.items():
            NeighbourhoodBudget.objects.get_or_create(
                area=self.areas[slug], year=self.today.year, defaults={"amount": Decimal(amount)}
            )

    def initiatives(self) -> None:
        if Initiative.objects.filter(area__in=self.areas.values()).exists():
            return
        for data in content.INITIATIVES:
            initiative = Initiative.objects.create(
                area=self.areas[data["area"]],
                title=data["title"],
                description=data["description"],
                location=data["location"],
                helpers=data["helpers"],
                budget_requested=Decimal(data["budget_requested"]),
                budget_explanation=data["budget_explanation"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
            )
            record_submission(initiative, notify=False)
            for status, amount, note in data["steps"]:
                change_status(
                    initiative,
                    status,
                    user=self.staff_member,
                    amount=amount,
                    note=note,
                    notify=False,
                )
            if data.get("result"):
                Initiative.objects.filter(pk=initiative.pk).update(result=data["result"])
            if data.get("photo"):
                self.photo(initiative, data["photo"])

    @staticmethod
    def photo(initiative: Initiative, data: dict) -> None:
        image = Image.objects.create(
            title=data["title"], description=data["description"], file=plant_boxes_drawing()
        )
        InitiativePhoto.objects.create(
            initiative=initiative, image=image, caption=data["caption"], sort_order=0
        )

    # Postcodes ------------------------------------------------------------------------------
    def postcodes(self) -> None:
        """Load the illustrative mapping once; after that the mapping belongs to the editors."""
        if PostcodeArea.objects.exists():
            return
        result = import_postcodes(POSTCODES_FILE.read_text(encoding="utf-8"))
        if result.errors:
            raise ValueError(f"The demo postcodes do not import: {result.error_lines()}")


def build_neighbourhoods_demo(builder, home: Page, teams: dict[str, Group]) -> AreaIndexPage:
    """ "In uw buurt" with three villages, their neighbourhoods, team, agenda and initiatives."""
    return NeighbourhoodDemoBuilder(builder, home, teams).build()
