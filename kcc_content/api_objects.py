"""An Objects-API-shaped read endpoint for answers: ``/api/kcc/v1/objects/?type=vac``.

KISS reads VAC answers from an Objects API (open-zaak/objects-api, v2). This endpoint gives the
same list shape: ``count``/``next``/``previous``/``results``, each result ``url``, ``uuid``,
``type`` and a ``record`` whose ``data`` is the VAC (``kcc_content.api.vac_data``). It has one
record per answer (no history): ``index`` 1, ``startAt`` the first publication date,
``registrationAt`` the last. The real API's ``page`` and ``pageSize`` are used; instead of its
``date``/``registrationDate`` (which need a history) ``modified__gte`` (ISO date or date-time)
returns only answers published since then, so a sync can fetch what changed.
"""

from django.utils.dateparse import parse_date, parse_datetime

from kcc_content.api import (
    ApiError,
    accepts,
    api_view,
    choice_parameter,
    json_response,
    language_parameter,
    locale_id,
    paginated,
    parameter,
    published_answers,
    vac_list_data,
)

#: The object type the records follow (the schema kept in ``kcc_content/schemas``).
VAC_OBJECTTYPE = (
    "https://github.com/open-objecten/objecttypes/blob/main/community-concepts/VAC/vac-schema.json"
)


def modified_since(request):
    """``modified__gte`` as an aware datetime or date, or None; 400 when unreadable."""
    value = parameter(request, "modified__gte")
    if value is None:
        return None
    try:
        moment = parse_datetime(value) or parse_date(value)
    except ValueError:
        moment = None
    if moment is None:
        raise ApiError(400, "Must be an ISO 8601 date or date-time.", "modified__gte")
    return moment


def object_record(vac: dict, answer) -> dict:
    """One answer as an Objects API object with its one record."""
    return {
        "url": vac["url"],
        "uuid": vac["uuid"],
        "type": VAC_OBJECTTYPE,
        "record": {
            "index": 1,
            "typeVersion": 1,
            "data": vac,
            "geometry": None,
            "references": [],
            "startAt": (answer.first_published_at or answer.last_published_at).date().isoformat(),
            "endAt": None,
            "registrationAt": answer.last_published_at.date().isoformat(),
            "correctionFor": None,
            "correctedBy": None,
        },
    }


@api_view
@accepts("type", "taal", "modified__gte", "page", "pageSize")
def object_list(request):
    """Published answers as Objects API objects, oldest change first; ``type=vac`` required."""
    if choice_parameter(request, "type", ["vac"]) is None:
        raise ApiError(400, "Required: type=vac.", "type")
    answers = published_answers().filter(locale_id=locale_id(language_parameter(request)))
    since = modified_since(request)
    if since is not None:
        lookup = (
            "last_published_at__gte" if hasattr(since, "hour") else "last_published_at__date__gte"
        )
        answers = answers.filter(**{lookup: since})
    answers = answers.order_by("last_published_at", "pk")

    def records(answers: list) -> list[dict]:
        vacs = vac_list_data(request, answers)
        return [object_record(vac, answer) for vac, answer in zip(vacs, answers, strict=True)]

    return json_response(
        paginated(request, answers, "kcc_api_objects", records, size_parameter="pageSize")
    )
