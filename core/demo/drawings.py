"""Illustrations for the demo site: flat drawings instead of photos.

The demo ships no photo files (no real people, no licences to track), yet news items,
consultations and area pages should look as they will with an editor's photos. ``illustration``
draws one of a few scenes with Pillow; ``demo_image`` turns a scene from the demo YAML into a
Wagtail image whose description (the alternative text) says what the drawing shows:

.. code-block:: yaml

    image:
      scene: roadworks
      alt: Tekening van een straat met rood-witte hekken en een graafmachine.
      en: Drawing of a street with red and white barriers and an excavator.
"""

import functools
import io
import math
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

#: Every scene is drawn on this canvas (16:9, the shape of the cards and page images), twice as
#: large first and scaled down so that the edges are smooth.
WIDTH, HEIGHT = 1600, 900
SCALE = 2

SKY = "#cfe8f6"
GRASS = "#8cc474"
DARK_GREEN = "#2e7d32"
TRUNK = "#7a4b24"
ROAD = "#6d6f73"
WATER = "#5aa0d0"
BRICK = "#b5533c"
ROOF = "#5b3a2e"
WINDOW = "#fdf6d8"


class Pen:
    """An ``ImageDraw`` that takes coordinates on the 1600 × 900 canvas."""

    def __init__(self, picture: PILImage.Image):
        self.draw = ImageDraw.Draw(picture)

    @staticmethod
    def _scaled(points):
        return [value * SCALE for value in points]

    def rectangle(self, box, fill, radius: int = 0):
        """A filled rectangle, with rounded corners when ``radius`` is given."""
        self.draw.rounded_rectangle(self._scaled(box), radius=radius * SCALE, fill=fill)

    def ellipse(self, box, fill):
        """A filled ellipse inside ``box``."""
        self.draw.ellipse(self._scaled(box), fill=fill)

    def polygon(self, points, fill):
        """A filled polygon through ``points`` (pairs)."""
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def line(self, points, fill, width: int):
        """A line through ``points`` (pairs)."""
        self.draw.line([(x * SCALE, y * SCALE) for x, y in points], fill=fill, width=width * SCALE)


def _background(pen: Pen, horizon: int = 600, sky: str = SKY, ground: str = GRASS) -> None:
    pen.rectangle([0, 0, WIDTH, horizon], fill=sky)
    pen.rectangle([0, horizon, WIDTH, HEIGHT], fill=ground)
    pen.ellipse([1320, 70, 1480, 230], fill="#f7c548")
    for x, y in ((180, 120), (760, 80)):
        pen.ellipse([x, y, x + 160, y + 60], fill="#ffffff")
        pen.ellipse([x + 60, y - 30, x + 200, y + 50], fill="#ffffff")


def _tree(pen: Pen, x: int, ground: int, size: int = 1) -> None:
    pen.rectangle([x - 12 * size, ground - 90 * size, x + 12 * size, ground], fill=TRUNK)
    pen.ellipse([x - 70 * size, ground - 230 * size, x + 70 * size, ground - 70 * size], DARK_GREEN)


def _house(pen: Pen, x: int, ground: int, width: int, height: int, colour: str = BRICK) -> None:
    pen.rectangle([x, ground - height, x + width, ground], fill=colour)
    pen.polygon(
        [
            (x - 15, ground - height),
            (x + width / 2, ground - height - width * 0.6),
            (x + width + 15, ground - height),
        ],
        fill=ROOF,
    )
    pen.rectangle([x + width * 0.4, ground - 90, x + width * 0.6, ground], fill=ROOF)
    for window_x in (x + width * 0.12, x + width * 0.68):
        pen.rectangle(
            [window_x, ground - height + 30, window_x + width * 0.2, ground - height + 90],
            fill=WINDOW,
        )


