"""Home page, content pages, navigation, search, site settings and page feedback."""
