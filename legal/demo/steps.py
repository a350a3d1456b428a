"""The required pages' demo step: contact, privacy, accessibility and cookie statements, after
the home page exists (see ``core/demo_registry.py`` for the order numbers)."""

from core.demo_registry import register_demo_step
from legal.demo.builder import LegalDemo

register_demo_step("legal", lambda site: LegalDemo(site).build(), order=85, after=("site",))
