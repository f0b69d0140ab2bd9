"""Text primitives shared by every concern: spans, normalisation, French numbers and dates."""

from avec.text.span import Span

__all__ = ["Span"]
