"""Admin screens of the consultations app, one module per concern."""
