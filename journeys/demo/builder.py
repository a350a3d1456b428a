"""Build the customer-journey demo ("Wat wilt u regelen?") from ``journeys/demo/data/``.

Demo step "journeys" (``journeys/demo/steps.py``), after the KCC demo, so the products and
answers the steps link to exist. Idempotent like the rest of the demo: pages that exist are left
as they are.
"""

import json
import re

from django.contrib.auth.models import Group
from django.utils.html import escape
from wagtail.models import Page

from journeys.demo import content
from journeys.models import JourneyIndexPage, JourneyPage
from kcc_content.demo import content as kcc_content
from kcc_content.models import ProductPage, QuestionAnswer

PAGE_LINK = re.compile(r"\{page:([\w/-]+)\}")
STEP_TEXT_FIELDS = ("title", "explanation", "deadline")


def build_journeys_demo(builder, home: Page, teams: dict[str, Group]) -> dict[str, Page]:
    """Create the journey overview and its journeys (Dutch, some English); return the Dutch
    pages by path, e.g. ``wat-wilt-u-regelen/ik-ga-verhuizen``, for the home page's tiles."""
    return JourneyDemoBuilder(builder, home, teams).build()


class JourneyDemoBuilder:
    """Creates whatever part of the journey demo is missing, using the site builder's helpers."""

    def __init__(self, builder, home: Page, teams: dict[str, Group]):
        self.builder = builder
        self.home = home
        self.teams = teams
        self.answer_questions = {data["key"]: data["question"] for data in kcc_content.ANSWERS}

    def build(self) -> dict[str, Page]:
        data = content.INDEX
        index = self.builder.child(
            self.home,
            JourneyIndexPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            **self.builder.ownership(self.teams[data["team"]]),
        )
        self.builder.translate(index, **data["en"])
        pages = {data["slug"]: index}
        for journey in content.JOURNEYS:
            page = self.builder.child(
                index,
                JourneyPage,
                journey["slug"],
                title=journey["title"],
                intro=journey["intro"],
                questions=json.dumps([self.question_data(q) for q in journey["questions"]]),
                steps=json.dumps([self.step_data(step) for step in journey["steps"]]),
                **self.builder.ownership(self.teams[journey["team"]]),
            )
            pages[f"{data['slug']}/{journey['slug']}"] = page
            if "en" in journey:
                self.translate(page, journey)
        return pages

    # Stream data -----------------------------------------------------------------------
    @staticmethod
    def question_data(question: dict) -> dict:
        return {
            "type": "question",
            "value": {
                "key": question["key"],
                "question": question["question"],
                "help_text": question.get("help_text", ""),
                "options": [{"value": code, "label": label} for code, label in question["options"]],
            },
        }

    def step_data(self, step: dict) -> dict:
        return {
            "type": "step",
            "value": {
                "phase": step["phase"],
                "title": step["title"],
                "explanation": self.with_page_links(step["explanation"]),
                "performer": step["performer"],
                "organisation": step.get("organisation", ""),
                "organisation_url": step.get("organisation_url", ""),
                "deadline": step.get("deadline", ""),
                "products": self.product_ids(step.get("products", [])),
                "answers": self.answer_ids(step.get("answers", [])),
                "conditions": [
                    {"question": question, "answers": answers}
                    for question, answers in step.get("conditions", [])
                ],
            },
        }

    def with_page_links(self, html: str) -> str:
        """Replace ``{page:section/slug}`` with a rich-text link to that Dutch demo page."""

        def link(match):
            url_path = f"{self.home.url_path}{match.group(1)}/"
            page = Page.objects.filter(url_path=url_path, locale=self.home.locale).first()
            if page is None:
                return escape(match.group(1).rsplit("/", 1)[-1].replace("-", " "))
            return f'<a linktype="page" id="{page.pk}">{escape(page.title.lower())}</a>'

        return PAGE_LINK.sub(link, html)

    def product_ids(self, slugs: list[str]) -> list[int]:
        """The Dutch demo products with these slugs; missing ones are left out."""
        products = ProductPage.objects.filter(slug__in=slugs, locale=self.home.locale)
        by_slug = {product.slug: product.pk for product in products}
        return [by_slug[slug] for slug in slugs if slug in by_slug]

    def answer_ids(self, keys: list[str]) -> list[int]:
        """The Dutch demo answers with these keys; missing ones are left out."""
        ids = []
        for key in keys:
            answer = QuestionAnswer.objects.filter(
                question=self.answer_questions.get(key, ""), locale=self.home.locale
            ).first()
            if answer:
                ids.append(answer.pk)
        return ids

    # English -----------------------------------------------------------------------------
    def translate(self, page: JourneyPage, journey: dict) -> None:
        """The English journey: the same blocks (same ids, so ticks and translations line up)
        with the English texts; links to Dutch-only products disappear when rendered."""
        page = JourneyPage.objects.get(pk=page.pk)  # the blocks as stored, with their ids
        questions = page.questions.raw_data
        steps = page.steps.raw_data
        questions = [
            self.english_question(block, data.get("en"))
            for block, data in zip(questions, journey["questions"], strict=True)
        ]
        steps = [
            self.english_step(block, data.get("en"))
            for block, data in zip(steps, journey["steps"], strict=True)
        ]
        self.builder.translate(
            page,
            **journey["en"],
            questions=json.dumps(questions),
            steps=json.dumps(steps),
        )

    @staticmethod
    def english_question(block: dict, english: dict | None) -> dict:
        block = json.loads(json.dumps(block))
        if english:
            value = block["value"]
            value["question"] = english["question"]
            value["help_text"] = english.get("help_text", "")
            for option, label in zip(value["options"], english["options"], strict=True):
                option_value = option["value"] if "type" in option else option
                option_value["label"] = label
        return block

    @staticmethod
    def english_step(block: dict, english: dict | None) -> dict:
        block = json.loads(json.dumps(block))
        if english:
            for name in STEP_TEXT_FIELDS:
                if name in english:
                    block["value"][name] = english[name]
        return block
