"""Public routes of the youth home page (forms young people post to), one module per concern."""
