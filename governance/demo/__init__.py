"""The governance app's part of the demo: keeping review schedules in step with demo dates."""
