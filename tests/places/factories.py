"""Factories for the area tree: villages and the neighbourhoods in them."""

import factory
from django.utils.text import slugify

from places.models import Area, AreaKind


class AreaFactory(factory.django.DjangoModelFactory):
    """A village; pass ``kind=AreaKind.NEIGHBOURHOOD`` and ``parent`` for a neighbourhood."""

    name = factory.Sequence(lambda n: f"Kern {n}")
    slug = factory.LazyAttribute(lambda area: slugify(area.name))
    kind = AreaKind.VILLAGE

    class Meta:
        model = Area


class NeighbourhoodFactory(AreaFactory):
    name = factory.Sequence(lambda n: f"Wijk {n}")
    kind = AreaKind.NEIGHBOURHOOD
    parent = factory.SubFactory(AreaFactory)
