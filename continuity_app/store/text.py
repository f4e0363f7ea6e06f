"""Danish text for the store: sort keys, and what the search index holds and is asked.

Sort keys are computed once at build time and stored, so every ORDER BY is a plain
binary sort on an indexed column (no Python collation per comparison). The Danish
alphabet ends ``… x y z æ ø å``; ``aa`` is the old spelling of ``å`` and sorts
with it (Aabenraa after Zealand); German/Swedish ä ö ü sort as æ ø y, accented
letters as their base letter.

The search index is FTS5 with ``unicode61 remove_diacritics 0``: case folded, but
å stays å (never folded to a), ø stays ø. Beside the words themselves each citizen
gets spelling variants (``aa``↔``å``, ``ae``↔``æ``, ``oe``↔``ø``) and the digit forms
of CPR and phone, so "Aase" finds "Åse", "0101501234" and "010150-12" find
"010150-1234", "+45 20 12" finds "20 12 34 56".
"""

from __future__ import annotations

import re

# Characters after "z" in code-point order keep æ ø å after z in a binary sort.
_SORT_TABLE = str.maketrans(
    {
        "æ": "{", "ä": "{",
        "ø": "|", "ö": "|",
        "å": "}",
        "ü": "y",
        "é": "e", "è": "e", "ê": "e", "ë": "e",
        "á": "a", "à": "a", "â": "a",
        "í": "i", "ì": "i", "î": "i", "ï": "i",
        "ó": "o", "ò": "o", "ô": "o",
        "ú": "u", "ù": "u", "û": "u",
        "ç": "c", "ñ": "n",
    }
)  # fmt: skip


def sort_key(*parts: str) -> str:
    """A key that sorts Danish text correctly under SQLite's binary collation.

    Several parts (last name, first name) are joined by a separator below every
    letter, so "Berg, Anna" sorts before "Bergen, Anna".
    """
    return "\x01".join(p.casefold().replace("aa", "å").translate(_SORT_TABLE) for p in parts)


_WORD = re.compile(r"[^\W_]+")
_VARIANTS = (("å", "aa"), ("æ", "ae"), ("ø", "oe"))


def spelling_variants(*texts: str) -> str:
    """Each word's other Danish spellings (å↔aa, æ↔ae, ø↔oe), for the hidden index column."""
    out: list[str] = []
    for text in texts:
        for word in _WORD.findall(text.casefold()):
            variant = word
            for letter, spelled in _VARIANTS:
                variant = variant.replace(letter, spelled)
            if variant != word:
                out.append(variant)
            if "aa" in word:
                out.append(word.replace("aa", "å"))
    return " ".join(out)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def cpr_terms(cpr: str) -> str:
    """ "010150-1234" is indexed as "010150 1234 0101501234" (both halves, and whole)."""
    whole = digits(cpr)
    return f"{cpr} {whole}" if whole else ""


def phone_terms(phone: str) -> str:
    """A phone's digits whole, nationally (without +45/0045) and with the country code."""
    whole = digits(phone)
    if not whole:
        return ""
    national = whole
    for prefix in ("0045", "45"):
        if whole.startswith(prefix) and len(whole) - len(prefix) == 8:
            national = whole[len(prefix) :]
            break
    forms = dict.fromkeys([whole, national, f"45{national}" if len(national) == 8 else national])
    return " ".join(forms)


# A run of digit groups split by spaces, dashes, dots or slashes: "20 12 34", "010150-12".
_DIGIT_RUN = re.compile(r"(?<![^\W_])\+?\d+(?:[\s./-]+\d+)*(?![^\W_])")


def match_query(text: str) -> str | None:
    """The FTS5 query for what a person typed, or None when there is nothing to search.

    Every word is a quoted prefix term (so FTS syntax in the input is inert) and the
    terms are AND-ed. A run of digit groups ("20 12 34", "010150-12") also matches as
    one number; a leading "+45" is dropped.
    """
    terms: list[str] = []
    pos = 0
    for m in _DIGIT_RUN.finditer(text):
        terms.extend(_word_terms(text[pos : m.start()]))
        pos = m.end()
        run = m.group()
        groups = re.findall(r"\d+", run)
        if run.startswith("+") and groups and groups[0].startswith("45"):
            rest = "".join(groups)[2:]
            if not rest:
                continue
            terms.append(_prefix(rest))
            continue
        if len(groups) == 1:
            terms.append(_prefix(groups[0]))
        else:
            apart = " AND ".join(_prefix(g) for g in groups)
            terms.append(f"({_prefix(''.join(groups))} OR ({apart}))")
    terms.extend(_word_terms(text[pos:]))
    return " AND ".join(terms) if terms else None


def _word_terms(text: str) -> list[str]:
    return [_prefix(word) for word in _WORD.findall(text.casefold())]


def _prefix(token: str) -> str:
    # Tokens hold only letters and digits, but quote-doubling keeps this safe anyway.
    return '"' + token.replace('"', '""') + '"*'
