"""Participation: consultations with rules of the game, input, moderation and feedback."""
