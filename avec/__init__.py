"""avec — a self-hosted trust layer for generative AI in health and social care.

The four HAS guidelines (Apprendre, Vérifier, Estimer, Communiquer) each map to a package;
`avec.verify.check` is the entry point of the Vérifier capability.
"""

__version__ = "0.1.0"
