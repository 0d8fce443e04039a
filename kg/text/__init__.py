"""Text layer: length-preserving normalisation, screening, sentences and tokens."""

from kg.text.normalise import normalise
from kg.text.screen import screen
from kg.text.segment import sentences, tokens

__all__ = ["normalise", "screen", "sentences", "tokens"]
