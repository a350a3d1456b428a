"""Public routes of a consultation page (forms residents post to), one module per concern."""
