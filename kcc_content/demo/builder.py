"""Build the KCC knowledge-base demo from the YAML data in ``kcc_content/demo/data/``.

Demo step "kcc" (``kcc_content/demo/steps.py``), after the sections exist. Idempotent like the rest of the
demo: products and answers that already exist are left exactly as they are, relations are only
filled while they are empty, and a second run creates no page, answer or revision.
"""

from collections import defaultdict

from django.contrib.auth.models import Group
from wagtail.models import Page

from core.demo.review_history import record_review_history
from governance.review import publish_keeping_review_date
from kcc_content.demo import content
from kcc_content.models import ProductPage, QuestionAnswer, UniformProductName

# Fields of an answer that a translation replaces, when the data has them.
TRANSLATED_ANSWER_FIELDS = (
    "question",
    "keywords",
    "answer",
    "kcc_explanation",
    "phone_script",
    "email_text",
    "social_text",
)


def build_kcc_demo(builder, home: Page, teams: dict[str, Group]) -> None:
    """Create the demo products (with their UPL names) and answers, in Dutch and English."""
    KccDemoBuilder(builder, home, teams).build()


def publish(obj) -> None:
    """Publish the object's current state and reload it, so ``live`` and the revision ids in
    memory match the database (publishing works on a copy made from the revision)."""
    obj.save_revision().publish()
    obj.refresh_from_db()


