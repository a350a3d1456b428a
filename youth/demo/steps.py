"""The youth section's demo step: the section, its proposals and voting rounds."""

from core.demo_registry import register_demo_step
from youth.demo.builder import build_youth_demo

register_demo_step(
    "youth",
    lambda site: build_youth_demo(site, site.home, site.teams),
    order=80,
    after=("site", "areas"),
)
