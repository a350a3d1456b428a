"""Demo content for the website of the municipality of Geertruidenberg, read from YAML.

The texts live in ``home/demo/data/`` so that editors and language reviewers can read them:
``home.yaml`` (home page, section order, top tasks, life events, footer opening hours),
``sections/<slug>.yaml`` (one file per service section with its pages) and ``news.yaml``.
The texts are plain Dutch at level B1; some carry an English translation under "en".

Names defined here:

* ``SECTIONS``: the service sections, each with its pages, in menu order.
* ``NEWS``: news items, dated in days before the day the demo is built.
* ``TOP_TASKS``: links to the most-used pages ("section-slug/page-slug").
* ``LIFE_EVENTS``: tiles for life events, linking to a page or a section.
* ``HOME``: title and intro for the home page.
* ``OPENING_HOURS``: the footer's opening hours.

A body is a list of ``(block_type, value)`` pairs (see ``core/demo/data_files.py``).
"""

from pathlib import Path

from core.demo.data_files import load_data, load_each

DATA = Path(__file__).resolve().parent / "data"

_SITE = load_data(DATA / "home.yaml")
HOME = _SITE["home"]
TOP_TASKS = _SITE["top_tasks"]
LIFE_EVENTS = _SITE["life_events"]
OPENING_HOURS = _SITE["opening_hours"]
SECTIONS = load_each(DATA / "sections", _SITE["sections"])
NEWS = load_data(DATA / "news.yaml")
