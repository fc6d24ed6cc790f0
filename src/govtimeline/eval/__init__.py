"""Evaluation: scoring govtimeline against annotated corpora.

* :mod:`govtimeline.eval.timeml` — read TimeML files and score a date finder
  the TempEval-3 way (``python -m govtimeline.eval timeml PATH``).
"""