def _person(pen: Pen, x: int, ground: int, colour: str) -> None:
    """A figure without a face: a round head and a rounded body."""
    pen.ellipse([x - 28, ground - 230, x + 28, ground - 174], fill="#e0b48a")
    pen.rectangle([x - 45, ground - 168, x + 45, ground - 40], fill=colour, radius=30)
    pen.rectangle([x - 35, ground - 50, x - 8, ground], fill="#37474f", radius=8)
    pen.rectangle([x + 8, ground - 50, x + 35, ground], fill="#37474f", radius=8)


def _town_hall(pen: Pen) -> None:
    _background(pen)
    pen.rectangle([500, 260, 1100, 600], fill="#e8dcc8")
    pen.polygon([(470, 260), (800, 120), (1130, 260)], fill=ROOF)
    pen.rectangle([740, 40, 860, 170], fill="#e8dcc8")
    pen.ellipse([765, 70, 835, 140], fill="#ffffff")
    pen.line([(800, 105), (800, 80)], fill="#263238", width=5)
    pen.line([(800, 105), (820, 112)], fill="#263238", width=5)
    for x in range(550, 1060, 110):
        pen.rectangle([x, 320, x + 60, 420], fill="#7fa7c9", radius=6)
    pen.rectangle([745, 460, 855, 600], fill=ROOF, radius=10)
    pen.rectangle([0, 600, WIDTH, 640], fill="#c9c4bb")
    for x in (250, 1350):
        _tree(pen, x, 610)


def _roadworks(pen: Pen) -> None:
    _background(pen, horizon=520)
    pen.polygon([(500, 520), (1100, 520), (1600, 900), (0, 900)], fill=ROAD)
    for y in range(560, 900, 90):
        pen.rectangle([790, y, 810, y + 45], fill="#ffffff")
    for x, ground in ((260, 760), (430, 700), (1170, 700), (1340, 760)):
        pen.rectangle([x - 90, ground - 70, x + 90, ground - 40], fill="#d32f2f", radius=6)
        pen.rectangle([x - 30, ground - 70, x + 30, ground - 40], fill="#ffffff")
        pen.rectangle([x - 80, ground - 40, x - 65, ground], fill="#424242")
        pen.rectangle([x + 65, ground - 40, x + 80, ground], fill="#424242")
    pen.rectangle([880, 600, 1120, 700], fill="#f9a825", radius=16)
    pen.rectangle([1000, 520, 1100, 610], fill="#f9a825", radius=10)
    pen.rectangle([1010, 535, 1085, 585], fill="#b3e5fc", radius=6)
    pen.line([(900, 620), (800, 520), (720, 610)], fill="#f57f17", width=22)
    pen.rectangle([870, 690, 1130, 730], fill="#37474f", radius=20)
    for x in (620, 700):
        pen.polygon([(x, 760), (x + 30, 660), (x + 60, 760)], fill="#ef6c00")


def _meeting(pen: Pen) -> None:
    pen.rectangle([0, 0, WIDTH, HEIGHT], fill="#f3ede4")
    pen.rectangle([0, 640, WIDTH, HEIGHT], fill="#c8a97e")
    pen.rectangle([120, 90, 560, 380], fill="#ffffff", radius=12)
    pen.rectangle([160, 140, 520, 170], fill="#00497a", radius=6)
    for y in (210, 260, 310):
        pen.rectangle([160, y, 460, y + 20], fill="#b0bec5", radius=6)
    for x, colour in ((520, "#00897b"), (800, "#5e35b1"), (1080, "#ef6c00")):
        _person(pen, x, 700, colour)
    pen.rectangle([380, 600, 1220, 640], fill="#6d4c41", radius=10)
    pen.rectangle([420, 640, 450, 820], fill="#6d4c41")
    pen.rectangle([1150, 640, 1180, 820], fill="#6d4c41")
    for x, y, colour in ((600, 190, "#ffffff"), (1040, 240, "#fff3c4")):
        pen.rectangle([x, y, x + 240, y + 110], fill=colour, radius=40)
        pen.polygon([(x + 60, y + 105), (x + 40, y + 160), (x + 110, y + 105)], fill=colour)
        for dot in range(3):
            pen.ellipse([x + 60 + dot * 50, y + 45, x + 80 + dot * 50, y + 65], fill="#455a64")


