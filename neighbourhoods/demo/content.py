"""Demo content of "In uw buurt", read from YAML in ``neighbourhoods/demo/data/``.

The kernen are the real villages of the municipality (Geertruidenberg, Raamsdonksveer and
Raamsdonk); the neighbourhoods under them, the people, the places, the meetings and the
initiatives are invented for the demo. Dates are days relative to the day the demo is built, so
the demo stays current. The postcode mapping in ``postcodes.csv`` is illustrative, not the real
one. Texts are plain Dutch (B1) and address residents with "u".

* ``in-uw-buurt.yaml``: the overview page (``INDEX``), the text about the neighbourhood team on
  every area page (``ABOUT_THE_TEAM``, ``ABOUT_THE_TEAM_EN``), the budgets per village
  (``BUDGETS``) and the news items about an area (``NEWS_AREAS``; the news items themselves
  name their area in ``home/demo/data/news.yaml``).
* ``areas.yaml``: the villages with their neighbourhoods (``AREAS``).
* ``agenda.yaml``: recurring office hours (``OFFICE_HOURS``) and one-off ``MEETINGS``.
* ``initiatives.yaml``: residents' initiatives (``INITIATIVES``).
"""

from pathlib import Path

from core.demo.data_files import load_data

DATA = Path(__file__).resolve().parent / "data"

_OVERVIEW = load_data(DATA / "in-uw-buurt.yaml")
INDEX = _OVERVIEW["index"]
ABOUT_THE_TEAM = _OVERVIEW["about_the_team"]["body"]
ABOUT_THE_TEAM_EN = _OVERVIEW["about_the_team_en"]["body"]
BUDGETS = _OVERVIEW["budgets"]
#: Demo news items about an area (news slug → title of the area page).
NEWS_AREAS = _OVERVIEW["news_areas"]
#: Villages with their neighbourhoods. A neighbourhood without ``contacts`` gets the contacts
#: of its village.
AREAS = load_data(DATA / "areas.yaml")
_AGENDA = load_data(DATA / "agenda.yaml")
OFFICE_HOURS = _AGENDA["office_hours"]
MEETINGS = _AGENDA["meetings"]
INITIATIVES = load_data(DATA / "initiatives.yaml")
