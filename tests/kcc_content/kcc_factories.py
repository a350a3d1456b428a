"""Products and answers for the knowledge-base tests."""

from kcc_content.models import ProductPage, QuestionAnswer

ANSWER_HTML = "<p>Meld het verlies bij de gemeente. Vraag dan een nieuw paspoort aan.</p>"


def publish_answer(locale, **fields) -> QuestionAnswer:
    """A live, active answer."""
    values = {
        "question": "Ik ben mijn paspoort kwijt. Wat moet ik doen?",
        "keywords": "paspoort kwijt, pas verloren",
        "answer": ANSWER_HTML,
        "kcc_explanation": "GEHEIM-UITLEG: vraag naar de datum van verlies.",
        "phone_script": "Zeg: meld het verlies en maak een afspraak.",
        "locale": locale,
        **fields,
    }
    answer = QuestionAnswer.objects.create(**values)
    answer.save_revision().publish()
    return answer


def publish_product(parent, **fields) -> ProductPage:
    """A live product page under a parent page."""
    values = {
        "title": "Paspoort",
        "slug": "paspoort",
        "intro": "Een paspoort vraagt u aan bij de gemeente.",
        "introduction": "<p>Met een paspoort reist u naar het buitenland.</p>",
        "procedure": "<p>Maak een afspraak. Kom zelf langs.</p>",
        "costs": "<p>U betaalt ongeveer € 84.</p>",
        "kcc_desk_memo": "GEHEIM-MEMO: spoed alleen na overleg.",
        **fields,
    }
    page = ProductPage(**values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
