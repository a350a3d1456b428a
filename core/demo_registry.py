"""The demo steps that apps register, run in order by ``load_demo``.

Each app that has demo content registers a step in ``<app>/demo/steps.py``: a name, an order
number and a callable that takes the ``DemoSite`` (``core/demo/site.py``). ``after`` names the
steps whose pages this one links to; a step of an app that is not installed is left out, and a
step named in ``after`` must come earlier in the order. ``load_demo`` finds the steps modules
itself, so core imports no app: the order numbers are the one place that says what comes first.

Order numbers in use: 10 site (home: teams, people, home page, sections), 20 areas, 30 news,
40 kcc, 50 journeys, 60 service_norms, 65 product_norms, 70 consultations, 80 youth, 85 legal,
90 home_page (links and media on the home page, once everything it points to exists),
95 search_synonyms, 100 navigation (the menu and footer links, after every page exists).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

#: The module of an app that registers its demo steps.
STEPS_MODULE = "demo.steps"


@dataclass(frozen=True)
class DemoStep:
    """One app's part of the demo site."""

    name: str
    build: Callable
    order: int
    after: tuple[str, ...] = ()


_steps: dict[str, DemoStep] = {}


def register_demo_step(
    name: str, build: Callable, *, order: int, after: tuple[str, ...] = ()
) -> None:
    """Add ``build(site)`` to the demo as step ``name``, run at ``order`` (lowest first)."""
    step = DemoStep(name, build, order, tuple(after))
    if _steps.get(name, step) != step:
        raise ImproperlyConfigured(f"Two demo steps are called {name!r}.")
    _steps[name] = step


def demo_steps() -> list[DemoStep]:
    """The registered steps in the order they run; checks that each runs after its ``after``."""
    autodiscover_modules(STEPS_MODULE)
    steps = sorted(_steps.values(), key=lambda step: (step.order, step.name))
    for step in steps:
        for name in step.after:
            earlier = _steps.get(name)
            if earlier is not None and earlier.order >= step.order:
                raise ImproperlyConfigured(
                    f"Demo step {step.name!r} needs {name!r} first, but its order is not lower."
                )
    return steps


def build_demo(site) -> None:
    """Run every registered demo step on ``site``, in order."""
    for step in demo_steps():
        step.build(site)