class KccDemoBuilder:
    """Creates whatever part of the KCC demo is missing, using the site builder's helpers."""

    def __init__(self, builder, home: Page, teams: dict[str, Group]):
        self.builder = builder
        self.home = home
        self.teams = teams
        self.new_answers = 0

    def build(self) -> None:
        product_names = self.ensure_product_names()
        products = self.build_products(product_names)
        answers = self.build_answers(products)
        self.link_products(products, answers)
        english_products = self.translate_products(products)
        english_answers = self.translate_answers(answers)
        self.link_translations(english_products, english_answers)
        if self.new_answers:
            self.builder.log(f"KCC knowledge base: {self.new_answers} new answers.")

    # National product names -----------------------------------------------------------
    def ensure_product_names(self) -> dict[str, UniformProductName]:
        """The UPL records the demo products point to, keyed by URI (the UPL's own key)."""
        names = {}
        for data in content.PRODUCTS:
            audience = data["audience"]
            names[data["upl_uri"]], _ = UniformProductName.objects.get_or_create(
                uri=data["upl_uri"],
                defaults={
                    "name": data["upl_name"],
                    "for_municipalities": True,
                    "for_residents": audience in ("residents", "both"),
                    "for_businesses": audience in ("businesses", "both"),
                },
            )
        return names

    # Products --------------------------------------------------------------------------
    def build_products(self, product_names) -> dict[str, ProductPage]:
        """Each product under its section, published, owned by the section's team."""
        sections = {page.slug: page for page in self.home.get_children()}
        products = {}
        for data in content.PRODUCTS:
            sections_text = {name: data.get(name, "") for name in ProductPage.SECTIONS}
            products[data["slug"]] = self.builder.child(
                sections[data["section"]],
                ProductPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                upl=product_names[data["upl_uri"]],
                audience=data["audience"],
                online_application=data["online_application"],
                application_url=data["application_url"],
                kcc_desk_memo=data["kcc_desk_memo"],
                kcc_handling=data["kcc_handling"],
                kcc_team=self.teams[data["kcc_team"]] if data["kcc_team"] else None,
                **sections_text,
                **self.builder.ownership(self.teams[data["team"]]),
            )
            # Home-page tiles and other demo links find products like content pages.
            self.builder.pages[f"{data['section']}/{data['slug']}"] = products[data["slug"]]
        return products

    def link_products(self, products, answers) -> None:
        """Related products and answers of each product, once all of them exist."""
        answers_for_product = defaultdict(list)
        for data in content.ANSWERS:
            for slug in data["related_products"]:
                answers_for_product[slug].append(answers[data["key"]])
        for data in content.PRODUCTS:
            page = products[data["slug"]]
            changed = False
            related = [products[slug] for slug in data["related"]]
            if related and not list(page.related_products.all()):
                page.related_products = related
                changed = True
            related_answers = answers_for_product[data["slug"]]
            if related_answers and not list(page.related_answers.all()):
                page.related_answers = related_answers
                changed = True
            if changed:
                publish_keeping_review_date(page)

    def translate_products(self, products) -> dict[str, ProductPage]:
        """English translations of the products that have one; relations are linked later."""
        english = {}
        for data in content.PRODUCTS:
            if "en" not in data:
                continue
            page = products[data["slug"]]
            fields = {"related_products": [], "related_answers": [], **data["en"]}
            english[data["slug"]] = self.builder.translate(page, **fields)
        return english

    # Answers ---------------------------------------------------------------------------
    def build_answers(self, products) -> dict[str, QuestionAnswer]:
        """Each Dutch answer, found by its question or created, published and owned."""
        answers, created = {}, []
        for data in content.ANSWERS:
            answer = QuestionAnswer.objects.filter(
                question=data["question"], locale=self.builder.nl
            ).first()
            if answer is None:
                answer = self.new_answer(data, products)
                created.append((answer, data))
            answers[data["key"]] = answer
        # Related answers can only be linked once every answer exists.
        for answer, data in created:
            answer.related_answers = [answers[key] for key in data["related_answers"]]
            publish(answer)
            self.set_review_date(
                answer, self.builder.next_review_due().last_reviewed_on(answer.review_interval)
            )
        self.new_answers += len(created)
        return answers

    def new_answer(self, data, products) -> QuestionAnswer:
        """A saved, not yet published Dutch answer with its owner and teams."""
        answer = QuestionAnswer(
            question=data["question"],
            keywords=data["keywords"],
            answer=data["answer"],
            kcc_explanation=data["kcc_explanation"],
            status=QuestionAnswer.Status.ACTIVE,
            audience=data["audience"],
            phone_script=data["phone_script"],
            email_text=data["email_text"],
            social_text=data["social_text"],
            locale=self.builder.nl,
            owning_team=self.teams[data["teams"][0]],
            live=False,
        )
        answer.responsible_teams = [self.teams[name] for name in data["teams"]]
        answer.related_products = [products[slug] for slug in data["related_products"]]
        answer.save()
        return answer

    @staticmethod
    def set_review_date(answer: QuestionAnswer, reviewed_on) -> None:
        """Give the demo a realistic review history (publishing counts as a review today)."""
        record_review_history(answer, reviewed_on)

    def translate_answers(self, answers) -> dict[str, QuestionAnswer]:
        """English translations of the answers that have one, reviewed with their original."""
        english = {}
        for data in content.ANSWERS:
            if "en" not in data:
                continue
            dutch = answers[data["key"]]
            translation = dutch.get_translation_or_none(self.builder.en)
            if translation is None:
                translation = dutch.copy_for_translation(self.builder.en)
                for name in TRANSLATED_ANSWER_FIELDS:
                    if name in data["en"]:
                        setattr(translation, name, data["en"][name])
                translation.related_answers = []
                translation.related_products = []
                translation.live = False
                translation.save()
                publish(translation)
                self.set_review_date(translation, dutch.last_reviewed_at)
                self.new_answers += 1
            english[data["key"]] = translation
        return english

    # English relations -------------------------------------------------------------------
    def link_translations(self, english_products, english_answers) -> None:
        """Point English products and answers at the English versions of their relations.

        Relations to items without an English version are left out, so an English page never
        links to Dutch content. Only empty relations are filled.
        """
        english_products_by_pk = {
            page.get_translation(self.builder.nl).pk: page for page in english_products.values()
        }
        english_answers_by_pk = {
            answer.get_translation(self.builder.nl).pk: answer
            for answer in english_answers.values()
        }

        def in_english(objects, translations):
            return [translations[obj.pk] for obj in objects if obj.pk in translations]

        for obj in [*english_products.values(), *english_answers.values()]:
            dutch = obj.get_translation(self.builder.nl)
            changed = False
            for relation, translations in (
                ("related_products", english_products_by_pk),
                ("related_answers", english_answers_by_pk),
            ):
                wanted = in_english(getattr(dutch, relation).all(), translations)
                if wanted and not list(getattr(obj, relation).all()):
                    setattr(obj, relation, wanted)
                    changed = True
            if changed:
                publish_keeping_review_date(obj)
