"""Danish text for the store: sort keys, and what the search index holds and is asked.

Sort keys are computed once at build time and stored, so every ORDER BY is a plain
binary sort on an indexed column (no Python collation per comparison). The Danish
alphabet ends ``… x y z æ ø å``; ``aa`` is the old spelling of ``å`` and sorts
with it (Aabenraa after Zealand); German/Swedish ä ö ü sort as æ ø y, accented
letters as their base letter.

The search index is FTS5 with ``unicode61 remove_diacritics 0``: case folded, but
å stays å (never folded to a), ø stays ø. Beside the words themselves each citizen
gets the canonical spelling of its words (``aa``→``å``, ``ae``→``æ``, ``oe``→``ø``) and
the digit forms of CPR and phone, so "Aase" finds "Åse" and "Åse" finds "Aase",
"0101501234" and "010150-12" find "010150-1234", "+45 20 12" finds "20 12 34 56".
"""

from __future__ import annotations

import re

# Characters after "z" in code-point order keep æ ø å after z in a binary sort.
_SORT_TABLE = str.maketrans(
    {
        "æ": "{",
        "ä": "{",
        "ø": "|",
        "ö": "|",
        "å": "}",
        "ü": "y",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "á": "a",
        "à": "a",
        "â": "a",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ï": "i",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "ç": "c",
        "ñ": "n",
    }
)


def sort_key(*parts: str) -> str:
    """A key that sorts Danish words correctly under SQLite's binary collation.

    Several parts (last name, first name) are joined by a separator below every
    letter, so "Berg, Anna" sorts before "Bergen, Anna".
    """
    return "\x01".join(p.casefold().replace("aa", "å").translate(_SORT_TABLE) for p in parts)


def code_sort_key(code: str) -> str:
    """Like ``sort_key`` for codes (number plates): "AA 11 111" is not "Å 11 111"."""
    return code.casefold().translate(_SORT_TABLE)


_WORD = re.compile(r"[^\W_]+")
_CANONICAL = (("aa", "å"), ("ae", "æ"), ("oe", "ø"), ("ä", "æ"), ("ö", "ø"))


def canonical(word: str) -> str:
    """One spelling per Danish sound: aa→å, ae→æ, oe→ø (and ä→æ, ö→ø), of a lower-case word."""
    for spelled, letter in _CANONICAL:
        word = word.replace(spelled, letter)
    return word


def spelling_variants(*texts: str) -> str:
    """The canonical spelling of each word that has another one, for the hidden index columns.

    The query side asks for each word as typed OR in its canonical spelling, so
    "Aase" finds "Åse", "Ågaard" finds "Aagaard", "Oelga" finds "Ølga".
    """
    out: list[str] = []
    for text in texts:
        folded = text.lower()  # as FTS5 unicode61 folds case (ß stays ß)
        canon = canonical(folded)
        if canon != folded:  # the replacements never touch a word boundary: words pair up
            out += [c for w, c in zip(_WORD.findall(folded), _WORD.findall(canon), strict=True) if c != w]
    return " ".join(out)


_NOT_DIGIT = re.compile(r"[^0-9]")


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


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

    Every word is a quoted prefix term (so FTS syntax in the input is inert), asked
    as typed or in its canonical Danish spelling; the words are AND-ed. A run of
    digit groups ("20 12 34", "010150-12") matches as one number or as its groups;
    a leading "+45" or "0045" is dropped.
    """
    terms: list[str] = []
    pos = 0
    for m in _DIGIT_RUN.finditer(text):
        terms.extend(_word_terms(text[pos : m.start()]))
        pos = m.end()
        terms.extend(_number_terms(m.group()))
    terms.extend(_word_terms(text[pos:]))
    return " AND ".join(terms) if terms else None


def _number_terms(run: str) -> list[str]:
    groups = re.findall(r"\d+", run)
    whole = "".join(groups)
    for country in ("+45", "0045"):
        if run.startswith(country):
            whole = whole[len(country.lstrip("+")) :]
            if not whole:
                return []
            return [_prefix(whole)]
    if len(groups) == 1:
        return [_prefix(whole)]
    apart = " AND ".join(_prefix(g) for g in groups)
    return [f"({_prefix(whole)} OR ({apart}))"]


def _word_terms(text: str) -> list[str]:
    terms = []
    for word in _WORD.findall(text.lower()):
        canon = canonical(word)
        terms.append(_prefix(word) if canon == word else f"({_prefix(word)} OR {_prefix(canon)})")
    return terms


def _prefix(token: str) -> str:
    # Tokens hold only letters and digits, but quote-doubling keeps this safe anyway.
    return '"' + token.replace('"', '""') + '"*'
