"""Admin for consultations. Each concern registers its hooks in its own module under
``consultations/admin/``; importing them here makes Wagtail load them."""

from consultations.admin import feedback, moderation, submissions, survey  # noqa: F401
