"""The icons editors may give the home page's top tasks: a curated set from Tabler Icons (MIT).

The SVG files come from the npm package ``@tabler/icons`` (``package.json``), one file per icon,
served as ``icons/tabler/<name>.svg`` through ``settings.STATIC_PACKAGE_FILES`` together with the
package's licence (``icons/tabler/LICENSE``). This module imports nothing from Django but the
lazy translation, so the settings can list the files from ``TOP_TASK_ICONS``.
"""

from django.utils.translation import gettext_lazy as _

#: The package folder the outline icons come from, relative to ``node_modules``.
PACKAGE_FOLDER = "@tabler/icons/icons/outline"
#: Where the icons are served in the static files.
STATIC_PREFIX = "icons/tabler"

#: Icon name (the Tabler file name) and what it stands for, as editors read it in the chooser.
TOP_TASK_ICONS = {
    "id": _("Passport and ID card"),
    "home-move": _("Moving house"),
    "trash": _("Waste"),
    "recycle": _("Recycling"),
    "truck": _("Collection and transport"),
    "calendar-event": _("Calendar and appointments"),
    "parking": _("Parking"),
    "car": _("Car and traffic"),
    "bike": _("Cycling"),
    "building": _("Building and permits"),
    "tool": _("Repairs"),
    "message-report": _("Report a problem"),
    "wheelchair": _("Care and support"),
    "heart-handshake": _("Help"),
    "coins": _("Money and benefits"),
    "receipt-tax": _("Taxes"),
    "baby-carriage": _("Birth"),
    "rings": _("Marriage"),
    "briefcase": _("Work and business"),
    "tree": _("Green and nature"),
    "users": _("Participation"),
    "file-certificate": _("Documents and certificates"),
}


def static_package_files(node_modules) -> list[tuple[str, object]]:
    """The ``STATIC_PACKAGE_FILES`` entries of the icons and their licence."""
    package = node_modules / PACKAGE_FOLDER
    return [
        (STATIC_PREFIX, node_modules / "@tabler/icons/LICENSE"),
        *((STATIC_PREFIX, package / f"{name}.svg") for name in TOP_TASK_ICONS),
    ]


def static_path(name: str) -> str:
    """The static path of icon ``name``: ``icons/tabler/<name>.svg``."""
    return f"{STATIC_PREFIX}/{name}.svg"
