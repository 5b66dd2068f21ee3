"""Checking any .docx: each catalogue clause found present, incomplete or missing, with evidence."""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue, inputfile, wordxml
from .norwegian_ids import find_fnr, mask
from .problems import ExitCode, UnreadableDocument, error

PRESENT, INCOMPLETE, MISSING, NOT_APPLICABLE = "present", "incomplete", "missing", "not_applicable"
STATUSES = (PRESENT, INCOMPLETE, MISSING, NOT_APPLICABLE)
# the levels whose missing or incomplete clauses make a check fail: normally, and with --strict
DECIDING_LEVELS = {False: ("law", "law_if"), True: ("law", "law_if", "ks")}
_RANK = {PRESENT: 2, INCOMPLETE: 1, MISSING: 0}
_TRANSLATE = {0xA0: " ", 0x202F: " ", 0x2007: " ", 0x2009: " ", 0x2002: " ", 0x2003: " ",
              0xAD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x2060: None,
              0x2011: "-", 0x2010: "-", 0x2019: "'", 0x00AB: '"', 0x00BB: '"'}
_SPECIAL = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")
_REPLACE = {chr(code): to or "" for code, to in _TRANSLATE.items()}
_SNIPPET = 140
_BODY_PARTS = ("body", "textbox")  # where headings and sections are; terms are read in every part

_TABLE_HEADING_LEVEL = 9  # a table row of one short cell heads the rows below it, in that table
_SENTENCE_END = re.compile(r"(?:^|(?<=[^\W\d]))[.!?](?=\s|$)")  # after a word, not after a figure («kl. 9.»)


TIME_LIMIT = 5.0  # seconds one document may take in check or lint-template (a normal one: 0.01 s)
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)


class _TimeUp(Exception):
    pass


def _tick() -> None:
    """Stop when the time limit of the document being checked has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise _TimeUp


@contextlib.contextmanager
def time_limit(seconds: float | None, name: str):
    """Work on document ``name`` for at most ``seconds``: the checker looks at the clock between
    steps, and in the main thread a timer also interrupts a step that runs long (a regular
    expression, a parse). Past the limit: UnreadableDocument with exit code TIME_LIMIT."""
    if not seconds:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + seconds)
    hard = threading.current_thread() is threading.main_thread() and \
        signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    if hard:
        def _interrupt(*_):
            raise _TimeUp
        previous = signal.signal(signal.SIGALRM, _interrupt)
        signal.setitimer(signal.ITIMER_REAL, seconds + 0.5)
    try:
        yield
    except _TimeUp:
        raise UnreadableDocument(error("doc_time_limit", file=name, seconds=f"{seconds:g}"),
                                 ExitCode.TIME_LIMIT) from None
    finally:
        if hard:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _DEADLINE.reset(token)


def display(text: str) -> str:
    """Text as shown in evidence: invisible characters removed, whitespace folded."""
    text = _SPECIAL.sub(lambda m: _REPLACE[m.group(0)], text)  # str.translate is slower on long text
    return " ".join(text.split())  # the same whitespace as \s, folded and stripped


MATCH_CHARS = 20_000  # a clause paragraph is far shorter; this bounds the time of any match


def normalize(text: str) -> str:
    """Text as matched: ``display`` and case-folded (at most MATCH_CHARS characters)."""
    return display(text[:MATCH_CHARS * 2])[:MATCH_CHARS].casefold()


@dataclass(frozen=True)
class Evidence:
    """A passage quoted, and where it stands: its position in the package, the clause heading it
    stands under (with the number the document gives it) and, in a table, the label of its row.
    The words that say where («punkt 10 «Lønn»») are the report's, in its language."""

    part: str  # body | textbox | header | footer | footnote | endnote
    heading: str  # the heading or table label it stands under (a heading or label: itself)
    snippet: str
    position: wordxml.Position | None = None
    passage: int = -1  # index of the passage (wordxml.read_passages)
    section_number: str = ""  # the number of the clause heading above it, as written («10.», «§ 4»)
    section_title: str = ""  # that heading's text, without its typed number
    row_label: str = ""  # in a table: the text of its row's first cell

    def as_dict(self) -> dict:
        location = self.position.as_dict() if self.position is not None else {}
        location["section"] = {"number": self.section_number, "title": self.section_title} \
            if self.section_title else None
        location["row"] = self.row_label or None
        return {"part": self.part, "location": location, "heading": self.heading, "snippet": self.snippet}


