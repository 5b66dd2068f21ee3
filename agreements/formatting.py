"""Norwegian formatting of dates, amounts, counts and numbers, through babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from . import resources

NBSP = "\u00a0"


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
