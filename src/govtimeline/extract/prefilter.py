"""Which sentences are worth a parse: a fast test on the surface, before spaCy.

A sentence can hold an act the reader keeps only when it has someone to act (an actor
the gazetteer found, a pronoun, a noun that acts for an actor: "the ministry") **and**
something to act with: a word of the act lexicon in any of its forms (every lemma of
``data/frames.json``, inflected: "sign", "signs", "signed", "signing"; "hold", "held"),
an occasion mention or a date. Everything else is left unparsed (issue 13: parse only
what needs it). The word test errs on the side of parsing: its forms are a superset of
what the lexicon's lemmas inflect to, so a frame is never missed because of it.
"""

from __future__ import annotations

import re
from functools import cache

from govtimeline.extract.frames import FrameLexicon
from govtimeline.lang import trie_regex

__all__ = ["act_words", "inflections"]

_IRREGULAR_FORMS = """
arise arose arisen | awake awoke awoken | be is are was were been being am | bear bore borne born |
beat beaten | become became | begin began begun | bend bent | bet | bid bade bidden | bind bound |
bite bit bitten | blow blew blown | break broke broken | bring brought | build built |
burn burnt | buy bought | cast | catch caught | choose chose chosen | cling clung | come came |
cost | creep crept | cut | deal dealt | dig dug | do does did done | draw drew drawn |
drink drank drunk | drive drove driven | eat ate eaten | fall fell fallen | feed fed |
feel felt | fight fought | find found | flee fled | fly flew flown | forbid forbade forbidden |
forecast | foresee foresaw foreseen | forget forgot forgotten | forgive forgave forgiven |
freeze froze frozen | get got gotten | give gave given | go goes went gone | grind ground |
grow grew grown | hang hung | have has had | hear heard | hide hid hidden | hit | hold held |
hurt | keep kept | know knew known | lay laid | lead led | lean leant | leap leapt |
learn learnt | leave left | lend lent | let | lie lay lain | light lit | lose lost |
make made | mean meant | meet met | mislead misled | outdo outdid outdone | overcome overcame |
override overrode overridden | overrule | oversee oversaw overseen | overtake overtook overtaken |
overthrow overthrew overthrown | pay paid | put | quit | read | rebuild rebuilt |
redo redid redone | rethink rethought | rewrite rewrote rewritten | rid | ride rode ridden |
ring rang rung | rise rose risen | run ran | say said | see saw seen | seek sought |
sell sold | send sent | set | shake shook shaken | shed | shine shone | shoot shot |
show shown | shrink shrank shrunk | shut | sing sang sung | sink sank sunk | sit sat |
sleep slept | slide slid | speak spoke spoken | spend spent | spin spun | split | spread |
spring sprang sprung | stand stood | steal stole stolen | stick stuck | sting stung |
strike struck stricken | strive strove striven | swear swore sworn | sweep swept |
swing swung | take took taken | teach taught | tear tore torn | tell told | think thought |
throw threw thrown | thrust | undergo underwent undergone | understand understood |
undertake undertook undertaken | undo undid undone | uphold upheld | upset | wake woke woken |
wear wore worn | weave wove woven | win won | wind wound | withdraw withdrew withdrawn |
withhold withheld | withstand withstood | write wrote written
"""
"""Irregular verbs and their forms: base, then past and participle where they differ."""
_IRREGULAR: dict[str, tuple[str, ...]] = {
    forms.split()[0]: tuple(forms.split()[1:])
    for forms in _IRREGULAR_FORMS.split("|")
    if forms.split()
}
_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> frozenset[str]:
    """Every form a lemma may take in text (a generous superset): plural or third person,
    past and participles, regular and irregular ("adopt" → "adopts", "adopted",
    "adopting"; "ban" → "banned"; "hold" → "held")."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in _VOWELS | {"w", "x", "y"} and w[-2] in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # "ban" → "banned", "banning"
    forms |= set(_IRREGULAR.get(w, ()))
    return frozenset(forms)


@cache
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    forms = sorted({f for w in words for f in inflections(w)})
    return re.compile(r"(?<![\w-])(?:" + trie_regex(forms) + r")(?![\w-])", re.IGNORECASE)


def act_words(lex: FrameLexicon) -> re.Pattern[str]:
    """A pattern for every word of the act lexicon in any of its forms."""
    words: set[str] = set(lex.by_lemma) | set(lex.controller_of) | set(lex.nominal_of)
    words |= set(lex.noun_controller_of) | lex.light_verbs | lex.speech_verbs
    words |= lex.withholding_verbs
    return _pattern(frozenset(w for w in words if " " not in w))
