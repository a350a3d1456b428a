"""The demo areas are ``places.Area`` rows: ``places.demo.demo_area`` finds one by name."""

from places.demo import demo_area

__all__ = ["demo_area"]
