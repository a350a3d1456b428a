"""Admin for neighbourhoods. Each concern registers its hooks in its own module under
``neighbourhoods/admin/``; importing them here makes Wagtail load them."""

from neighbourhoods.admin import initiatives, meetings, menu, postcodes  # noqa: F401
