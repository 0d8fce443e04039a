"""kazkg: Kazakh news briefs to a knowledge graph of civic events."""

__version__ = "0.2.0"
