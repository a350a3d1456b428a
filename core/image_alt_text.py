"""Alternative text for the images of pages: the one rule, shared by every page type.

A page's own image (a news item's, a consultation's, an area page's) is shown with the image's
description as its ``alt`` text (Wagtail 7 images have a description field). An image without a
description would reach screen-reader users as nothing, so such an image cannot be saved on a
page: the editor adds the description in *Images* or chooses another image. Images inside the
body's image block carry their own alt text in the block and are not checked here.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage

MISSING_ALT_TEXT = _(
    "This image has no description, which is read out as its alternative text. Open the image "
    "under Images, describe what it shows in the field 'Description', and choose it again."
)


def image_fields(model) -> list[models.ForeignKey]:
    """The foreign keys of ``model`` to a Wagtail image model."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, AbstractImage)
    ]


def has_alt_text(image) -> bool:
    """Whether ``image`` has a description to read out in place of the picture."""
    return bool((getattr(image, "description", "") or "").strip())


def check_alt_text(page) -> None:
    """Raise a ``ValidationError`` on every image field of ``page`` whose image has no
    description; call it from the page's ``clean()``."""
    errors = {
        field.name: MISSING_ALT_TEXT
        for field in image_fields(type(page))
        if (image := getattr(page, field.name)) is not None and not has_alt_text(image)
    }
    if errors:
        raise ValidationError(errors)