def _young_people(pen: Pen) -> None:
    pen.rectangle([0, 0, WIDTH, HEIGHT], fill="#4a148c")
    for x, y, size, colour in (
        (180, 140, 180, "#ff4081"),
        (1300, 120, 220, "#00e5ff"),
        (1200, 620, 160, "#ffd740"),
        (90, 620, 140, "#69f0ae"),
    ):
        pen.ellipse([x, y, x + size, y + size], fill=colour)
    for x, colour in ((450, "#ff4081"), (800, "#00e5ff"), (1150, "#ffd740")):
        _person(pen, x, 860, colour)
        pen.rectangle([x - 130, 380, x + 130, 520], fill="#ffffff", radius=50)
        pen.polygon([(x - 20, 515), (x, 580), (x + 40, 515)], fill="#ffffff")
    pen.rectangle([355, 430, 545, 460], fill="#ff4081", radius=12)
    pen.polygon([(770, 470), (800, 400), (830, 470)], fill="#4a148c")
    pen.ellipse([1110, 415, 1190, 495], fill="#ffd740")


def _waste(pen: Pen) -> None:
    _background(pen, horizon=620, ground="#c9c4bb")
    for x, colour in ((180, "#2e7d32"), (470, "#1565c0"), (760, "#616161")):
        pen.rectangle([x, 330, x + 230, 720], fill=colour, radius=18)
        pen.rectangle([x - 15, 300, x + 245, 345], fill="#263238", radius=10)
        pen.ellipse([x + 20, 690, x + 80, 750], fill="#212121")
    pen.rectangle([1080, 170, 1480, 640], fill="#ffffff", radius=16)
    pen.rectangle([1080, 170, 1480, 250], fill="#c62828", radius=16)
    pen.rectangle([1080, 220, 1480, 250], fill="#c62828")
    for row in range(4):
        for column in range(5):
            x, y = 1110 + column * 74, 280 + row * 86
            colour = ("#2e7d32", "#1565c0", "#616161", "#eceff1")[(row + column) % 4]
            pen.rectangle([x, y, x + 56, y + 62], fill=colour, radius=8)


def _travel(pen: Pen) -> None:
    _background(pen, horizon=640, ground="#d7ccc8")
    pen.polygon([(200, 260), (560, 200), (620, 215), (260, 300)], fill="#eceff1")
    pen.polygon([(420, 230), (340, 120), (390, 115), (500, 218)], fill="#b0bec5")
    pen.rectangle([560, 420, 960, 760], fill="#00695c", radius=30)
    pen.rectangle([700, 360, 820, 430], fill="#004d40", radius=20)
    pen.rectangle([730, 385, 790, 425], fill="#d7ccc8", radius=8)
    for x in (640, 880):
        pen.rectangle([x - 10, 420, x + 10, 760], fill="#004d40")
    pen.rectangle([1040, 380, 1340, 760], fill="#283593", radius=18)
    pen.ellipse([1140, 470, 1240, 570], fill="#c5a300")
    pen.rectangle([1110, 620, 1270, 640], fill="#c5a300", radius=6)
    pen.rectangle([1130, 660, 1250, 676], fill="#c5a300", radius=6)


