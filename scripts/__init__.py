"""Scripts that run against the demo site: screenshots and Lighthouse reports (``make screenshots``,
``make lighthouse``)."""
