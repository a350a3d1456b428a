"""Demo content of the required pages, read from YAML in ``legal/demo/data/``.

One file per page: ``contact.yaml``, ``privacy.yaml``, ``toegankelijkheid.yaml`` and
``cookies.yaml``, in plain Dutch (B1) with the English translation under "en". The phone
numbers, addresses and opening hours are not here: the contact page and the statements show the
site's contact details, which the home app's demo fills. Dates are day offsets from the day the
demo is built (``*_days``).
"""

from pathlib import Path

from core.demo.data_files import load_data

DATA = Path(__file__).resolve().parent / "data"

CONTACT = load_data(DATA / "contact.yaml")
PRIVACY = load_data(DATA / "privacy.yaml")
ACCESSIBILITY = load_data(DATA / "toegankelijkheid.yaml")
COOKIES = load_data(DATA / "cookies.yaml")
