"""Entry point for ``python -m mentee_desktop`` and the ``mentee-desktop`` script."""

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; kept tiny so ``--version`` stays instant."""
    from mentee_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
