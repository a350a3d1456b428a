"""The inline SVG of a top task's icon, coloured by the text colour of its tile."""

import logging
import re
from functools import lru_cache
from pathlib import Path

from django import template
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.utils.safestring import mark_safe

from home.top_task_icons import TOP_TASK_ICONS, static_path

logger = logging.getLogger(__name__)
register = template.Library()

OPENING_TAG = re.compile(r"<svg\b[^>]*>", re.DOTALL)
DECORATIVE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" class="top-tasks__icon" viewBox="0 0 24 24" '
    'width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.75" '
    'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">'
)


def _read(path: str) -> str | None:
    """The static file's text: from the finders (development, tests) or the collected files."""
    found = finders.find(path)
    if found:
        return Path(found).read_text(encoding="utf-8")
    if staticfiles_storage.exists(path):
        with staticfiles_storage.open(path) as file:
            return file.read().decode("utf-8")
    return None


@lru_cache(maxsize=len(TOP_TASK_ICONS))
def icon_svg(name: str) -> str:
    """Icon ``name`` as inline SVG, hidden from assistive technology; ``""`` for an unknown
    name or a file that is not there (the ``home.W101`` check names missing package files)."""
    if name not in TOP_TASK_ICONS:
        return ""
    text = _read(static_path(name))
    if text is None:
        logger.warning("Top task icon %s is missing from the static files", name)
        return ""
    drawing = OPENING_TAG.sub(DECORATIVE_SVG, text, count=1)
    return " ".join(drawing.split())


@register.simple_tag
def top_task_icon(name: str | None):
    """The decorative inline SVG of the top-task icon ``name`` (nothing without a name)."""
    return mark_safe(icon_svg(name)) if name else ""  # noqa: S308 (our own static SVG file)
