"""The contact centre's and the website's single source of truth: ownership, products, answers."""
