"""The production settings for a local Lighthouse run: static files go to a folder of the run's own.

Everything else is production (``DEBUG`` off, whitenoise with compressed, hashed static files,
security headers); ``scripts/lighthouse.py`` supplies dummy secrets and plain HTTP on 127.0.0.1.
A separate ``STATIC_ROOT`` keeps the run from touching the project's ``static/`` folder.
"""

import os
from pathlib import Path

from config.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["LIGHTHOUSE_STATIC_ROOT"])
