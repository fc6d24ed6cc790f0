"""``python -m govtimeline``: the command-line interface."""

from govtimeline.cli import main

raise SystemExit(main())
