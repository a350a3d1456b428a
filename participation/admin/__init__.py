"""Admin screens shared by the participation apps (moderation)."""
