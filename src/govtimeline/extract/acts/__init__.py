"""Acts read from a dependency parse with the frame lexicon (``data/frames.json``).

* :mod:`.context` — a parsed sentence tied to the document, and the document memory
* :mod:`.agents` — who acts
* :mod:`.objects` — what the act is on, as an identity
* :mod:`.dating` — when it took place
* :mod:`.reader` — frames matched on the parse: :class:`~.reader.ActReader`
"""
