"""The feedback report of one consultation: "Wat hebben we met uw inbreng gedaan".

Every published idea and reaction, and every survey theme, with the disposition staff gave it.
The report page, the consultation page and the staff screens read it from here; publishing it
and e-mailing participants is ``consultations.feedback``.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from wagtail.models import Page

from consultations.models.contributions import Disposition, Idea, ModerationStatus, Reaction


@dataclass
class FeedbackReport:
    """The published contributions of one consultation with what was done with each."""

    consultation: Page
    ideas: list = field(default_factory=list)
    reactions: list = field(default_factory=list)
    themes: list = field(default_factory=list)

    @property
    def items(self) -> list:
        """Ideas, reactions and themes together."""
        return [*self.ideas, *self.reactions, *self.themes]

    def counts(self) -> list[tuple[str, str, int]]:
        """(value, label, number) for every disposition, in the order of ``Disposition``."""
        numbers = defaultdict(int)
        for item in self.items:
            numbers[item.disposition] += 1
        return [(value, label, numbers[value]) for value, label in Disposition.choices]

    def missing(self) -> list:
        """Contributions without a disposition."""
        return [item for item in self.items if not item.disposition]


def build_report(consultation) -> FeedbackReport:
    """The published ideas and reactions and all survey themes of ``consultation``."""
    published = {"consultation": consultation, "status": ModerationStatus.PUBLISHED}
    return FeedbackReport(
        consultation=consultation,
        ideas=list(Idea.objects.filter(**published).order_by("created_at", "pk")),
        reactions=list(
            Reaction.objects.filter(**published).select_related("idea").order_by("created_at", "pk")
        ),
        themes=list(consultation.survey_themes.all()),
    )
