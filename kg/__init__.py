"""kazkg: Kazakh news briefs to a knowledge graph of civic events."""

__version__ = "0.1.0"
