"""Public routes of a consultation page and what its survey page serves (forms residents post
to), one module per concern; the page models in ``consultations.models.pages`` are assembled from
these mixins."""