@dataclass
class ClauseResult:
    clause: catalogue.Clause
    status: str
    applicable: bool
    evidence: list[Evidence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # groups of the minimum not found
    notes: list[str] = field(default_factory=list)  # message codes
    details_missing: list[str] = field(default_factory=list)  # recommended detail not found
    extent: tuple[int, int] | None = None  # (first, last) passage index of the text it was found in

    @property
    def id(self) -> str:
        return self.clause.id

    @property
    def level(self) -> str:
        return self.clause.level

    def fails(self, strict: bool = False) -> bool:
        return self.applicable and self.level in DECIDING_LEVELS[strict] and \
            self.status in (MISSING, INCOMPLETE)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # error | warning | info
    params: dict = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass
class Report:
    file: str
    form: str  # nb | nn | mixed | unknown
    clauses: list[ClauseResult]
    findings: list[Finding]
    kind: str = "agreement"  # agreement | minutes
    values: dict = field(default_factory=dict)  # name → values.Value or None (agreements only)
    tables: int = 0  # tables in the body: one is «the table»

    @property
    def strict_always(self) -> bool:
        """Minutes have no clause required by law: the KS parts are what they must contain."""
        return self.kind == "minutes"

    def deciding_levels(self, strict: bool = False) -> tuple[str, ...]:
        """The levels whose missing or incomplete clauses make this report fail."""
        return DECIDING_LEVELS[strict or self.strict_always]

    def result(self, clause_id: str) -> ClauseResult:
        return next(c for c in self.clauses if c.id == clause_id)

    def failing(self, strict: bool = False) -> list[ClauseResult]:
        return [c for c in self.clauses if c.fails(strict or self.strict_always)]

    def passed(self, strict: bool = False) -> bool:
        return not self.failing(strict) and not any(f.severity == "error" for f in self.findings)


# --- the document as units of text ---------------------------------------------------------

@dataclass
class _Item:
    passage: wordxml.Passage
    shown: str  # display text of the chosen view
    norm: str  # normalised text of the chosen view
    heading_level: int | None = None  # set when this item is a heading
    heading_norm: str = ""  # heading text without numbering, normalised
    label_of_row: bool = False
    column_header: bool = False  # a cell of a table's header row («Mål | Resultat | Vurdering»)
    section: int = -1  # index of the heading item this item belongs to
    nearest: str = ""  # display text of the nearest heading above


class _View:
    """One reading of the document (changes accepted, or rejected) with its sections."""

    def __init__(self, passages: list[wordxml.Passage], original: bool, rules: catalogue.Rules):
        self.rules = rules
        self.items = []
        for p in passages:
            if p.style.casefold() in rules.content.guidance_styles:
                continue  # guidance for whoever fills in a template is not the document's text
            raw = p.original if original else p.text
            shown = display(raw)
            if shown:
                self.items.append(_Item(p, shown, shown[:MATCH_CHARS].casefold()))
        self._holes: dict[int, list[str]] = {}
        self._rows: dict[tuple[int, int], list[int]] = {}
        for i, item in enumerate(self.items):
            cell = item.passage.cell
            if cell:
                self._rows.setdefault((cell[0], cell[1]), []).append(i)
        self._mark_column_headers()
        self._mark_headings()
        self.headed = [i for i, item in enumerate(self.items)
                       if item.heading_level is not None or item.label_of_row]
        self.running = [i for i, item in enumerate(self.items)
                        if item.heading_level is None]  # a page header or footer states terms too

    def row_items(self, cell: tuple[int, int, int]) -> list[int]:
        """The items of the table row that holds ``cell``."""
        return self._rows.get((cell[0], cell[1]), [])

    def holes(self, i: int) -> list[str]:
        """Blanks left in item ``i`` (a line to sign or date by hand, or the dots of a table of
        contents, are not)."""
        if i not in self._holes:
            shown = self.items[i].shown
            self._holes[i] = [] if self.rules.signature_line.match(shown) or self.rules.contents_line.match(shown) else [
                m.group(0) for pattern in self.rules.placeholders for m in pattern.finditer(shown)]
        return self._holes[i]

    def _mark_column_headers(self) -> None:
        """The first row of a table of records (three rows or more) whose cells are short and
        without figures, and bold or three or more, names the columns: neither a label nor content
        (a label and its value in the first row of a two-column table are not such a row)."""
        rows_per_table: dict[int, int] = {}
        for table, _ in self._rows:
            rows_per_table[table] = rows_per_table.get(table, 0) + 1
        for (table, row), members in self._rows.items():
            if row != 1 or rows_per_table[table] < 3 or len({self.items[j].passage.cell for j in members}) < 2:
                continue
            texts = [self.items[j].shown for j in members]
            columns = len({self.items[j].passage.cell for j in members})
            if (all(self.items[j].passage.bold for j in members) or columns >= 3) and \
                    all(len(t.split()) <= 5 and not any(c.isdigit() for c in t) and not t.endswith(".") for t in texts):
                for j in members:
                    self.items[j].column_header = True

    def _heading_text(self, norm: str) -> str:
        text = norm
        for _ in range(3):
            stripped = self.rules.heading_prefix.sub("", text, count=1)
            if stripped == text:
                break
            text = stripped
        return text.strip(" :.–-\t")

    def _level(self, item: _Item) -> int | None:
        p, text = item.passage, item.shown
        if p.part not in _BODY_PARTS or len(text) > self.rules.heading_max_chars:
            return None
        if p.cell is not None:
            row = self._rows.get((p.cell[0], p.cell[1]), [])
            if item.column_header:
                return None
            if len(row) == 1 and len(text) <= 60 and not text.endswith((".", ",", ";")) \
                    and self._multi_cell_rows(p.cell[0]):
                return _TABLE_HEADING_LEVEL  # a row of its own heads the rows below it
            item.label_of_row = p.cell[2] == 1 and len(row) > 1 and len(text) <= 60
            return None
        if p.heading_level:
            return p.heading_level
        if text.endswith((".", ",", ";")):
            return None
        numbered = re.match(r"^(?:§\s*)?(\d{1,2}(?:\.\d{1,2})*)\.?\s+[^\W\d_]", text)
        if numbered and len(text) <= 70 and not text.endswith("."):
            return numbered.group(1).count(".") + 1
        letters = [c for c in text if c.isalpha()]
        if p.bold and len(text) <= 70:
            return 1
        if len(letters) >= 3 and all(c.isupper() for c in letters) and len(text) <= 70:
            return 1
        return None

    def _mark_headings(self) -> None:
        current, nearest = -1, ""
        outside = None  # (current, nearest) before the table whose own headings are in force
        for i, item in enumerate(self.items):
            if outside is not None and item.passage.cell is None:
                (current, nearest), outside = outside, None  # a table's headings end with it
            level = self._level(item)
            if level is not None:
                item.heading_level = level
                item.heading_norm = self._heading_text(item.norm)
                if level == _TABLE_HEADING_LEVEL and outside is None:
                    outside = (current, nearest)
                current, nearest = i, item.shown
            elif item.label_of_row:
                item.heading_norm = self._heading_text(item.norm)
            if item.passage.part not in _BODY_PARTS:
                current, nearest = -1, ""
            item.section, item.nearest = current, nearest if level is None else item.shown

    def _multi_cell_rows(self, table: int) -> bool:
        return any(t == table and len(members) > 1 for (t, _), members in self._rows.items())

    def region(self, i: int) -> list[int]:
        """Indices of the items a heading (or a table label cell) introduces; a heading inside a
        table introduces only rows of its own table."""
        item = self.items[i]
        if item.label_of_row:
            cell = item.passage.cell
            return [j for j in self._rows[(cell[0], cell[1])] if j != i]
        table = item.passage.cell[0] if item.passage.cell is not None else None
        out = []
        for j in range(i + 1, len(self.items)):
            other = self.items[j]
            if other.passage.part != item.passage.part:
                break
            if table is not None and (other.passage.cell is None or other.passage.cell[0] != table):
                break
            if other.heading_level is not None and other.heading_level <= item.heading_level:
                break
            out.append(j)
        return out

    def window(self, i: int) -> list[int]:
        """A sentence's neighbourhood for substance: its table row, or it and the next two."""
        item = self.items[i]
        if item.passage.cell is not None:
            return self._rows.get((item.passage.cell[0], item.passage.cell[1]), [i])
        out = [i]
        for j in range(i + 1, min(i + 3, len(self.items))):
            other = self.items[j]
            if other.heading_level is not None or other.passage.part != item.passage.part \
                    or other.passage.cell is not None:
                break
            out.append(j)
        return out

    def units(self):
        """Text units for conditions: table rows, headings with their first sentence, sentences."""
        seen_rows = set()
        for i, item in enumerate(self.items):
            if item.passage.part not in _BODY_PARTS:
                continue
            cell = item.passage.cell
            if cell is not None:
                key = (cell[0], cell[1])
                if key not in seen_rows:
                    seen_rows.add(key)
                    yield " : ".join(self.items[j].norm for j in self._rows[key])
            elif item.heading_level is not None:
                following = self.region(i)[:1]
                yield "\n".join([item.norm] + [self.items[j].norm for j in following])
            else:
                yield item.norm


def _snippet(text: str, match: re.Match | None) -> str:
    if len(text) <= _SNIPPET:
        return text
    start = max(0, (match.start() if match else 0) - 40)
    if start:
        space = text.find(" ", start, start + 20)
        start = space + 1 if space != -1 else start
    piece = text[start:start + _SNIPPET]
    return ("…" if start else "") + piece + ("…" if start + _SNIPPET < len(text) else "")


def _any(patterns, text: str) -> re.Match | None:
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return m
    return None


class _Evaluation:
    def __init__(self, status, evidence, missing, notes, details_missing=(), extent=None):
        self.status, self.evidence, self.missing, self.notes = status, evidence, missing, notes
        self.details_missing = list(details_missing)
        self.extent = extent  # (first, last) passage index of the text judged


def _evidence(view: _View, i: int, text: str | None = None, match=None, heading: str | None = None) -> Evidence:
    """Item ``i`` quoted (around ``match``), under ``heading`` (default: the heading or table
    label it stands under; a heading or label cell stands under itself), with where it stands."""
    item = view.items[i]
    if heading is None:
        heading = item.shown if item.heading_level is not None or item.label_of_row else item.nearest
    number = title = row = ""
    if item.section >= 0:
        section = view.items[item.section]
        number = section.passage.number or ""
        title = section.shown
        typed = wordxml.typed_number(title)
        if typed and typed == number:
            title = title[title.index(typed) + len(typed):].strip(" :.–-\t")
    cell = item.passage.cell
    if cell is not None:
        first = [j for j in view.row_items(cell) if view.items[j].passage.cell[2] == 1]
        if first and view.items[first[0]].label_of_row:
            row = view.items[first[0]].shown
    return Evidence(item.passage.part, heading, _snippet(text if text is not None else item.shown, match),
                    item.passage.position, item.passage.index, number, title, row)


def _placeholders(view: _View, indices) -> list[str]:
    return [hole for j in indices for hole in view.holes(j)]


def _foreign(view: _View, clause: catalogue.Clause, text: str) -> int:
    """Where another clause is named in ``text`` (its length when none is): what follows a
    mention belongs to it only up to there."""
    starts = [m.start() for other in view.rules.clauses if other is not clause
              for m in (_any(other.headings, text), _any(other.mentions, text)) if m]
    return min(starts, default=len(text))


def _says_something(view: _View, j: int, min_words: int | None = None) -> bool:
    """Whether item ``j`` is content: not a heading or column name, and something is left once
    its blanks («[beskriv tiltak]», «___») are taken out."""
    item = view.items[j]
    if item.heading_level is not None or item.column_header:
        return False
    text = item.norm
    for hole in view.holes(j):
        text = text.replace(hole.casefold(), " ")
    return view.rules.content.says_something(text, min_words)


def _only_a_heading(view: _View, anchor: int, indices: list[int]) -> bool:
    """A heading or table label with nothing written under it (text after a colon in the heading
    itself, «Lønn: 1 100 000 kr», is written under it)."""
    item = view.items[anchor]
    if item.heading_level is None and not item.label_of_row:
        return False
    own = item.norm.partition(":")[2]
    return not (own.strip() and view.rules.content.says_something(own, 0)) and \
        not any(_says_something(view, j, 0) for j in indices if j != anchor)


def _has_content(view: _View, clause: catalogue.Clause, anchor: int, indices: list[int],
                 mention: re.Match | None) -> bool:
    """Whether something is written for the clause, not only its heading or its name (in an
    agenda, an introduction, a list of themes): under a heading or label, a passage that says
    something; after a mention, the words up to the next clause named, or the lines that follow."""
    item = view.items[anchor]
    if item.heading_level is not None or item.label_of_row or mention is None:
        return any(_says_something(view, j) for j in indices if j != anchor)
    if any(p.search(item.norm) for p in view.rules.content.guidance):
        return False  # named in guidance left from a form
    end = mention.end()
    while end < len(item.norm) and item.norm[end].isalnum():
        end += 1  # a pattern may stop inside a word («rutin» of «rutiner»)
    rest = _SENTENCE_END.split(item.norm[end:], maxsplit=1)[0]  # the mention's own sentence
    cut = _foreign(view, clause, rest)
    if view.rules.content.says_something(rest[:cut]):
        return True
    if cut < len(rest) or any(c.isalnum() for c in rest):
        return False  # the name stands in a list, or is followed by nothing worth the name
    for j in indices:
        if j <= anchor:
            continue
        if _foreign(view, clause, view.items[j].norm) == 0:
            break
        if _says_something(view, j):
            return True
    return False


def _judge(view: _View, clause: catalogue.Clause, anchor: int, indices: list[int],
           own: list[int] | None = None, mention: re.Match | None = None) -> _Evaluation:
    """Judge a clause from its text ``indices``; blanks count only within ``own`` (default: all).
    ``mention``: the match that made a running sentence the anchor."""
    # the substance is what is written, not the heading that names the clause («Taushetsplikt»
    # says nothing by itself); a heading's own text after a colon («Lønn: 1 100 000 kr») counts, and
    # a table label is the subject of the value beside it («Permisjon | Etter Hovudtariffavtalen»)
    head = view.items[anchor]
    named = head.heading_level is not None
    texts = [view.items[j].norm if j != anchor or not named else head.norm.partition(":")[2] for j in indices]
    joined = "\n".join(texts)
    missing = [g.name for g in clause.minimum if g.search(joined) is None]
    details_missing = [g.name for g in clause.details if g.search(joined) is None]
    with_holes = [j for j in (own if own is not None else indices)
                  if (j != anchor or view.items[j].heading_level is None) and view.holes(j)]
    holes = _placeholders(view, with_holes)
    notes = ["placeholder"] if holes else []
    # evidence: the anchor (a heading, a label cell or a sentence), then what carries the
    # substance, then the first blank; a passage under a heading or label is quoted under it
    anchor_item = view.items[anchor]
    under = anchor_item.shown if anchor_item.heading_level is not None or anchor_item.label_of_row else None
    body = [j for j in indices if j != anchor and view.items[j].heading_level is None
            and not view.items[j].column_header]
    substance = [p for g in clause.substance for p in g.patterns]
    evidence, quoted = [_evidence(view, anchor, None, None if under else _any(substance, anchor_item.norm))], {anchor}

    def quote(j: int, match=None):
        if j not in quoted:
            quoted.add(j)
            evidence.append(_evidence(view, j, view.items[j].shown, match, under))

    for j in body:
        m = _any(substance, view.items[j].norm)
        if m:
            quote(j, m)
            break
    if with_holes:  # the passage with the first blank, around the blank
        j = with_holes[0]
        quote(j, re.search(re.escape(view.holes(j)[0]), view.items[j].shown))
    if len(evidence) == 1 and body:
        quote(body[0])
    if clause.negated and _any(clause.negated, joined) and missing:
        return _Evaluation(MISSING, evidence, missing, ["stated_not_agreed"])
    if view.rules.require_content and not _has_content(view, clause, anchor, indices, mention):
        return _Evaluation(MISSING, evidence[:1], [g.name for g in clause.minimum], ["no_content"])
    extent = (min(view.items[j].passage.index for j in indices), max(view.items[j].passage.index for j in indices))
    if _only_a_heading(view, anchor, indices):  # a heading names a clause; it does not make one
        return _Evaluation(INCOMPLETE, evidence[:1], [g.name for g in clause.minimum], ["no_content"], (), extent)
    status = PRESENT if not missing and not _minimum_in_a_blank(view, clause, indices, texts, with_holes) else INCOMPLETE
    return _Evaluation(status, evidence, missing, notes, details_missing if status == PRESENT else (), extent)


_CLAUSE_PART = re.compile(r"[,;\n]|(?<=[^\W\d])\.(?=\s|$)")  # a sentence's parts: between commas, semicolons, full stops


def _minimum_in_a_blank(view: _View, clause: catalogue.Clause, indices: list[int], texts: list[str],
                        with_holes: list[int]) -> bool:
    """Whether a blank stands where the clause's minimum should be: the minimum is not all found
    in the parts of the text (between commas, semicolons, full stops) that hold no blank. A blank in
    a recommended detail («til [dato]» after «4 år», «org.nr. [nummer]») leaves the clause present
    with a note."""
    if not with_holes:
        return False
    holes = {j: [hole.casefold() for hole in view.holes(j)] for j in with_holes}
    clean = []
    for j, text in zip(indices, texts):
        parts = _CLAUSE_PART.split(text)
        clean += [part for part in parts if not any(hole in part for hole in holes.get(j, ()))]
    joined = "\n".join(clean)
    return any(g.search(joined) is None for g in clause.minimum)


def _evaluate(view: _View, clause: catalogue.Clause) -> _Evaluation:
    best: _Evaluation | None = None

    def consider(candidate: _Evaluation):
        nonlocal best
        if best is None or _RANK[candidate.status] > _RANK[best.status]:
            best = candidate

    _tick()
    for i in view.headed:
        if _any(clause.headings, view.items[i].heading_norm):
            consider(_judge(view, clause, i, [i] + view.region(i)))
            if best.status == PRESENT:
                return best
    for n, i in enumerate(view.running):
        if not n % 64:
            _tick()
        norm = view.items[i].norm
        # the rarest test first: most passages mention neither the clause nor its topic
        mentioned = _any(clause.mentions, norm)
        if mentioned is None and not (clause.topics and _any(clause.topics, norm)):
            continue
        if clause.excluded and _any(clause.excluded, norm) or clause.negated and _any(clause.negated, norm):
            continue
        if mentioned is not None:
            consider(_judge(view, clause, i, view.window(i), own=[i], mention=mentioned))
            if best.status == PRESENT:
                return best
        else:
            candidate = _judge(view, clause, i, [i])
            # a topic word alone proves nothing: such a sentence counts only with all the
            # clause's substance, its recommended detail included
            if candidate.status == PRESENT and not candidate.details_missing:
                return candidate
    return best or _Evaluation(MISSING, [], [g.name for g in clause.minimum], [])


def _condition_holds(view: _View, clause: catalogue.Clause) -> bool:
    for unit in view.units():
        if _any(clause.applies, unit) and not _any(clause.negated, unit):
            return True
    return False


def _clause_results(view: _View, rules: catalogue.Rules) -> dict[str, ClauseResult]:
    results: dict[str, ClauseResult] = {}
    for clause in rules.clauses:
        found = _evaluate(view, clause)
        results[clause.id] = ClauseResult(clause, found.status, True, found.evidence, found.missing,
                                          found.notes, found.details_missing, found.extent)
    for clause in rules.clauses:
        if clause.level != "law_if":
            continue
        result = results[clause.id]
        if clause.applies:
            result.applicable = _condition_holds(view, clause)
        elif "employment_protection_waiver" in results:
            # severance pay: required when the waiver is there; terms given anyway are judged too
            result.applicable = results["employment_protection_waiver"].status in (PRESENT, INCOMPLETE) \
                or result.status in (PRESENT, INCOMPLETE)
        if not result.applicable and result.status != PRESENT:
            result.status, result.missing, result.evidence, result.notes = NOT_APPLICABLE, [], [], []
            result.details_missing, result.extent = [], None
        elif not result.applicable:
            result.notes.append("found_without_condition")
    return results


# --- document-wide findings ----------------------------------------------------------------

class _FormMarks:
    """Where the words only one language form uses (check_rules.yaml `language_forms`) stand:
    (item index, form, word) in document order, and how many of each form there are."""

    def __init__(self, view: _View, rules: catalogue.Rules):
        starts, offset = [], 0
        for item in view.items:
            starts.append(offset)
            offset += len(item.norm) + 1
        text = "\n".join(item.norm for item in view.items)  # no pattern spans a line break
        self.marks = sorted((bisect.bisect_right(starts, m.start()) - 1, m.start(), -m.end(), lang, m.group(0))
                            for lang, patterns in rules.forms.items() for p in patterns for m in p.finditer(text))
        self.counts = {lang: sum(1 for mark in self.marks if mark[3] == lang) for lang in rules.forms}

    def __getitem__(self, lang: str) -> int:
        return self.counts[lang]

    def by_item(self) -> dict[int, dict[str, list[str]]]:
        """Each item's words of each form (a word inside a longer one, «ikke» in «skal ikke»,
        is counted but not listed again)."""
        out: dict[int, dict[str, list[str]]] = {}
        for i, _, _, lang, word in self.marks:
            out.setdefault(i, {"nb": [], "nn": []})[lang].append(word)
        return out

    def words(self, i: int, lang: str) -> list[str]:
        return _outer([(start, neg_end, form, word) for item, start, neg_end, form, word in self.marks
                       if item == i and form == lang])


def _outer(marks: list[tuple[int, int, str, str]]) -> list[str]:
    """The words of (start, -end, form, word) marks sorted by place, leaving out those inside another."""
    out, reach = [], -1
    for start, neg_end, _, word in marks:
        if -neg_end > reach:
            out.append(word)
            reach = -neg_end
    return out


def form_words(text: str, rules: catalogue.Rules | None = None) -> dict[str, list[str]]:
    """The words of ``text`` that only one language form uses, per form, in the order they stand
    (a word inside a longer one, «ikke» in «skal ikke», only once)."""
    rules = rules or catalogue.rules()
    norm = normalize(text)
    found = sorted((m.start(), -m.end(), lang, m.group(0)) for lang, patterns in rules.forms.items()
                   for p in patterns for m in p.finditer(norm))
    return {lang: _outer([mark for mark in found if mark[2] == lang]) for lang in rules.forms}


def _language_form(view: _View, rules: catalogue.Rules) -> tuple[str, _FormMarks]:
    marks = _FormMarks(view, rules)
    counts = marks.counts
    total = sum(counts.values())
    if total == 0:
        return "unknown", marks
    rarer = min(counts.values())
    if rarer >= rules.form_min_each and rarer / total >= rules.form_min_share:
        return "mixed", marks
    return max(counts, key=counts.get), marks


def _form_findings(view: _View, form: str, marks: _FormMarks) -> list[Finding]:
    """A mixed document as a whole; in a document of one form, each passage whose words of the
    other form outnumber its own (a few bokmål sentences in a long nynorsk agreement)."""
    if form == "mixed":
        return [Finding("mixed_language_forms", "warning", {"nb": marks["nb"], "nn": marks["nn"]})]
    if form not in ("nb", "nn"):
        return []
    other = "nn" if form == "nb" else "nb"
    foreign = [(i, words[other]) for i, words in sorted(marks.by_item().items())
               if len(words[other]) > len(words[form])]
    if not foreign:
        return []
    from . import messages  # the names of the forms, in each language of the report

    def name(lang: str) -> dict[str, str]:
        return {shown: messages.text(f"form_{lang}", shown) for shown in messages.LANGUAGES}

    found = list(dict.fromkeys(word for i, _ in foreign for word in marks.words(i, other)))
    evidence = tuple(_evidence(view, i, view.items[i].shown, re.search(re.escape(words[0]), view.items[i].norm))
                     for i, words in foreign[:20])
    return [Finding("other_form_passages", "warning",
                    {"form": name(form), "other": name(other), "count": len(foreign),
                     "words": ", ".join(f"«{w}»" for w in found[:6])}, evidence)]


def _findings(passages, view: _View, results, form: str, counts, rules) -> list[Finding]:
    out: list[Finding] = []
    waiver = "employment_protection_waiver" in results and \
        results["employment_protection_waiver"].status in (PRESENT, INCOMPLETE)
    severance = "severance_pay" in results and results["severance_pay"].status in (PRESENT, INCOMPLETE)
    if waiver and not severance:
        out.append(Finding("waiver_without_severance", "error",
                           evidence=tuple(results["employment_protection_waiver"].evidence[:1])))
    if severance and not waiver:
        out.append(Finding("severance_without_waiver", "info",
                           evidence=tuple(results["severance_pay"].evidence[:1])))
    texts = [item.passage.text + " " + item.passage.deleted for item in view.items]
    # one search of the whole text first ("|" cannot join two passages into one number)
    for i, item in enumerate(view.items if find_fnr("|".join(texts)) else ()):
        for fnr in find_fnr(texts[i]):
            out.append(Finding("personal_id_in_document", "warning", {"masked": mask(fnr)},
                               (_evidence(view, i, item.shown.replace(fnr, mask(fnr))
                                          .replace(fnr[:6] + " " + fnr[6:], mask(fnr))),)))
    holes = []
    for i in range(len(view.items) if rules.report_blanks else 0):
        for hole in _placeholders(view, [i]):
            holes.append(_evidence(view, i, view.items[i].shown, re.search(re.escape(hole), view.items[i].shown)))
    if holes:
        out.append(Finding("placeholders", "warning", {"count": len(holes)}, tuple(holes[:20])))
    changed = [i for i, item in enumerate(view.items) if item.passage.inserted or item.passage.deleted]
    deleted_only = [p for p in passages if p.deleted and not display(p.text)]
    if changed or deleted_only:
        out.append(Finding("tracked_changes", "warning",
                           {"count": len(changed) + len(deleted_only)},
                           tuple(_evidence(view, i) for i in changed[:10])))
    out += _form_findings(view, form, counts)
    return out


def check_passages(passages: list[wordxml.Passage], name: str = "dokument", kind: str = "agreement") -> Report:
    """Check passages read from a .docx (the document is taken as if all changes were accepted)."""
    rules = catalogue.rules(kind)
    if not any(display(p.text + p.original) for p in passages):
        raise UnreadableDocument(error("doc_no_text", file=name), ExitCode.EMPTY_DOCUMENT)
    view = _View(passages, original=False, rules=rules)
    results = _clause_results(view, rules)
    if any(p.inserted or p.deleted for p in passages):
        before = _clause_results(_View(passages, original=True, rules=rules), rules)
        for cid, result in results.items():
            was = before[cid].status
            if result.status == PRESENT and was != PRESENT:
                result.notes.append("only_in_pending_insertion")
            elif result.status != PRESENT and was == PRESENT:
                result.notes.append("only_in_deleted_text")
    form, counts = _language_form(view, rules)
    findings = _findings(passages, view, results, form, counts, rules)
    agreed = {}
    if kind == "agreement":
        from . import values

        agreed, conflicts = values.read(view, results)
        findings += values.findings(agreed, conflicts)
    tables = len({p.position.cells[0][0] for p in passages if p.part in _BODY_PARTS and p.position.cells})
    return Report(name, form, [results[c.id] for c in rules.clauses], findings, kind, agreed, tables)


def check_bytes(data: bytes, name: str = "dokument", kind: str = "agreement",
                seconds: float | None = None) -> Report:
    """The report on a .docx given as bytes; reading and checking take at most ``seconds``."""
    with time_limit(seconds, name):
        return check_passages(wordxml.read_passages(data, name), name, kind)


def read_docx(path: str | Path) -> bytes:
    """A .docx from disk (only ever opened for reading), refused early when too large."""
    limit = wordxml.LIMITS["file_bytes"]
    return inputfile.read_bytes(path, limit, lambda: UnreadableDocument(
        error("doc_too_large", file=str(path), limit=limit // 2**20), ExitCode.TOO_LARGE))


def check_file(path: str | Path, kind: str = "agreement", seconds: float | None = TIME_LIMIT) -> Report:
    """Check a file on disk, within the time limit."""
    return check_bytes(read_docx(path), str(path), kind, seconds)


def _check_one(job: tuple[str, str]):
    """(path, kind) → a report, or the error that stopped it (picklable, for worker processes)."""
    from .problems import AgreementsError

    path, kind = job
    try:
        return check_file(path, kind)
    except AgreementsError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a bug met by one file must not stop the others
        return AgreementsError(error("internal_error", detail=type(exc).__name__), ExitCode.INTERNAL)


def check_many(paths, kind: str = "agreement", jobs: int = 1):
    """Reports (or errors) for many files, in input order; ``jobs`` > 1 uses worker processes."""
    work = [(str(p), kind) for p in paths]
    if jobs <= 1 or len(work) <= 1:
        return [_check_one(job) for job in work]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_check_one, work, chunksize=max(1, len(work) // (jobs * 8))))
