"""The front office in the Wagtail admin: the team queue, a request's screen and the contact report."""
