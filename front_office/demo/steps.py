"""The front office's demo step: after the answers (kcc) and the norms it measures
(see ``core/demo_registry.py`` for the order numbers)."""

from core.demo_registry import register_demo_step
from front_office.demo.builder import FrontOfficeDemo

register_demo_step(
    "front_office",
    lambda site: FrontOfficeDemo(site).build(),
    order=75,
    after=("site", "kcc", "service_norms"),
)
