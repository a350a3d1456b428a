"""Django side of the plain-language checks: the editable word list, stored results, the task.

The analyser itself (``readability.analyser``) imports nothing from Django; these modules feed it
the word list editors maintain and keep its verdicts for listings, reports and the workflow.
The word list and the results sit below the checks (``readability.content_check``); the B1 task
runs the analyser itself with the word list next to it, so nothing here imports the checks.
"""

from readability.models.results import ReadabilityResult
from readability.models.task import PlainLanguageTask
from readability.models.words import OfficialeseWord

__all__ = ["OfficialeseWord", "PlainLanguageTask", "ReadabilityResult"]
