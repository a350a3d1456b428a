"""Following a link from an e-mail the way a resident does: open the page, press its one button."""

from bs4 import BeautifulSoup


def the_button_form(response):
    """The single POST form on a page opened from an e-mail link (None when there is none)."""
    forms = BeautifulSoup(response.content, "html.parser").select("main article form[method=post]")
    assert len(forms) <= 1, "a page behind an e-mail link has one button"
    return forms[0] if forms else None


def press_the_button(client, link):
    """Open ``link`` (GET) and press the button on the page (POST with its hidden fields)."""
    page = client.get(link)
    assert page.status_code == 200, page.status_code
    form = the_button_form(page)
    assert form is not None, "the page has no button"
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    return client.post(form["action"], data)
