"""The language floor: facts about Dutch words and sentences that rules and figures share.

Detectors (passives, nominalisations, verb brackets), morphology (analyse and generate forms) and the one definition
of a word and of a sentence live here. This package imports only the NLP layer; rules and ``stats`` import it.
"""
