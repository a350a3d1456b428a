"""Demo content of the youth section ("Jongeren")."""