def _town_square(pen: Pen) -> None:
    _background(pen, horizon=480, ground="#d9cbb4")
    for x, colour in (
        (40, BRICK),
        (330, "#c98b3a"),
        (620, "#8d6e63"),
        (910, BRICK),
        (1200, "#c98b3a"),
    ):
        _house(pen, x, 480, 250, 200, colour)
    for x in range(0, WIDTH, 80):
        pen.line([(x, 480), (x - 200, 900)], fill="#cbb99c", width=4)
    for x in (260, 800, 1340):
        pen.ellipse([x - 110, 700, x + 110, 760], fill="#8d6e63")
        pen.ellipse([x - 95, 690, x + 95, 740], fill="#7cb342")
        _tree(pen, x, 715, 1)
    for x in (480, 1060):
        pen.rectangle([x, 720, x + 180, 745], fill="#6d4c41", radius=6)
        pen.rectangle([x, 680, x + 180, 700], fill="#6d4c41", radius=6)
        pen.rectangle([x + 15, 745, x + 30, 790], fill="#424242")
        pen.rectangle([x + 150, 745, x + 165, 790], fill="#424242")


def _service_desk(pen: Pen) -> None:
    pen.rectangle([0, 0, WIDTH, HEIGHT], fill="#e3f2fd")
    pen.rectangle([0, 700, WIDTH, HEIGHT], fill="#b0bec5")
    pen.rectangle([180, 120, 700, 460], fill="#263238", radius=20)
    pen.rectangle([205, 145, 675, 435], fill="#ffffff", radius=8)
    pen.rectangle([240, 180, 520, 215], fill="#00497a", radius=6)
    for y in (250, 300, 350):
        pen.rectangle([240, y, 640, y + 25], fill="#cfd8dc", radius=6)
    pen.rectangle([420, 460, 460, 540], fill="#263238")
    pen.rectangle([340, 540, 540, 560], fill="#263238", radius=8)
    pen.rectangle([820, 180, 1000, 500], fill="#ffffff", radius=28)
    pen.rectangle([840, 220, 980, 440], fill="#00897b", radius=10)
    pen.ellipse([890, 455, 930, 490], fill="#cfd8dc")
    pen.ellipse([1120, 170, 1400, 450], fill="#ffffff")
    pen.line([(1260, 310), (1260, 215)], fill="#263238", width=12)
    pen.line([(1260, 310), (1330, 350)], fill="#263238", width=12)
    pen.rectangle([100, 580, 1500, 640], fill="#5d4037", radius=14)
    _person(pen, 1200, 700, "#00497a")


def _playground(pen: Pen) -> None:
    _background(pen)
    pen.rectangle([200, 600, 720, 880], fill="#f0d9a0", radius=40)
    pen.line([(260, 640), (360, 300), (460, 640)], fill="#d84315", width=18)
    pen.line([(560, 640), (660, 300), (760, 640)], fill="#d84315", width=18)
    pen.line([(340, 300), (680, 300)], fill="#d84315", width=18)
    for x in (430, 580):
        pen.line([(x, 300), (x, 540)], fill="#455a64", width=5)
        pen.line([(x + 50, 300), (x + 50, 540)], fill="#455a64", width=5)
        pen.rectangle([x - 10, 535, x + 60, 555], fill="#1565c0", radius=6)
    pen.rectangle([940, 380, 1080, 620], fill="#7b1fa2", radius=10)
    pen.polygon([(1080, 400), (1400, 640), (1340, 660), (1080, 470)], fill="#fbc02d")
    for step in range(5):
        y = 420 + step * 45
        pen.line([(900, y), (940, y)], fill="#7b1fa2", width=10)
    _tree(pen, 1480, 620)


def _old_town(pen: Pen) -> None:
    _background(pen, horizon=560)
    pen.rectangle([0, 700, WIDTH, HEIGHT], fill=WATER)
    pen.rectangle([0, 560, WIDTH, 710], fill="#8d6e63")
    for x in range(0, WIDTH, 120):
        pen.rectangle([x, 540, x + 70, 570], fill="#8d6e63")
    pen.rectangle([650, 160, 790, 560], fill="#a1887f")
    pen.polygon([(630, 160), (720, 20), (810, 160)], fill=ROOF)
    pen.rectangle([700, 230, 740, 310], fill="#4e342e", radius=20)
    for x, colour in ((120, BRICK), (350, "#c98b3a"), (900, "#8d6e63"), (1140, BRICK)):
        _house(pen, x, 560, 200, 170, colour)
    for x in range(60, WIDTH, 260):
        pen.line([(x, 800), (x + 140, 800)], fill="#bbdefb", width=6)


