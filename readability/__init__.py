"""Dutch plain-language (B1) analysis. The analyser itself imports nothing from Django."""
