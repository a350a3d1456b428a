"""Places hold no personal data (see ``core.retention``)."""

from core.retention import declare_not_personal

declare_not_personal(
    "places.Area",
    ["name"],
    "The name of a village or neighbourhood of the municipality, not of a person.",
)
