"""Reads and validates the municipality's exchange folder (docs/exchange-format.md: CSV and FHIR R4).

    from continuity_app.exchange import read_exchange, ExchangeResult, Problem

    result = read_exchange(Path("exports"), today=date(2026, 11, 27))
    if not result.ok:
        for problem in result.errors: print(problem)   # "citizens.csv:14: cpr: …"

Demo exports (``exchange.demo``) live beside the reader but are a separate module.
"""

from continuity_app.exchange.problems import ExchangeResult, Problem
from continuity_app.exchange.reader import read_exchange

__all__ = ["ExchangeResult", "Problem", "read_exchange"]
