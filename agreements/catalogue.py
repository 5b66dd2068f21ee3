"""The clause catalogue (schemas/clauses.yaml) and checker rules, validated and compiled once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import cerberus

from . import resources


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(5):  # macros may use macros
        new = re.sub(r"<<(\w+)>>", lambda m: macros[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"macro loop in {pattern!r}")


def _flags_for_folded_text(pattern: str, flags: int) -> int:
    """Texts are case-folded before matching, so a pattern written in lower case needs no
    IGNORECASE (which makes Python's matcher about three times slower); one with capitals of
    its own (outside escapes such as \\S) keeps it."""
    literal = re.sub(r"\\.", "", pattern)
    return flags if literal != literal.casefold() else flags & ~re.IGNORECASE


@dataclass(frozen=True)
class Group:
    """One piece of a clause's substance: its id (as in JSON reports), its name in each language
    («Mangler: …») and the patterns that find it."""

    name: str
    label: dict[str, str]
    patterns: tuple[re.Pattern, ...]
    detail: dict[str, str] | None = None  # a recommended detail (why, per language), not the minimum

    def search(self, text: str) -> re.Match | None:
        for pattern in self.patterns:
            match = pattern.search(text)
            if match:
                return match
        return None


@dataclass(frozen=True)
class Clause:
    id: str
    level: str
    legal_basis: str
    title: dict[str, str]
    not_applicable: dict[str, str]  # law_if: "the condition does not hold in the draft", per language
    headings: tuple[re.Pattern, ...]
    mentions: tuple[re.Pattern, ...]
    topics: tuple[re.Pattern, ...]
    substance: tuple[Group, ...]
    excluded: tuple[re.Pattern, ...] = field(default=())
    applies: tuple[re.Pattern, ...] = field(default=())
    negated: tuple[re.Pattern, ...] = field(default=())

    @property
    def minimum(self) -> tuple[Group, ...]:
        """The substance that makes the clause present."""
        return tuple(g for g in self.substance if g.detail is None)

    @property
    def details(self) -> tuple[Group, ...]:
        """The recommended detail: noted when absent, never a reason to fail."""
        return tuple(g for g in self.substance if g.detail is not None)

    def substance_label(self, name: str, lang: str) -> str:
        """The name of this clause's substance group ``name`` in ``lang``."""
        return next(g.label for g in self.substance if g.name == name)[lang]


@dataclass(frozen=True)
class Content:
    """What counts as content where a catalogue requires it (check_rules.yaml, `content`)."""

    guidance_styles: frozenset[str]  # case-folded style names; such paragraphs are not read
    min_words: int
    guidance: tuple[re.Pattern, ...]
    empty: tuple[re.Pattern, ...]
    postponed: tuple[re.Pattern, ...]
    postponed_max_words: int

    def says_something(self, norm: str, min_words: int | None = None) -> bool:
        """Whether normalised text is content: words enough (``min_words``, default the data's;
        0: any letter or figure, as «100 %» or «01.05.2026» in a table), not an instruction left
        from a form, not a dash or «ingen», not a matter put off to a later meeting."""
        words = [w for w in norm.split() if sum(c.isalpha() for c in w) >= 2]
        least = self.min_words if min_words is None else min_words
        if len(words) < least or not any(c.isalnum() for c in norm) or any(p.search(norm) for p in self.guidance):
            return False
        if any(p.fullmatch(norm.strip()) for p in self.empty):
            return False
        return not (len(words) <= self.postponed_max_words and any(p.search(norm) for p in self.postponed))


@dataclass(frozen=True)
class Rules:
    clauses: tuple[Clause, ...]
    placeholders: tuple[re.Pattern, ...]
    forms: dict[str, tuple[re.Pattern, ...]]
    form_min_each: int
    form_min_share: float
    heading_prefix: re.Pattern
    heading_max_chars: int
    signature_line: re.Pattern
    contents_line: re.Pattern  # a line of a table of contents: dots that lead to a page number, not a blank
    report_blanks: bool  # minutes templates are meant to have empty cells
    require_content: bool  # minutes: a heading or mention counts only with content under it
    content: Content
    legal_basis_nn: dict[str, str]

    def legal_basis(self, clause: Clause, lang: str) -> str:
        """The clause's legal basis as the language form writes it."""
        text = clause.legal_basis
        if lang == "nn":
            for nb, nn in self.legal_basis_nn.items():
                text = text.replace(nb, nn)
        return text

    def clause(self, clause_id: str) -> Clause:
        return next(c for c in self.clauses if c.id == clause_id)


class CatalogueError(Exception):
    """The bundled catalogue is broken: a fault of the installation, not of the user."""


CATALOGUES = {"agreement": "clauses.yaml", "minutes": "minutes_clauses.yaml"}


@functools.cache
def rules(kind: str = "agreement") -> Rules:
    """The validated, compiled catalogue for a kind of document (raises CatalogueError when the
    data is inconsistent)."""
    check = resources.load_yaml("check_rules.yaml")
    macros = check["macros"]
    data = resources.load_yaml(CATALOGUES[kind])
    validator = cerberus.Validator(resources.load_yaml("catalogue.schema.yaml")["schema"])
    if not validator.validate(data):
        raise CatalogueError(f"{CATALOGUES[kind]}: {validator.errors}")
    ids = [c["id"] for c in data["clauses"]]
    if len(ids) != len(set(ids)):
        raise CatalogueError("clauses.yaml: duplicate clause ids")
    for c in data["clauses"]:
        if c["level"] == "law_if" and "not_applicable" not in c:
            raise CatalogueError(f"{CATALOGUES[kind]}: {c['id']} is law_if without `not_applicable`")
        names = [g["name"] for g in c["detect"]["substance"]]
        if len(names) != len(set(names)):
            raise CatalogueError(f"{CATALOGUES[kind]}: {c['id']} names a substance group twice")

    def compile_all(patterns, flags=re.IGNORECASE, starts: str = ""):
        """All patterns of a list as one alternation: one search per text instead of many.
        ``starts``: the characters every match begins with, so other positions are skipped at once."""
        if not patterns:
            return ()
        try:
            joined = "|".join(f"(?:{_expand(p, macros)})" for p in patterns)
            if starts:
                joined = f"(?=[{re.escape(starts)}])(?:{joined})"
            return (re.compile(joined, _flags_for_folded_text(joined, flags)),)
        except (re.error, KeyError):  # name the pattern at fault (compiling each costs time otherwise)
            for pattern in patterns:
                try:
                    re.compile(_expand(pattern, macros))
                except (re.error, KeyError) as exc:
                    raise CatalogueError(f"{CATALOGUES[kind]}: pattern {pattern!r} does not compile: "
                                         f"{exc}") from None
            raise CatalogueError(f"{CATALOGUES[kind]}: patterns {patterns!r} do not compile together") from None

    clauses = tuple(
        Clause(
            id=c["id"], level=c["level"], legal_basis=c["legal_basis"], title=c["title"],
            not_applicable=c.get("not_applicable", {}),
            headings=compile_all(c["detect"]["headings"]),
            mentions=compile_all(c["detect"]["mentions"], re.IGNORECASE | re.MULTILINE),
            topics=compile_all(c["detect"].get("topics")),
            substance=tuple(Group(g["name"], g["label"], compile_all(g["any"]), g.get("detail"))
                            for g in c["detect"]["substance"]),
            excluded=compile_all(c["detect"].get("excluded")),
            applies=compile_all(c["detect"].get("applies")),
            negated=compile_all(c["detect"].get("negated")),
        )
        for c in data["clauses"]
    )
    forms = check["language_forms"]
    return Rules(
        clauses=clauses,
        placeholders=compile_all(check["placeholders"], 0, check["placeholder_starts"]),
        forms={lang: compile_all(forms[lang]) for lang in ("nb", "nn")},
        form_min_each=forms["min_each"],
        form_min_share=forms["min_share"],
        heading_prefix=re.compile(check["heading_prefix"],
                                  _flags_for_folded_text(check["heading_prefix"], re.IGNORECASE)),
        heading_max_chars=check["heading_max_chars"],
        signature_line=re.compile(check["signature_line"], re.IGNORECASE),
        contents_line=re.compile(check["contents_line"]),
        report_blanks=data.get("report_blanks", True),
        require_content=data.get("require_content", False),
        content=Content(
            guidance_styles=frozenset(name.casefold() for name in check["content"]["guidance_styles"]),
            min_words=check["content"]["min_words"],
            guidance=compile_all(check["content"]["guidance"]),
            empty=tuple(re.compile(p) for p in check["content"]["empty"]),
            postponed=compile_all(check["content"]["postponed"]),
            postponed_max_words=check["content"]["postponed_max_words"],
        ),
        legal_basis_nn=check["legal_basis_nn"],
    )
