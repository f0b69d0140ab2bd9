"""Recognizers: each finds one family of identifiers and explains every span it returns."""
