"""Log the kind of an error, not its message or traceback, for loggers that may see personal data.

A background task that fails (an e-mail the mail server refused, a job) is logged by django-tasks
with its traceback, and an exception's message can hold an e-mail address or a name
(``SMTPRecipientsRefused`` lists the refused addresses). The task result in the database keeps
the traceback for those who must look into it, until it is deleted (``core/retention_rules.py``);
the log keeps the task and the kind of error only.
"""

import logging


class ExceptionKindOnly(logging.Filter):
    """Replace a record's exception (message and traceback) by the name of its class."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            kind = record.exc_info[0].__name__
            record.msg = f"{record.getMessage()} ({kind})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True
