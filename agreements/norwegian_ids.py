"""Norwegian identifiers: organisation numbers (MOD11) and fødselsnummer detection in text."""

from __future__ import annotations

import re

_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_FNR_IN_TEXT = re.compile(r"(?<![\d])(\d{6})[\s\u00a0.-]?(\d{5})(?![\d])")
_SIX_DIGITS = re.compile(r"\d{6}")  # found far faster; every match above has such a run


def _mod11(digits: str, weights) -> int | None:
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return 0 if check == 11 else (None if check == 10 else check)


def orgnr_is_valid(digits: str) -> bool:
    """MOD11 check of a nine-digit organisation number.

    >>> orgnr_is_valid("974760673"), orgnr_is_valid("974760674"), orgnr_is_valid("97476067")
    (True, False, False)
    """
    return bool(re.fullmatch(r"\d{9}", digits)) and _mod11(digits[:8], _ORG_WEIGHTS) == int(digits[8])


def fnr_is_valid(digits: str) -> bool:
    """Both control digits and a plausible date (D- and H-numbers and synthetic test numbers included).

    >>> fnr_is_valid("01010112377"), fnr_is_valid("01010112378"), fnr_is_valid("99999999999")
    (True, False, False)
    """
    if not re.fullmatch(r"\d{11}", digits):
        return False
    day, month = int(digits[0:2]) % 40, int(digits[2:4]) % 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    k1 = _mod11(digits[:9], _FNR_W1)
    k2 = _mod11(digits[:9] + str(k1), _FNR_W2) if k1 is not None else None
    return k1 == int(digits[9]) and k2 == int(digits[10])


def find_fnr(text: str) -> list[str]:
    """Valid fødselsnummer found in ``text`` (written as 11 digits, or 6 + 5 with a separator).

    >>> find_fnr("Født 010101 12377, tlf. 12345678901")
    ['01010112377']
    """
    if not _SIX_DIGITS.search(text):
        return []
    return [a + b for a, b in _FNR_IN_TEXT.findall(text) if fnr_is_valid(a + b)]


def mask(fnr: str) -> str:
    """Never echo a fødselsnummer in full.

    >>> mask("01010112377")
    '010101*****'
    """
    return fnr[:6] + "*" * 5
