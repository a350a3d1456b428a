"""Demo consultations for Geertruidenberg ("Doe mee"), read from YAML.

The texts live in ``consultations/demo/data/`` so that editors and language reviewers can read
them: ``doe-mee.yaml`` (the overview page, the contact person, the demo participants and the
order of the consultations) and ``consultations/<slug>.yaml`` (one file per consultation).
The texts are plain Dutch at level B1 and address residents as "u". Dates are offsets in days
from the day the demo is built, so each consultation starts out in the right phase:

* ``CENTRUM``: the centre of Raamsdonksveer, open for input, with a survey, ideas and reactions.
* ``SPEELTUIN``: a new playground in Geertruidenberg, processing the ideas.
* ``DIENSTVERLENING``: the municipality's service concept, with its feedback report published.
"""

from pathlib import Path

from core.demo.data_files import load_data, load_each

DATA = Path(__file__).resolve().parent / "data"

_OVERVIEW = load_data(DATA / "doe-mee.yaml")
INDEX = _OVERVIEW["index"]
#: Demo residents who left contact details, as key: (name, e-mail address).
PARTICIPANTS = {key: tuple(person) for key, person in _OVERVIEW["participants"].items()}
CONTACT = _OVERVIEW["contact"]
CONSULTATIONS = load_each(DATA / "consultations", _OVERVIEW["consultations"])
_BY_SLUG = {consultation["slug"]: consultation for consultation in CONSULTATIONS}
CENTRUM = _BY_SLUG["centrum-raamsdonksveer"]
SPEELTUIN = _BY_SLUG["speeltuin-geertruidenberg"]
DIENSTVERLENING = _BY_SLUG["dienstverleningsconcept"]