def _bridge(pen: Pen) -> None:
    _background(pen, horizon=560)
    pen.rectangle([0, 620, WIDTH, HEIGHT], fill=WATER)
    pen.line([(0, 560), (WIDTH, 560)], fill="#eceff1", width=30)
    for start in range(0, WIDTH, 400):
        points = [
            (start + step * 20, 560 - 160 * math.sin(math.pi * step / 20)) for step in range(21)
        ]
        pen.line(points, fill="#00695c", width=16)
        for step in range(2, 20, 3):
            x, y = points[step]
            pen.line([(x, y), (x, 560)], fill="#00695c", width=6)
    for x in range(40, WIDTH, 200):
        pen.rectangle([x, 575, x + 40, 640], fill="#90a4ae")
    pen.polygon([(980, 760), (1320, 760), (1280, 820), (1020, 820)], fill="#6d4c41")
    pen.rectangle([1080, 700, 1220, 760], fill="#eceff1", radius=8)


def _fields(pen: Pen) -> None:
    _background(pen, horizon=520, ground="#9ccc65")
    for row, colour in enumerate(("#7cb342", "#c0ca33", "#689f38")):
        pen.polygon(
            [
                (0, 600 + row * 100),
                (WIDTH, 560 + row * 100),
                (WIDTH, 660 + row * 100),
                (0, 700 + row * 100),
            ],
            fill=colour,
        )
    pen.rectangle([640, 280, 740, 540], fill="#bcaaa4")
    pen.polygon([(620, 280), (690, 110), (760, 280)], fill=ROOF)
    pen.rectangle([740, 400, 1000, 540], fill="#bcaaa4")
    pen.polygon([(730, 400), (870, 320), (1010, 400)], fill=ROOF)
    _house(pen, 200, 560, 200, 150)
    _house(pen, 1150, 560, 220, 160, "#c98b3a")
    for x in (90, 480, 1450):
        _tree(pen, x, 570)


SCENES: dict[str, Callable[[Pen], None]] = {
    "town-hall": _town_hall,
    "roadworks": _roadworks,
    "meeting": _meeting,
    "young-people": _young_people,
    "waste": _waste,
    "travel": _travel,
    "town-square": _town_square,
    "service-desk": _service_desk,
    "playground": _playground,
    "old-town": _old_town,
    "bridge": _bridge,
    "fields": _fields,
}


def illustration(scene: str) -> ImageFile:
    """One of the ``SCENES`` as a 1600 × 900 PNG file for a Wagtail image."""
    return ImageFile(io.BytesIO(drawn_png(scene)), name=f"{scene}.png")


@functools.cache
def drawn_png(scene: str) -> bytes:
    """The PNG of a scene, drawn once per process (drawing, scaling down and compressing one
    takes a fifth of a second; a test run builds the demo several times)."""
    picture = PILImage.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), "#ffffff")
    SCENES[scene](Pen(picture))
    picture = picture.resize((WIDTH, HEIGHT), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def demo_image(spec: dict, language: str = "nl") -> Image:
    """The Wagtail image for an ``image`` entry of the demo YAML, created once.

    The Dutch alternative text is ``spec["alt"]``, the English one ``spec["en"]``: a Wagtail
    image has one description, so each language gets its own image of the same drawing.
    """
    alt = spec["alt"] if language == "nl" else spec["en"]
    title = f"{spec['scene']} ({language})"
    image = Image.objects.filter(title=title, description=alt).first()
    if image is None:
        image = Image.objects.create(title=title, description=alt, file=illustration(spec["scene"]))
    return image
