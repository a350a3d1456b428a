"""Demo content for the KCC knowledge base of the municipality of Geertruidenberg, from YAML.

The texts live in ``kcc_content/demo/data/`` so that editors and language reviewers can read
them: ``products/<section>.yaml`` holds the products and services (``ProductPage``) under one
section of the demo site, ``answers/<group>.yaml`` the question-and-answer articles (VAC) of one
team. Resident-facing Dutch text is plain Dutch at level B1; the desk memos and the notes for
KCC staff are internal and may be terse. Some items carry an English translation under "en".

Names defined here:

* ``PRODUCTS``: products with their national product name (UPL), SDG text sections, KCC fields
  and the slugs of related products.
* ``ANSWERS``: answers with a stable ``key``, channel variants and related products and answers.

The order of the files is the order in which the demo builds the items; the demo's mix of
current, due-soon and overdue reviews follows it.
"""

from pathlib import Path

from core.demo.data_files import load_each

DATA = Path(__file__).resolve().parent / "data"

#: Product files in build order: the sections of the demo site.
PRODUCT_FILES = (
    "afval",
    "paspoort-en-id-kaart",
    "verhuizen",
    "burgerzaken",
    "wonen-en-bouwen",
    "werk-en-inkomen",
    "zorg-en-ondersteuning",
    "ondernemen",
)
#: Answer files in build order, one per owning team.
ANSWER_FILES = (
    "burgerzaken",
    "afval",
    "wonen-en-bouwen",
    "zorg-en-ondersteuning",
    "werk-en-inkomen",
    "ondernemen",
)

PRODUCTS = [item for group in load_each(DATA / "products", PRODUCT_FILES) for item in group]
ANSWERS = [item for group in load_each(DATA / "answers", ANSWER_FILES) for item in group]
