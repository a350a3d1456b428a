"""What the "was this page helpful?" component shows: the yes/no question or the comment form."""

from django import template

from home.feedback_comments import TOKEN_PARAMETER, check_comment_token
from home.feedback_texts import comment_form_for, component_texts
from home.models.feedback import COMMENT_MAX_LENGTH

register = template.Library()


@register.simple_tag(takes_context=True)
def page_feedback_state(context, page) -> dict:
    """The comment form when this request may add a comment to a "no" answer, else no form;
    and the component's texts in the page's form of address ("je" in the youth section).

    A form the resident already filled in (with errors to correct) comes from the comment view
    through ``request.page_feedback_form``; otherwise a valid token in the address, set by the
    redirect after a "no", shows an empty form.
    """
    request = context.get("request")
    state = {
        "comment_form": None,
        "comment_max_length": COMMENT_MAX_LENGTH,
        "texts": component_texts(page),
    }
    if request is None or page is None:
        return state
    bound_form = getattr(request, "page_feedback_form", None)
    if bound_form is not None:
        state["comment_form"] = bound_form
        return state
    token = request.GET.get(TOKEN_PARAMETER, "")
    if token and check_comment_token(token, page.pk).feedback is not None:
        state["comment_form"] = comment_form_for(page, initial={"token": token})
    return state
