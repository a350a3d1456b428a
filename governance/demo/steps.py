"""Keep the review schedule in step when the demo rewrites an item's review history.

The demo publishes everything today and then backdates the last review
(``core.demo.review_history``); the schedule row must show the backdated review too. Imported
by ``load_demo`` with the apps' demo steps; governance has no pages of its own to add.
"""

from core.demo.review_history import review_history_recorded
from governance.review import sync_schedule


def keep_schedule_in_step(sender, instance, **kwargs) -> None:
    """Mirror the item's backdated review dates into its review schedule."""
    sync_schedule(instance)


review_history_recorded.connect(keep_schedule_in_step, dispatch_uid="governance-demo-schedule")
