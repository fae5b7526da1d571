"""Processing algorithms (filled in by its issue)."""

ALGORITHMS = []
