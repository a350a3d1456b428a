"""A read-only block in an admin edit form, rendered from a template (shared with the youth app)."""

from wagtail.admin.panels import Panel


class ReadOnlyTemplatePanel(Panel):
    """Shows ``template_name`` with the edited object (or one of its attributes) as
    ``context_name``. Hidden while creating, when the attribute is empty, or when ``allowed``
    (a function of the user) says no — e.g. for personal data."""

    def __init__(self, template_name, context_name, attribute=None, allowed=None, *args, **kwargs):
        self.template_name = template_name
        self.context_name = context_name
        self.attribute = attribute
        self.allowed = allowed
        super().__init__(*args, **kwargs)

    def clone_kwargs(self):
        return {
            **super().clone_kwargs(),
            "template_name": self.template_name,
            "context_name": self.context_name,
            "attribute": self.attribute,
            "allowed": self.allowed,
        }

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.template_name = self.panel.template_name

        def shown_object(self):
            if not self.instance.pk:
                return None
            if self.panel.attribute is None:
                return self.instance
            return getattr(self.instance, self.panel.attribute)

        def is_shown(self):
            allowed = self.panel.allowed
            return self.shown_object() is not None and (
                allowed is None or allowed(self.request.user)
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context[self.panel.context_name] = self.shown_object()
            return context
