"""The values a draft agrees, read from the checker's passages: amounts, periods, dates, with evidence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import resources
from .catalogue import _expand

_DATA = resources.load_yaml("values.yaml")
_MACROS = resources.load_yaml("check_rules.yaml")["macros"]
NAMES = tuple(_DATA["values"])  # every value, in report order (supplements are listed with the salary)


def _words(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBERS = {w.casefold(): n for w, n in _DATA["numbers"].items()}
_UNIT_OF = {w: unit for unit, words in _DATA["units"].items() for w in words}
# «6 måneder», «seks månader», «tolv (12) måneder», «3 mnd.», «ett år»: a run of digits or a
# number word is tried once, from its start (the lookbehind), then its unit
PERIOD = re.compile(r"(?<![\w.,])(?:(\d{1,3})|(" + _words(_NUMBERS) + r"))(?:\s?\(\d{1,3}\))?\s?("
                    + _words(_UNIT_OF) + r")(?!\w)")
PHRASE = re.compile(r"(?<!\w)(" + _words(_DATA["phrases_months"]) + r")(?!\w)")
_MONTHS = _DATA["months"]
DATE = re.compile(r"(?<![\w.])(\d{1,2})\.\s?(?:(" + _words(_MONTHS) + r")\s(\d{4})|(\d{1,2})\.(\d{4}))(?!\d)"
                  r"|(?<![\w.-])(\d{4})-(\d{2})-(\d{2})(?!\d)")
# «1 100 000 kr», «kr 1.100.000,-», «NOK 1100000»: digit groups once, separators possessively
AMOUNT = re.compile(r"(?:(?<!\w)(?:kr\.?|nok)\s?)?(?<![\w.,])(\d{1,3}(?:[ .]\d{3})*+|\d{4,9})(?!\d)(,\d{1,2}|,-)?"
                    r"(?:\s?(kr\b|kroner\b|nok\b)(?!\.?\s?\d))?")  # «2025 kr 1 296 000»: «kr» is the next amount's
PERCENT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{1,2})?)\s?(?:%|prosent\b)")
FULL_TIME = re.compile(r"\bhe(?:i)?ltid|\bfull(?:tid| stilling)|\bhe(?:i)?l stilling")
BARE_NUMBER = re.compile(r"(\d{1,3}(?:,\d{1,2})?)")  # a value alone under its label or heading («Stillingsprosent | 100»)
CASE = re.compile(r"(?<![\w/])(?:(ps|ft|ks|fs|ms)(\s?|-)|sak(?:snr\.?|snummer)?\s?(?:nr\.?\s?)?)?(\d{1,4}/\d{2,4})(?![\w/])",
                  re.IGNORECASE)
END_DATE = re.compile(r"\b(?:til og med|t\.o\.m\.|til|ut|fram til|frem til|slutt\w*|opphøyrer|opphører|utløper|går ut)"
                      r"\s(?:den\s)?(?=\d)")
_SENTENCE = re.compile(r"(?<=[^\W\d]{2})[.!?](?=\s[^\W\d])|(?<=\d)\.(?=\s[A-ZÆØÅ])")
REDUCTION = re.compile(_DATA["reduction"])
NO_REDUCTION = re.compile(_DATA["no_reduction"])
REPLACES = re.compile(_DATA["replaces"])
LABEL = re.compile(r"^([^:]{1,400}):\s?(.+)$")


def _cue(spec: dict, which: str) -> re.Pattern | None:
    return re.compile(_expand(spec[which], _MACROS)) if spec.get(which) else None


_CUES = {name: (_cue(spec, "cue"), _cue(spec, "not")) for name, spec in _DATA["values"].items()}
SUPPLEMENT = (_cue(_DATA["supplement"], "cue"), _cue(_DATA["supplement"], "not"))
PATTERNS = {f"{name}.{which}": p for name, pair in [*_CUES.items(), ("supplement", SUPPLEMENT)]
            for which, p in zip(("cue", "not"), pair) if p is not None} | {"replaces": REPLACES}


@dataclass(frozen=True)
class Value:
    name: str
    value: object  # Decimal, int, bool, dt.date, str, or a list of supplements
    unit: str | None
    evidence: object  # checker.Evidence

    def as_dict(self) -> dict:
        value = self.value
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = [{"description": d, "annual": str(a)} for d, a in value]
        out = {"value": value}
        if self.unit:
            out["unit"] = self.unit
        out["evidence"] = self.evidence.as_dict()
        return out


def _dates(value) -> dict[str, str]:
    """A date as each language writes it («1. mars 2025»), for a message parameter."""
    from .formatting import long_date
    from .messages import LANGUAGES
    return {lang: long_date(value, lang) for lang in LANGUAGES}


def shown(value) -> str:
    """A value as written in a message or report line."""
    if isinstance(value, bool):
        return {True: "ja", False: "nei"}[value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(f"{d}: {a}" for d, a in value)
    return str(value)


# --- reading one sentence -----------------------------------------------------------------

def sentences(text: str) -> list[str]:
    """A passage split into its sentences (after a word or a date, before a capital)."""
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def periods(text: str, units) -> list[tuple[int, str, re.Match]]:
    """(number, unit, match) of each period in ``text`` (case-folded) in one of ``units``."""
    out = []
    for m in PERIOD.finditer(text):
        unit = _UNIT_OF[m.group(3)]
        if unit in units:
            out.append((int(m.group(1)) if m.group(1) else _NUMBERS[m.group(2)], unit, m))
    if "months" in units:
        out += [(_DATA["phrases_months"][m.group(1)], "months", m) for m in PHRASE.finditer(text)]
    return sorted(out, key=lambda found: found[2].start())


def dates(text: str) -> list[tuple[dt.date, re.Match]]:
    out = []
    for m in DATE.finditer(text):
        try:
            if m.group(6):
                day = dt.date(int(m.group(6)), int(m.group(7)), int(m.group(8)))
            elif m.group(2):
                day = dt.date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
            else:
                day = dt.date(int(m.group(5)), int(m.group(4)), int(m.group(1)))
        except ValueError:
            continue
        out.append((day, m))
    return out


def amounts(text: str) -> list[tuple[Decimal, re.Match]]:
    """Amounts in kroner: a number with «kr», «kroner», «NOK» or «,-» before or after it."""
    out = []
    for m in AMOUNT.finditer(text):
        before = m.group(0)[:1] in ("k", "n")
        if not (before or m.group(3) or m.group(2) == ",-"):
            continue
        digits = re.sub(r"[ .]", "", m.group(1))
        cents = m.group(2)[1:] if m.group(2) and m.group(2) != ",-" else ""
        try:
            out.append((Decimal(digits + ("." + cents if cents else "")), m))
        except InvalidOperation:
            continue
    return out


def _read(name: str, kind: str, spec: dict, text: str, raw: str):
    """The value ``name`` in one sentence (case-folded ``text``, as written ``raw``), or None."""
    if kind == "amount":
        found = amounts(text)
        return (found[0][0], "NOK") if found else None
    if kind == "period":
        found = periods(text, spec["units"])
        return (found[0][0], found[0][1]) if found else None
    if kind == "date":
        found = dates(text)
        return (found[0][0], None) if found else None
    if kind == "end_date":
        found = dates(text)
        for day, m in found:
            if END_DATE.search(text[max(0, m.start() - 14):m.start() + 1]):
                return day, None
        return None
    if kind == "percent":
        m = PERCENT.search(text) or BARE_NUMBER.fullmatch(text)
        number = Decimal(m.group(1).replace(",", ".")) if m else None
        if number is not None and number <= 100:
            return (int(number) if number == number.to_integral_value() else number), "percent"
        return (100, "percent") if FULL_TIME.search(text) else None
    if kind == "case":  # «PS 12/25», «FT-74/25» (the hyphen kept), «sak 41/16» → «41/16»
        m = CASE.search(raw)
        if m:
            prefix = m.group(1).upper() + ("-" if m.group(2) == "-" else " ") if m.group(1) else ""
            return prefix + m.group(3), None
        return None
    if kind == "text":
        label = LABEL.match(raw)
        if label and _CUES[name][0].search(label.group(1).casefold()):
            return label.group(2).strip(), None
        return (raw, None) if _CUES[name][0].search(text) and (amounts(text) or PERCENT.search(text)) else None
    return None


# --- reading the document -----------------------------------------------------------------

def _region(view, result) -> list[int]:
    """The items of the passage the checker found a clause in: its anchor first, then what the
    anchor introduces (a heading's section, a label's row, a sentence's neighbours)."""
    if not result.evidence or result.status not in ("present", "incomplete"):
        return []
    first = result.evidence[0]
    for i, item in enumerate(view.items):
        if item.passage.index == first.passage:
            anchor = view.items[i]
            if anchor.heading_level is not None or anchor.label_of_row:
                return [i] + view.region(i)
            return view.window(i)
    return []


def _units(view, indices):
    """(item index, sentence as written, sentence case-folded) of the items ``indices``; each
    item is split once per document (every value looks through the same items)."""
    cache = view.__dict__.setdefault("_value_sentences", {})
    for i in indices:
        if i not in cache:
            item = view.items[i]
            text = item.shown
            if item.heading_level is not None or item.label_of_row:
                text = text.partition(":")[2]
            cache[i] = [(sentence, sentence.casefold()) for sentence in sentences(text)]
        for sentence, folded in cache[i]:
            yield i, sentence, folded


def _found(view, name, spec, indices, need_cue: bool, skip=()):
    cue, stop = _CUES[name]
    for i, raw, text in _units(view, indices):
        if i in skip:
            continue
        if stop is not None and stop.search(text):
            continue
        if need_cue and (cue is None or not cue.search(text)):
            continue
        got = _read(name, spec["kind"], spec, text, raw)
        if got is not None:
            yield i, raw, got


def _evidence(view, i, raw):
    from .checker import _evidence as quote
    return quote(view, i, raw)


def _supplements(view, region, salary_sentence) -> list[tuple[str, Decimal]]:
    """Each supplement in the salary clause's passage: a sentence with an amount that says it is a
    supplement, described by its label («Fast tillegg: kr 40 000») or else by the sentence."""
    cue, stop = SUPPLEMENT
    out = []
    for i, raw, text in _units(view, [i for i in region if view.items[i].heading_level is None]):
        label = LABEL.match(raw)
        if raw == salary_sentence or stop.search(text) or not (label or cue.search(text)):
            continue
        found = amounts(label.group(2).casefold() if label else text)
        if found:
            out.append((label.group(1).strip() if label else raw, found[0][0]))
    return out


def read(view, results: dict) -> tuple[dict[str, Value | None], list[tuple[str, Value, Value]]]:
    """Each value the draft agrees (None where it states none), read from the clause's own passage
    first and from a sentence that names it elsewhere; and each pair of different values stated
    for the same thing (name, first, second)."""
    values: dict[str, Value | None] = {}
    sentence: dict[str, str] = {}  # the sentence each value was read from
    conflicts = []
    body = [i for i in range(len(view.items)) if view.items[i].passage.part in ("body", "textbox")]
    for name, spec in _DATA["values"].items():
        result = results.get(spec["clause"])
        region = _region(view, result) if result is not None else []
        if spec["kind"] == "reduction":
            values[name] = _reduction(view, region, name)
            continue
        own = next(_found(view, name, spec, region, need_cue=spec.get("cue") is not None), None)
        if own is None and spec["kind"] != "text":
            own = next(_found(view, name, spec, region, need_cue=False), None)
        if own is None and spec.get("cue") and spec["kind"] != "text":
            own = next(_found(view, name, spec, body, need_cue=True), None)
        if own is None:
            values[name] = None
            continue
        i, raw, (value, unit) = own
        values[name] = Value(name, value, unit, _evidence(view, i, raw))
        sentence[name] = raw
        if spec.get("cue") and spec["kind"] != "text":
            replaced = set()
            for j, other_raw, (other, other_unit) in _found(view, name, spec, body, need_cue=True):
                current = values[name]
                if (other, other_unit) == (current.value, current.unit) or (other, other_unit) in replaced:
                    continue
                found = Value(name, other, other_unit, _evidence(view, j, other_raw))
                if j > i and REPLACES.search(view.items[j].norm):  # an amendment states the value agreed now
                    replaced.add((current.value, current.unit))
                    values[name], i, sentence[name] = found, j, other_raw
                    continue
                conflicts.append((name, current, found))
                break
    region = _region(view, results["salary"]) if "salary" in results else []
    found = _supplements(view, region, sentence.get("annual_salary"))
    values["supplements"] = Value("supplements", found, "NOK", _evidence(view, region[0], None)) if found else None
    return values, conflicts


def _reduction(view, region, name) -> Value | None:
    for i, raw, text in _units(view, region):
        if NO_REDUCTION.search(text):
            return Value(name, False, None, _evidence(view, i, raw))
        if REDUCTION.search(text):
            return Value(name, True, None, _evidence(view, i, raw))
    return None


# --- rules on the values ------------------------------------------------------------------

LIMITS = _DATA["limits"]


def findings(values: dict[str, Value | None], conflicts) -> list:
    """The findings on the values: each with the rule's legal basis in its message."""
    from .checker import Finding

    out = []
    probation = values.get("probation_months")
    if probation and probation.value > LIMITS["probation_months_max"]:
        out.append(Finding("probation_too_long", "error", {"months": probation.value}, (probation.evidence,)))
    years, end, start = (values.get(n) for n in ("fixed_term_years", "fixed_term_end", "start_date"))
    least = LIMITS["fixed_term_years_min"]
    if years and years.value < least:
        out.append(Finding("fixed_term_too_short", "error", {"years": years.value}, (years.evidence,)))
    elif not years and end and start and end.value < _add_years(start.value, least) - dt.timedelta(days=1):
        out.append(Finding("fixed_term_too_short", "error",
                           {"years": round((end.value - start.value).days / 365.25, 1)}, (start.evidence, end.evidence)))
    notice = values.get("notice")
    if notice and (notice.value < LIMITS["notice_months_min"] if notice.unit == "months"
                   else notice.value < LIMITS["notice_weeks_min"]):
        out.append(Finding("notice_too_short", "error", {"value": notice.value, "unit": _unit(notice.unit)},
                           (notice.evidence,)))
    decision = values.get("council_decision_date")
    if start and decision and start.value < decision.value:
        out.append(Finding("start_before_decision", "warning",
                           {"start": _dates(start.value), "decision": _dates(decision.value)},
                           (start.evidence, decision.evidence)))
    from .messages import LANGUAGES, text

    for name, first, second in conflicts:
        out.append(Finding("conflicting_values", "warning",
                           {"name": {lang: text(f"value_{name}", lang) for lang in LANGUAGES},
                            "first": shown(first.value), "second": shown(second.value)},
                           (first.evidence, second.evidence)))
    return out


def _unit(unit: str | None) -> dict[str, str]:
    from .messages import LANGUAGES, text
    return {lang: text(f"unit_{unit}", lang) for lang in LANGUAGES} if unit else {lang: "" for lang in ("nb", "nn", "en")}


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
