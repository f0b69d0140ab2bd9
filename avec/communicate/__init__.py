"""Communiquer: what the patient will read — readability in French, measured and shown to the
author, with suggestions (long sentences, specialist words with a plain equivalent)."""

from avec.communicate.readability import Readability, Suggestion, count_syllables, readability
from avec.communicate.sentences import split_sentences

__all__ = ["Readability", "Suggestion", "count_syllables", "readability", "split_sentences"]
