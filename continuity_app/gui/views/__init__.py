"""One view per navigation entry. Each view has ``title()``, ``load()`` (after an
unlock or new data), ``clear()`` (on lock: drop every row), ``print_request()``
(what Ctrl+P prints here) and ``focus_target()``."""
