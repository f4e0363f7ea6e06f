"""The two commands: ``continuity-app`` (laptop) and ``continuity-publish`` (municipal IT)."""
