"""The service norms' demo step: norms, a year of measurements, the benchmark and the page
(see ``core/demo_registry.py`` for the order numbers)."""

from core.demo_registry import register_demo_step
from service_norms.demo.builder import build_service_norms_demo

register_demo_step(
    "service_norms",
    lambda site: build_service_norms_demo(site, site.home),
    order=60,
    after=("site",),
)
