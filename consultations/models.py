"""Consultation models; the participation issue fills this app."""
