"""The success criteria of WCAG 2.2 at levels A and AA, the standard the Besluit digitale
toegankelijkheid overheid requires (through EN 301 549), for the known problems of the
accessibility statement.

The names are the official English titles; the Dutch ones come from the W3C's authorised Dutch
translation (in the message catalogue). Criterion 4.1.1 (Parsing) is left out: WCAG 2.2
removed it.
"""

from django.utils import translation
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _

#: (number, name) of every A and AA success criterion of WCAG 2.2, in the standard's order.
SUCCESS_CRITERIA = [
    ("1.1.1", _("Non-text Content")),
    ("1.2.1", _("Audio-only and Video-only (Prerecorded)")),
    ("1.2.2", _("Captions (Prerecorded)")),
    ("1.2.3", _("Audio Description or Media Alternative (Prerecorded)")),
    ("1.2.4", _("Captions (Live)")),
    ("1.2.5", _("Audio Description (Prerecorded)")),
    ("1.3.1", _("Info and Relationships")),
    ("1.3.2", _("Meaningful Sequence")),
    ("1.3.3", _("Sensory Characteristics")),
    ("1.3.4", _("Orientation")),
    ("1.3.5", _("Identify Input Purpose")),
    ("1.4.1", _("Use of Color")),
    ("1.4.2", _("Audio Control")),
    ("1.4.3", _("Contrast (Minimum)")),
    ("1.4.4", _("Resize Text")),
    ("1.4.5", _("Images of Text")),
    ("1.4.10", _("Reflow")),
    ("1.4.11", _("Non-text Contrast")),
    ("1.4.12", _("Text Spacing")),
    ("1.4.13", _("Content on Hover or Focus")),
    ("2.1.1", _("Keyboard")),
    ("2.1.2", _("No Keyboard Trap")),
    ("2.1.4", _("Character Key Shortcuts")),
    ("2.2.1", _("Timing Adjustable")),
    ("2.2.2", _("Pause, Stop, Hide")),
    ("2.3.1", _("Three Flashes or Below Threshold")),
    ("2.4.1", _("Bypass Blocks")),
    ("2.4.2", _("Page Titled")),
    ("2.4.3", _("Focus Order")),
    ("2.4.4", _("Link Purpose (In Context)")),
    ("2.4.5", _("Multiple Ways")),
    ("2.4.6", _("Headings and Labels")),
    ("2.4.7", _("Focus Visible")),
    ("2.4.11", _("Focus Not Obscured (Minimum)")),
    ("2.5.1", _("Pointer Gestures")),
    ("2.5.2", _("Pointer Cancellation")),
    ("2.5.3", _("Label in Name")),
    ("2.5.4", _("Motion Actuation")),
    ("2.5.7", _("Dragging Movements")),
    ("2.5.8", _("Target Size (Minimum)")),
    ("3.1.1", _("Language of Page")),
    ("3.1.2", _("Language of Parts")),
    ("3.2.1", _("On Focus")),
    ("3.2.2", _("On Input")),
    ("3.2.3", _("Consistent Navigation")),
    ("3.2.4", _("Consistent Identification")),
    ("3.2.6", _("Consistent Help")),
    ("3.3.1", _("Error Identification")),
    ("3.3.2", _("Labels or Instructions")),
    ("3.3.3", _("Error Suggestion")),
    ("3.3.4", _("Error Prevention (Legal, Financial, Data)")),
    ("3.3.7", _("Redundant Entry")),
    ("3.3.8", _("Accessible Authentication (Minimum)")),
    ("4.1.2", _("Name, Role, Value")),
    ("4.1.3", _("Status Messages")),
]

#: Choices for a model field: "1.4.3" -> "1.4.3 Contrast (Minimum)".
SUCCESS_CRITERION_CHOICES = [
    (number, format_lazy("{} {}", number, name)) for number, name in SUCCESS_CRITERIA
]

#: Where the W3C explains each criterion ("Understanding WCAG 2.2").
UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"

_NAMES = dict(SUCCESS_CRITERIA)


def understanding_url(number: str) -> str:
    """The W3C's explanation of one criterion; its address is the English name as a slug."""
    with translation.override("en"):
        return f"{UNDERSTANDING}{slugify(str(_NAMES[number]))}.html"
