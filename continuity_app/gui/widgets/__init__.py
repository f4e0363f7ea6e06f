"""Widgets shared by the window: the data-age banner and the unlock page."""
