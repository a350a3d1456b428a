"""Project configuration: settings, URL routing and the WSGI entry point."""
