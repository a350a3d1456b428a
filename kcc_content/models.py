"""Models of the KCC content app. Ownership is an abstract mixin, see ``ownership.py``."""
