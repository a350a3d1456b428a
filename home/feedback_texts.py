"""The texts of the "Did this page help you?" component in the form of address of the page.

Residents are addressed as "u"; the youth section addresses young people as "je". The English
msgids are the same for both, so the youth texts are the same msgids with the translation context
"youth section". Every text of the component that addresses the reader passes through
``feedback_text``: the question, the comment form, its errors and the messages after sending.
"""

from django.utils.translation import gettext, gettext_noop, pgettext, pgettext_lazy

from home.feedback_comments import PageFeedbackCommentForm

YOUTH_APP_LABEL = "youth"


def addresses_reader_as_je(page) -> bool:
    """Whether ``page`` belongs to the youth section, which addresses the reader as "je"."""
    if page is None:
        return False
    page_class = page.specific_class
    return page_class is not None and page_class._meta.app_label == YOUTH_APP_LABEL


def _youth_texts() -> dict[str, str]:
    """The component's English msgids with their youth-section translation."""
    return {
        gettext_noop("Did this page help you?"): pgettext(
            "youth section", "Did this page help you?"
        ),
        gettext_noop("What did you miss on this page?"): pgettext(
            "youth section", "What did you miss on this page?"
        ),
        gettext_noop("Do not type any personal data."): pgettext(
            "youth section", "Do not type any personal data."
        ),
        gettext_noop("You will not get an answer to this comment."): pgettext(
            "youth section", "You will not get an answer to this comment."
        ),
        gettext_noop("You have {count} characters left."): pgettext(
            "youth section", "You have {count} characters left."
        ),
        gettext_noop("Thank you for your answer."): pgettext(
            "youth section", "Thank you for your answer."
        ),
        gettext_noop("Thank you. Your comment helps us to improve this page."): pgettext(
            "youth section", "Thank you. Your comment helps us to improve this page."
        ),
        gettext_noop("We could not save your comment. Please answer the question again."): (
            pgettext(
                "youth section",
                "We could not save your comment. Please answer the question again.",
            )
        ),
        gettext_noop("We could not save your answer. Please answer the question again."): (
            pgettext(
                "youth section",
                "We could not save your answer. Please answer the question again.",
            )
        ),
        gettext_noop("The time to add a comment has passed. We did save your answer."): (
            pgettext(
                "youth section",
                "The time to add a comment has passed. We did save your answer.",
            )
        ),
        gettext_noop("You already sent a comment. Thank you!"): pgettext(
            "youth section", "You already sent a comment. Thank you!"
        ),
    }


def feedback_text(page, message: str) -> str:
    """``message``, an English msgid of the feedback component, translated for ``page``'s
    readers: with "je" in the youth section, with "u" everywhere else."""
    if addresses_reader_as_je(page):
        youth_text = _youth_texts().get(message)
        if youth_text is not None:
            return youth_text
    return gettext(message)


def component_texts(page) -> dict[str, str]:
    """The texts the feedback component's template shows, by name."""
    return {
        "question": feedback_text(page, "Did this page help you?"),
        "comment_label": feedback_text(page, "What did you miss on this page?"),
        "no_personal_data": feedback_text(page, "Do not type any personal data."),
        "no_answer": feedback_text(page, "You will not get an answer to this comment."),
        "characters_left": feedback_text(page, "You have {count} characters left."),
    }


def comment_error_messages(page) -> dict[str, str] | None:
    """The comment field's error messages with "je" on youth pages (None: keep the form's own)."""
    if not addresses_reader_as_je(page):
        return None
    return {
        "required": pgettext_lazy("youth section", "Write down what you missed on this page."),
        "max_length": pgettext_lazy(
            "youth section", "Use at most %(limit_value)d characters. You used %(show_value)d."
        ),
    }


def comment_form_for(page, *args, **kwargs) -> PageFeedbackCommentForm:
    """The comment form for ``page``, with its errors in the page's form of address."""
    form = PageFeedbackCommentForm(*args, **kwargs)
    messages = comment_error_messages(page)
    if messages is not None:
        form.fields["comment"].error_messages.update(messages)
    return form
