"""Remove invisible control characters from what residents type.

A right-to-left override (U+202E) makes "gpj.exe" read as "exe.jpg" and reverses the text that
follows it on a moderator's screen; zero-width characters hide an e-mail address from the
personal-data check ("jan@exa\u200bmple.nl"). None of them belong in a resident's text, so every
resident form removes them before it validates anything: Unicode's control (Cc) and format (Cf)
characters, which include the bidirectional embeddings, overrides and isolates
(U+202A–U+202E, U+2066–U+2069), the zero-width characters (U+200B–U+200D, U+2060) and the byte
order mark (U+FEFF). Line breaks and tabs stay.
"""

import unicodedata

from django import forms
from django.http import QueryDict

KEPT_CONTROL_CHARACTERS = frozenset("\n\r\t")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})


def strip_invisible_characters(text: str) -> str:
    """``text`` without control and format characters; line breaks and tabs are kept."""
    if text.isprintable():  # the common case: nothing to remove (fast path)
        return text
    return "".join(
        char
        for char in text
        if char in KEPT_CONTROL_CHARACTERS or unicodedata.category(char) not in INVISIBLE_CATEGORIES
    )


def cleaned_form_data(data):
    """A copy of submitted form data with invisible characters removed from every value."""
    if isinstance(data, QueryDict):
        cleaned = QueryDict(mutable=True, encoding=data.encoding)
        for key, values in data.lists():
            cleaned.setlist(key, [_clean_value(value) for value in values])
        return cleaned
    return {key: _clean_value(value) for key, value in data.items()}


def _clean_value(value):
    if isinstance(value, str):
        return strip_invisible_characters(value)
    if isinstance(value, list | tuple):
        return type(value)(_clean_value(item) for item in value)
    return value


class InvisibleCharactersFormMixin(forms.Form):
    """A resident form that removes invisible control characters before validation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = cleaned_form_data(self.data)
