"""The bundle's entry point: the same ``main`` as the ``mentee-desktop`` script.

With the one hidden argument ``--pdf-child`` the executable is the process that renders a PDF
for the window (mentee_desktop/pdf_child.py): the bundle has no interpreter to run that module
with ``-m``, so the window starts its own executable this way.
"""

import sys

from mentee_desktop.__main__ import main
from mentee_desktop.pdf_child import BUNDLE_ARGUMENT

if __name__ == "__main__":
    if sys.argv[1:] == [BUNDLE_ARGUMENT]:
        from mentee_desktop.pdf_child import main as render_pdf

        sys.exit(render_pdf())
    sys.exit(main())
