"""Norwegian formatting of dates, amounts, counts and numbers, through babel."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from . import resources

NBSP = "\u00a0"
# a number written in groups of three («1 100 000», «12 500,50»), with «kr», «kroner» or «NOK»
# before or after it; the ordinary spaces inside are where a line may break
_DIGIT_GROUPS = re.compile(r"(?:\b(?:kr\.?|NOK) )?(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d)(?:,\d+|,-)?"
                           r"(?: (?:kr|kroner|NOK)\b)?")


def long_date(value: dt.date, lang: str = "nb") -> str:
    """A date as written in running text.

    >>> long_date(dt.date(2027, 1, 1))
    '1. januar 2027'
    """
    return format_date(value, "long", locale=lang)


def kroner(amount: Decimal, lang: str = "nb") -> str:
    """An amount in kroner, non-breaking group separators, øre only when not zero.

    >>> kroner(Decimal("1250000")) == "1\\u00a0250\\u00a0000\\u00a0kr"
    True
    >>> kroner(Decimal("1250000.5")).replace(NBSP, " ")
    '1 250 000,50 kr'
    """
    pattern = "#,##0\u00a0¤" if amount == amount.to_integral_value() else "#,##0.00\u00a0¤"
    return format_currency(amount, "NOK", format=pattern, locale=lang, currency_digits=False)


def percent(value: int, lang: str = "nb") -> str:
    """A job percentage.

    >>> percent(80).replace(NBSP, " ")
    '80 %'
    """
    return format_percent(Decimal(value) / 100, locale=lang)


def orgnr(digits: str) -> str:
    """An organisation number in groups of three.

    >>> orgnr("974760673").replace(NBSP, " ")
    '974 760 673'
    """
    return NBSP.join(digits[i:i + 3] for i in (0, 3, 6))


def count(n: int, unit: str, lang: str = "nb") -> str:
    """A number with its unit in the right grammatical number, kept on one line.

    >>> [count(n, u).replace(NBSP, " ") for n, u in ((1, "month"), (6, "month"), (6, "year"))]
    ['1 måned', '6 måneder', '6 år']
    """
    singular, plural = resources.load_yaml("terms.yaml")[lang]["units"][unit]
    return f"{n}{NBSP}{singular if n == 1 else plural}"


def keep_digit_groups(text: str) -> str:
    """Free text with the ordinary spaces of a grouped number (and its «kr») made non-breaking,
    so an amount the user typed is never split across two lines.

    >>> keep_digit_groups("inntil 1 100 000 kr per år").replace(NBSP, "_")
    'inntil 1_100_000_kr per år'
    >>> keep_digit_groups("sak PS 45/2026 i 2027 100 dager")
    'sak PS 45/2026 i 2027 100 dager'
    """
    return _DIGIT_GROUPS.sub(lambda m: m.group(0).replace(" ", NBSP), text)


def free_text(node):
    """``node`` (an input document or part of it) with ``keep_digit_groups`` applied to every
    string in it; other values are left as they are."""
    if isinstance(node, str):
        return keep_digit_groups(node)
    if isinstance(node, dict):
        return {key: free_text(value) for key, value in node.items()}
    if isinstance(node, list):
        return [free_text(value) for value in node]
    return node
