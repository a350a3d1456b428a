"""Blocks only the home page uses."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import TopTaskBlock
from home.top_task_icons import TOP_TASK_ICONS


class IconTopTaskBlock(TopTaskBlock):
    """A top task with the icon shown on its tile (decorative: the title says what it is)."""

    icon = blocks.ChoiceBlock(
        choices=list(TOP_TASK_ICONS.items()),
        required=False,
        label=_("Icon"),
        help_text=_("The picture on the tile. Choose the one that fits the task best."),
    )

    class Meta:
        icon = "pick"
        label = _("Top task")
