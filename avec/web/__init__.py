"""HTTP surfaces of avec: the OpenAI-compatible gateway (and, later, the professional's workbench)."""
