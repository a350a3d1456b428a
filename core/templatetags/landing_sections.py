"""``{% render_section shown %}``: render one landing page section (see ``core.sections``)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def render_section(context, shown):
    """Render the section's template with the page's context plus the section's own."""
    section_template = context.template.engine.get_template(shown.template)
    with context.push(section_name=shown.name, **shown.context):
        return section_template.render(context)
