"""``python -m continuity_app``: the same as the ``continuity-app`` command."""

from continuity_app.cli.app import main

if __name__ == "__main__":
    raise SystemExit(main())
