"""Filters for ``components/results_bars.html``: rows from (label, count) pairs, SVG numbers."""

from django import template

from core import results_bars

register = template.Library()


@register.filter
def result_bars(pairs, base=None):
    """The pairs as ``ResultBar`` rows; with a base (``pairs|result_bars:total``) with percentages."""
    return results_bars.result_bars(pairs, base)


@register.filter
def svg_number(value):
    """A number for an SVG attribute, with a decimal point whatever the language (``90``, ``87.5``)."""
    return results_bars.svg_number(value)
