"""Youth section models; the youth issue fills this app."""
