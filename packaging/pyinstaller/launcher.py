"""The bundle's entry point: the same ``main`` as the ``mentee-desktop`` script."""

import sys

from mentee_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
