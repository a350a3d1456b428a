"""Read-only JSON export of the front office in the shape of the Klantinteracties API.

Served under ``/api/klantinteracties/v1/`` so a contact-centre system such as KISS can read our
contacts (``klantcontacten``), requests (``internetaken``) and teams (``actoren``). Only staff
with ``front_office.view_contactrequest`` may read it; nothing personal is exported (notes,
questions and contact details stay internal). Paging, parameter checks and JSON errors come
from the knowledge-base API (``kcc_content.api``).
"""

import uuid
from functools import wraps

from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt

from core.json_errors import error_response
from front_office.models import ContactMoment, ContactRequest, HandlingTeam, RequestStatus
from front_office.models.contacts import ContactChannel
from kcc_content.api import ApiError, accepts, check_parameter_names, json_response, paginated

PERMISSION = "front_office.view_contactrequest"
PAGE_PARAMETERS = ("page", "page_size")

#: Fixed namespace of the export's uuids: ``uuid5(NAMESPACE, "klantcontact:<pk>")`` and so on.
NAMESPACE = uuid.UUID("5b0f3c9e-4e0a-4f8e-9a59-6b1f0d2c7a41")

#: Our channels as Klantinteracties ``kanaal`` values (Dutch).
KANAAL = {
    ContactChannel.PHONE: "telefoon",
    ContactChannel.COUNTER: "balie",
    ContactChannel.EMAIL: "e-mail",
    ContactChannel.LETTER: "brief",
    ContactChannel.CHAT: "chat",
    ContactChannel.SOCIAL_MEDIA: "social media",
    ContactChannel.WEBSITE_FORM: "webformulier",
}
TASK_STATUSES = ("te_verwerken", "verwerkt")


def export_view(view):
    """GET/HEAD only, for staff with ``PERMISSION``; JSON errors; never stored by caches.

    Exempt from CSRF like the knowledge-base API: it only reads, and the check would answer a
    POST with Django's HTML 403 page before the JSON 405.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error_response(405, "Only GET and HEAD are allowed.")
            response["Allow"] = "GET, HEAD"
        elif not request.user.has_perm(PERMISSION):
            response = error_response(403, f"Log in as staff with the permission {PERMISSION}.")
        else:
            try:
                check_parameter_names(request, getattr(view, "parameters", None))
                response = view(request, *args, **kwargs)
            except ApiError as error:
                response = error_response(error.status, error.message, error.parameter)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def object_uuid(kind: str, pk: int) -> str:
    """The stable uuid of one exported object, e.g. ``object_uuid("klantcontact", 7)``."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{pk}"))


def reference(request, kind: str, url_name: str, pk: int) -> dict:
    """``{uuid, url}`` of an exported object; the url is its list filtered to nothing else."""
    return {
        "uuid": object_uuid(kind, pk),
        "url": request.build_absolute_uri(f"{reverse(url_name)}#{object_uuid(kind, pk)}"),
    }


def klantcontact_data(request, contact: ContactMoment) -> dict:
    """One registered contact as a ``klantcontact``; its note stays internal."""
    titles = [answer.title for answer in contact.answers.all()]
    titles += [product.title for product in contact.products.all()]
    return {
        **reference(request, "klantcontact", "klantinteracties_klantcontacten", contact.pk),
        "nummer": str(contact.pk),
        "kanaal": KANAAL.get(contact.channel, contact.channel),
        "onderwerp": titles[0] if titles else "",
        "inhoud": "",
        "indicatieContactGelukt": True,
        "taal": "nld",
        "vertrouwelijk": False,
        "plaatsgevondenOp": contact.registered_at.isoformat(),
        "uitkomst": contact.outcome,
    }


def internetaak_data(request, task: ContactRequest) -> dict:
    """One request as an ``internetaak``; the question and contact details stay internal."""
    return {
        **reference(request, "internetaak", "klantinteracties_internetaken", task.pk),
        "nummer": task.reference,
        "gevraagdeHandeling": task.subject,
        "aanleidinggevendKlantcontact": (
            reference(request, "klantcontact", "klantinteracties_klantcontacten", task.contact_id)
            if task.contact_id
            else None
        ),
        "toegewezenAanActor": reference(request, "actor", "klantinteracties_actoren", task.team_id),
        "toelichting": "",
        "status": TASK_STATUSES[1] if task.status == RequestStatus.CLOSED else TASK_STATUSES[0],
        "toegewezenOp": task.created_at.isoformat(),
        "afgehandeldOp": task.closed_at.isoformat() if task.closed_at else None,
    }


def actor_data(request, team: HandlingTeam) -> dict:
    """One handling team as an ``actor`` (an organisational unit identified by its group)."""
    return {
        **reference(request, "actor", "klantinteracties_actoren", team.pk),
        "naam": team.name,
        "soortActor": "organisatorische_eenheid",
        "indicatieActief": True,
        "actoridentificator": {
            "objectId": str(team.group_id),
            "codeObjecttype": "groep",
            "codeRegister": "site",
            "codeSoortObjectId": "pk",
        },
    }


def exported(request, queryset, url_name: str, serialise):
    """One page of ``queryset``, each item serialised with ``serialise(request, item)``."""
    return json_response(
        paginated(request, queryset, url_name, lambda items: [serialise(request, i) for i in items])
    )


@export_view
@accepts(*PAGE_PARAMETERS)
def klantcontact_list(request):
    """Registered contacts, newest first."""
    contacts = ContactMoment.objects.prefetch_related("answers", "products").order_by(
        "-registered_at", "-pk"
    )
    return exported(request, contacts, "klantinteracties_klantcontacten", klantcontact_data)


@export_view
@accepts(*PAGE_PARAMETERS)
def internetaak_list(request):
    """Callback and contact requests, newest first."""
    tasks = ContactRequest.objects.order_by("-created_at", "-pk")
    return exported(request, tasks, "klantinteracties_internetaken", internetaak_data)


@export_view
@accepts(*PAGE_PARAMETERS)
def actor_list(request):
    """Handling teams, by name."""
    teams = HandlingTeam.objects.select_related("group").order_by("group__name", "pk")
    return exported(request, teams, "klantinteracties_actoren", actor_data)
