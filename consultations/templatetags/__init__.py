"""Template tags of the consultations app, one module per concern."""
