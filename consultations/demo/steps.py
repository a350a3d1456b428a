"""The consultations' demo step: "Doe mee" with its consultations, surveys and contributions."""

from consultations.demo.builder import build_consultations_demo
from core.demo_registry import register_demo_step

register_demo_step(
    "consultations",
    lambda site: build_consultations_demo(site, site.home, site.teams),
    order=70,
    after=("site", "areas"),
)
