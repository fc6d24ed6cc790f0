"""The components of the default extraction pipeline, one module each, in order.

=============  ==========================================  ==========================
component      requires                                    assigns
=============  ==========================================  ==========================
sentences      —                                           sentences
dates          —                                           dates
actors         sentences                                   actors
occasions      sentences, dates, actors                    occasions
parse          sentences, dates, actors, occasions         parsed
entities       parsed, actors                              parsed, actors
acts           parsed, occasions                           acts
act_mentions   acts, occasions                             mentions
positions      acts, mentions                              positions
=============  ==========================================  ==========================
"""

from govtimeline.extract.components.act_mentions import ACT_MENTIONS
from govtimeline.extract.components.actors import ACTORS
from govtimeline.extract.components.acts import ACTS
from govtimeline.extract.components.dates import DATES
from govtimeline.extract.components.entities import ENTITIES
from govtimeline.extract.components.occasions import OCCASIONS
from govtimeline.extract.components.parse import PARSE
from govtimeline.extract.components.positions import POSITIONS
from govtimeline.extract.components.sentences import SENTENCES

__all__ = ["DEFAULT_COMPONENTS"]

DEFAULT_COMPONENTS = (
    SENTENCES,
    DATES,
    ACTORS,
    OCCASIONS,
    PARSE,
    ENTITIES,
    ACTS,
    ACT_MENTIONS,
    POSITIONS,
)
"""The default pipeline, in order."""
