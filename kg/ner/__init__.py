"""Named entities: a CRF tagger for KazNERD's 25 classes and the mapping to our classes.

tag(tokens)             IOB2 labels from the model shipped in the package
train(data=..., ...)    train a model reproducibly; returns its metadata
read_conll(path)        sentences of a CoNLL file (sentence-id lines kept)
evaluate(gold, pred)    strict IOB2 exact-match P/R/F1 per class and micro
classify(label, phrase) a KazNERD label and phrase -> our class (Person, City, Court...)
"""

from kg.ner.classes import classify
from kg.ner.conll import ConllSentence, format_conll, read_conll
from kg.ner.evaluate import Score, entity_spans, evaluate, format_table
from kg.ner.tagger import tag, tag_many, train

__all__ = [
    "ConllSentence",
    "Score",
    "classify",
    "entity_spans",
    "evaluate",
    "format_conll",
    "format_table",
    "read_conll",
    "tag",
    "tag_many",
    "train",
]
