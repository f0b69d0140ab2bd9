"""Built-in checkers, one module each; registered as entry points in pyproject.toml."""
