"""Build the demo youth section ("Jongeren") from the YAML data in ``youth/demo/data/``.

Idempotent, like the rest of the demo: the youth home page is only created when missing, and
proposals are only added to a youth section that has none yet. The voting rounds and their code
batches come from ``youth.demo.rounds``.
"""

import io
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from wagtail.models import Page

from core.demo.page_setup import body_stream, grant_page_permissions
from participation.models import ModerationStatus
from places.demo import demo_area
from youth.demo import content
from youth.demo.rounds import build_rounds_demo
from youth.models import YouthContact, YouthHomePage, YouthProposal

YOUTH_WORKERS_GROUP = "Jongerenwerkers"
#: What youth workers may do with the pages under "Jongeren" (voting rounds); publishing goes via
#: the workflow.
PAGE_PERMISSIONS = ("add_page", "change_page")


def amount(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def drawing(kind: str) -> ContentFile:
    """A simple drawing instead of a photo, so the demo has no pictures of real people."""
    picture = Image.new("RGB", (800, 600), "#bfe3f5")
    pen = ImageDraw.Draw(picture)
    pen.rectangle([0, 420, 800, 600], fill="#7bbf6a")
    if kind == "skatebaan":
        pen.polygon([(80, 420), (330, 420), (330, 250)], fill="#9e9e9e")
        pen.rectangle([420, 330, 720, 345], fill="#424242")
        for x in (450, 690):
            pen.rectangle([x, 345, x + 10, 420], fill="#424242")
    else:
        for x in (80, 320, 560):
            pen.rectangle([x, 360, x + 180, 440], fill="#8d5a2b")
            for plant in range(x + 20, x + 180, 40):
                pen.ellipse([plant, 320, plant + 30, 365], fill="#2e7d32")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return ContentFile(buffer.getvalue(), name=f"{kind}.jpg")


def proposal_from(data: dict, youth_home: YouthHomePage, **fields) -> YouthProposal:
    """A new, unsaved proposal from the demo data."""
    return YouthProposal(
        youth_home=youth_home,
        title=data["title"],
        what=data["what"],
        why=data["why"],
        area=demo_area(data["area"]),
        proposer_cost=amount(data["proposer_cost"]),
        cost_estimate=amount(data["cost_estimate"]),
        age_band=data["age_band"],
        **fields,
    )


def build_proposals(youth_home: YouthHomePage) -> dict[str, YouthProposal]:
    """The demo proposals (only when the section has none); returns the published ones by key."""
    if not youth_home.proposals.exists():
        # The newest shows first on the site: create them in reverse to keep the content order.
        for data in reversed(content.PROPOSALS):
            proposal = proposal_from(data, youth_home, status=ModerationStatus.PUBLISHED)
            if data.get("photo"):
                proposal.image.save(f"{data['photo']}.jpg", drawing(data["photo"]), save=False)
            proposal.save()
        target = youth_home.proposals.get(
            title=next(p["title"] for p in content.PROPOSALS if p["key"] == "skatebaan")
        )
        proposal_from(
            content.DUPLICATE,
            youth_home,
            status=ModerationStatus.REJECTED,
            merged_into=target,
            rejection_reason=f"Samengevoegd met “{target.title}”",
        ).save()
        proposal_from(
            content.PENDING,
            youth_home,
            status=ModerationStatus.PENDING,
            contact=YouthContact.objects.create(email=content.PENDING["email"]),
        ).save()
    published = youth_home.proposals.filter(status=ModerationStatus.PUBLISHED)
    by_title = {proposal.title: proposal for proposal in published}
    return {
        data["key"]: by_title[data["title"]]
        for data in content.PROPOSALS
        if data["title"] in by_title
    }


def build_youth_demo(builder, home: Page, teams: dict[str, Group]) -> YouthHomePage:
    """The youth home page "Jongeren" with its proposals and voting rounds."""
    team = Group.objects.filter(name=YOUTH_WORKERS_GROUP).first() or teams["Team Communicatie"]
    youth_home = builder.child(
        home,
        YouthHomePage,
        content.YOUTH_HOME["slug"],
        title=content.YOUTH_HOME["title"],
        intro=content.YOUTH_HOME["intro"],
        body=body_stream(content.YOUTH_HOME["body"]),
        show_in_menus=True,
        **builder.ownership(team),
    )
    grant_page_permissions(
        Group.objects.filter(name=YOUTH_WORKERS_GROUP).first(), youth_home, PAGE_PERMISSIONS
    )
    proposals = build_proposals(youth_home)
    build_rounds_demo(builder, youth_home, proposals)
    return youth_home
