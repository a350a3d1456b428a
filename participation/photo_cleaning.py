"""Checking and cleaning a photo that a resident adds to an idea, proposal or initiative.

The file's name and the browser's content type are not trusted: Pillow must recognise the file as
a JPEG, PNG or WebP image. The image is then decoded and saved again at a bounded size, which
drops EXIF data (location, camera, date) and anything hidden after the pixel data.
"""

import io
import logging
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_SIDE = 1600  # pixels; larger photos are scaled down
PHOTO_MAX_SOURCE_PIXELS = 40_000_000  # refuse "decompression bombs" before decoding
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _refuse(log_reason: str, message) -> ValidationError:
    logger.info("Resident photo refused: %s", log_reason)
    return ValidationError(message, code="invalid_photo")


def clean_resident_photo(upload) -> ContentFile:
    """A re-encoded copy of ``upload`` without metadata, or ValidationError in plain Dutch."""
    if upload.size > PHOTO_MAX_BYTES:
        raise _refuse(
            f"{upload.size} bytes", _("The photo is too large. Choose a photo of at most 5 MB.")
        )
    wrong_type = _("This file is not a photo. Choose a JPG, PNG or WebP file.")
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            probe.verify()
        upload.seek(0)
        image = Image.open(upload)
        if image.width * image.height > PHOTO_MAX_SOURCE_PIXELS:
            raise _refuse(
                f"{image.width}x{image.height} pixels",
                _("The photo has too many pixels. Choose a smaller photo."),
            )
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _refuse("not a readable image", wrong_type) from None
    if image_format not in ALLOWED_FORMATS:
        raise _refuse(f"format {image_format}", wrong_type)
    return _reencoded(image, image_format)


def _reencoded(image: Image.Image, image_format: str) -> ContentFile:
    """Save ``image`` again: upright, at most PHOTO_MAX_SIDE pixels, no EXIF or other metadata."""
    image = ImageOps.exif_transpose(image)
    image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    if image_format == "JPEG" and image.mode not in {"RGB", "L"}:
        image = image.convert("RGB")
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if image.mode == "P" and image.getpalette():
        clean.putpalette(image.getpalette())
    output = io.BytesIO()
    options = {"quality": 85} if image_format in {"JPEG", "WEBP"} else {"optimize": True}
    clean.save(output, format=image_format, **options)
    return ContentFile(
        output.getvalue(), name=f"{uuid.uuid4().hex}.{ALLOWED_FORMATS[image_format]}"
    )
