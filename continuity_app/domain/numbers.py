"""Numbers as Danish text, one rule everywhere: a decimal comma, and for doses the
fractions a medication card uses; counts and amounts in whole numbers with a dot
between the thousands.

    number_da(2.5) → "2,5"      number_da(2.5, fractions=True) → "2½"
    number_da(4)   → "4"        number_da(0.25, fractions=True) → "¼"
    thousands_da(12345.4) → "12.345"
"""

from __future__ import annotations

#: The fractions written as on a Danish medication card (exact in binary floating point).
FRACTIONS = {0.25: "¼", 0.5: "½", 0.75: "¾"}


def number_da(value: float, *, fractions: bool = False) -> str:
    """``value`` in Danish: whole numbers plain, else a decimal comma; with ``fractions``
    (a dose), a quarter, half or three quarters as ¼, ½, ¾ ("1½ tablet")."""
    whole = int(value)
    if value == whole:
        return str(whole)
    if fractions and value > 0 and value - whole in FRACTIONS:
        return f"{whole or ''}{FRACTIONS[value - whole]}"
    return f"{value:g}".replace(".", ",")


def thousands_da(value: float) -> str:
    """A count or an amount (citizens, litres, km) rounded to whole, the thousands parted
    by a dot as Danish prints them: 12.345."""
    return f"{value:,.0f}".replace(",", ".")
