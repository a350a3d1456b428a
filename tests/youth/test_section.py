"""The youth section's home page: its own look, the published proposals and the voting rounds."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from home.demo.builder import DemoSiteBuilder
from participation.models import ModerationStatus
from readability import analyse
from tests.youth.factories import ProposalFactory, make_round
from youth.demo import content
from youth.demo.builder import build_youth_demo
from youth.models import YouthHomePage, YouthProposal

pytestmark = pytest.mark.django_db

YOUTH_TEMPLATES = Path(__file__).resolve().parents[2] / "youth" / "templates" / "youth"


def test_youth_home_page_has_its_own_look(client, youth_home):
    html = client.get(youth_home.url).content.decode()

    assert 'class="utrecht-body utrecht-document youth"' in html
    assert "youth/youth.css" in html
    assert youth_home.intro in html


def test_every_public_youth_template_of_the_section_extends_the_youth_base():
    for name in ("youth_home_page.html", "proposal_form.html", "proposal_detail.html"):
        template = (YOUTH_TEMPLATES / name).read_text()
        assert template.startswith('{% extends "youth/base_youth.html" %}'), name


def test_youth_home_page_invites_to_make_a_proposal(client, youth_home):
    html = client.get(youth_home.url).content.decode()

    assert f'href="{youth_home.url}voorstel-doen/"' in html


def test_youth_home_page_lists_only_published_proposals(client, youth_home):
    ProposalFactory(youth_home=youth_home, title="Een pannaveld bij de haven")
    ProposalFactory(
        youth_home=youth_home, title="Nog niet bekeken", status=ModerationStatus.PENDING
    )
    ProposalFactory(youth_home=youth_home, title="Afgewezen idee", status=ModerationStatus.REJECTED)

    html = client.get(youth_home.url).content.decode()

    assert "Een pannaveld bij de haven" in html
    assert "Nog niet bekeken" not in html
    assert "Afgewezen idee" not in html


def test_proposal_card_shows_place_cost_and_photo_text_but_no_personal_data(
    client, youth_home, areas
):
    proposal = ProposalFactory(
        youth_home=youth_home,
        title="Licht op het fietspad",
        area=areas["raamsdonksveer"].area,
        cost_estimate=80000,
        age_band="16-18",
        image="youth/proposals/fietspad.jpg",
    )

    html = client.get(youth_home.url).content.decode()

    assert "Raamsdonksveer" in html
    assert "80.000" in html
    assert f'href="{youth_home.url}voorstel/{proposal.pk}/"' in html
    assert 'alt="' in html and "Licht op het fietspad" in html.split('alt="')[1]
    assert "16-18" not in html
    assert "16 to 18" not in html and "16 tot 18" not in html


def ballot(youth_home):
    return ProposalFactory.create_batch(3, youth_home=youth_home)


def test_voting_rounds_are_grouped_as_open_upcoming_and_closed(client, youth_home):
    on_ballot = ballot(youth_home)
    make_round(youth_home, title="Ronde nu open", proposals=on_ballot)
    make_round(youth_home, title="Ronde straks", opens_in=3, closes_in=10, proposals=on_ballot)
    make_round(youth_home, title="Ronde voorbij", opens_in=-20, closes_in=-10, proposals=on_ballot)

    rounds = youth_home.voting_rounds()
    html = client.get(youth_home.url).content.decode()

    assert [r.title for r in rounds["open"]] == ["Ronde nu open"]
    assert [r.title for r in rounds["upcoming"]] == ["Ronde straks"]
    assert [r.title for r in rounds["closed"]] == ["Ronde voorbij"]
    assert html.index("Ronde nu open") < html.index("Ronde straks") < html.index("Ronde voorbij")


def test_an_unpublished_round_is_not_listed(client, youth_home):
    draft = make_round(youth_home, title="Concept ronde", proposals=ballot(youth_home))
    draft.unpublish()

    assert "Concept ronde" not in client.get(youth_home.url).content.decode()


def test_youth_home_page_says_so_when_there_is_nothing_yet(client, youth_home):
    response = client.get(youth_home.url)

    assert response.status_code == 200
    assert response.context["proposals"].count() == 0
    assert response.context["voting_rounds"] == {"open": [], "upcoming": [], "closed": []}


# Demo content


@pytest.fixture
def demo_youth(home, monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_VOTE_CODES_FILE", str(tmp_path / "codes.txt"))
    builder = DemoSiteBuilder()
    teams = {"Team Communicatie": Group.objects.create(name="Team Communicatie")}
    return builder, teams, build_youth_demo(builder, home, teams)


def test_demo_builds_the_youth_section_with_published_and_waiting_proposals(home, demo_youth):
    *_, youth_home = demo_youth

    assert youth_home.slug == "jongeren" and youth_home.show_in_menus and youth_home.live
    proposals = YouthProposal.objects.filter(youth_home=youth_home)
    assert proposals.filter(status=ModerationStatus.PUBLISHED).count() == len(content.PROPOSALS)
    assert len(content.PROPOSALS) >= 10
    assert proposals.filter(status=ModerationStatus.PENDING).count() == 1
    assert proposals.get(title=content.DUPLICATE["title"]).merged_into.title == (
        "Een skatebaan in Raamsdonksveer"
    )
    published = proposals.filter(status=ModerationStatus.PUBLISHED)
    assert all(p.cost_estimate for p in published)
    assert published.exclude(image="").exists()


def test_demo_is_idempotent(home, demo_youth):
    builder, teams, youth_home = demo_youth
    count = YouthProposal.objects.count()

    again = build_youth_demo(builder, home, teams)

    assert again.pk == youth_home.pk
    assert YouthProposal.objects.count() == count
    assert YouthHomePage.objects.count() == 1


def test_demo_proposal_texts_are_plain_dutch():
    texts = [content.YOUTH_HOME["intro"]]
    for data in [*content.PROPOSALS, content.DUPLICATE, content.PENDING]:
        texts += [data["title"], data["what"], data["why"]]
    problems = []
    for text in texts:
        report = analyse(text)
        codes = {f.code for f in report.findings if f.severity in {"red", "orange"}}
        if not report.meets_b1 or codes:
            problems.append((text, sorted(codes)))

    assert problems == []
