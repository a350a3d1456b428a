"""Settings split per environment: base (shared), dev, test and production."""
