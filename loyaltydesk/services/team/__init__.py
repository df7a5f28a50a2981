"""Sharing one book between laptops through the team's PostgreSQL server."""
