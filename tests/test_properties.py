"""Property-based tests: every valid input gives an agreement the checker passes, and removing any
one clause's section makes exactly that clause missing."""

from __future__ import annotations

import copy
import datetime as dt
import io
from decimal import Decimal

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements import checker, generate, inputfile, minutes, render, resources, validation
from agreements.problems import InvalidInput
from conftest import DELETE, set_path

CATALOGUE = resources.load_yaml("clauses.yaml")["clauses"]
TITLE_TO_ID = {c["title"]["nb"]: c["id"] for c in CATALOGUE}
LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéü"
# words that are not themselves clause vocabulary (cv, klp, ks …) or blanks (NN, XX)
DOMAIN_TOKENS = {"cv", "ks", "klp", "spk", "unio", "nn", "xx", "fast", "ferie", "verv", "lønn", "løn"}
words = st.text(alphabet=LETTERS, min_size=2, max_size=12).filter(lambda w: w.casefold() not in DOMAIN_TOKENS)
name = st.lists(words, min_size=1, max_size=4).map(" ".join)
free_text = st.lists(st.one_of(words, st.sampled_from(["&", "<", ">", '"', "'", "–", "§"])),
                     min_size=1, max_size=25).map(" ".join)


@st.composite
def inputs(draw, base):
    doc = copy.deepcopy(base)
    kind = draw(st.sampled_from(["kommune", "fylkeskommune"]))
    set_path(doc, "employer.kind", kind)
    set_path(doc, "employer.name", f"{draw(name)} {kind}")
    set_path(doc, "employee.name", draw(name))
    set_path(doc, "employer.signatory.name", draw(name))
    set_path(doc, "salary_review", {"body": draw(st.sampled_from(["formannskapet", "fylkesutvalget"])),
                                    "delegation_decision": draw(free_text)})
    start = draw(st.dates(dt.date(2026, 11, 1), dt.date(2030, 12, 31)))
    set_path(doc, "start_date", start)
    set_path(doc, "council_decision.date", start - dt.timedelta(days=draw(st.integers(1, 200))))
    set_path(doc, "signatures.date", DELETE)
    cents = draw(st.integers(500_000_00, 2_500_000_00))
    set_path(doc, "salary.annual", Decimal(cents) / 100)
    set_path(doc, "salary.supplements", [
        {"description": draw(free_text), "annual": Decimal(draw(st.integers(1_00, 200_000_00))) / 100}
        for _ in range(draw(st.integers(0, 3)))])
    set_path(doc, "employment.percentage", draw(st.integers(1, 100)))
    set_path(doc, "employment.form", "fast")
    set_path(doc, "fixed_term", DELETE)
    set_path(doc, "retreat_position", DELETE)
    if draw(st.booleans()):
        set_path(doc, "employment.form", "åremål")
        set_path(doc, "fixed_term", {"years": draw(st.integers(6, 12)), "renewable": draw(st.booleans())})
        if draw(st.booleans()):
            set_path(doc, "retreat_position", {"position": draw(free_text), "salary": draw(free_text),
                                               "duration": draw(free_text)})
    if draw(st.booleans()):
        set_path(doc, "probation", DELETE)
    else:
        set_path(doc, "probation", {"months": draw(st.integers(1, 6)),
                                    "extension_on_absence": draw(st.booleans())})
    waiver = draw(st.booleans())
    set_path(doc, "employment_protection_waiver.agreed", waiver)
    if waiver or draw(st.booleans()):
        set_path(doc, "severance_pay", {"months": draw(st.integers(1, 36)),
                                        "reduce_for_other_income": draw(st.booleans())})
    else:
        set_path(doc, "severance_pay", DELETE)
    set_path(doc, "development_dialogue.agreed", draw(st.booleans()))
    set_path(doc, "cv_publication.consent", draw(st.booleans()))
    set_path(doc, "notice.months", draw(st.integers(1, 12)))
    for section in ("position", "salary", "side_jobs", "changes", "working_time"):
        set_path(doc, f"{section}.additional_terms", draw(st.lists(free_text, max_size=2)))
    return doc


@pytest.fixture(scope="module")
def base(kommune_doc):
    return kommune_doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_valid_input_gives_an_agreement_that_passes_the_check(base, data):
    doc = data.draw(inputs(base))
    result = validation.validate(doc)
    assert result.ok, [p.code for p in result.errors]
    try:
        report = checker.check_bytes(generate.render_document(result.document))  # with self-check
    except InvalidInput as exc:  # free text that names a conditional clause the input lacks
        assert {p.code for p in exc.problems} == {"text_implies_clause"}
        return
    opted_out = set()
    if not doc["employment_protection_waiver"]["agreed"]:
        opted_out.add("employment_protection_waiver")
    if not doc["development_dialogue"]["agreed"]:
        opted_out.add("development_dialogue")
    for clause in report.clauses:
        if clause.level in ("law", "law_if") and clause.applicable:
            assert clause.status == "present", clause.id
        if clause.level == "ks" and clause.id not in opted_out:
            assert clause.status == "present", clause.id
    assert not [f for f in report.findings if f.severity == "error"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=80), field=st.sampled_from(
    ["employee.name", "employer.signatory.title", "position.additional_terms", "salary.additional_terms"]))
def test_any_text_is_refused_with_a_code_or_gives_a_document(base, text, field):
    """Any Unicode at all in a free field: a validation problem, or an agreement Word can open."""
    doc = set_path(copy.deepcopy(base), field, [text] if field.endswith("additional_terms") else text)
    result = validation.validate(doc)
    if not result.ok:
        assert all(p.code for p in result.errors)
        return
    try:
        data = generate.render_document(result.document)  # with self-check
    except InvalidInput as exc:  # free text that brings in a clause, or leaves out what one must say
        assert {p.code for p in exc.problems} <= INPUT_FAULTS
        return
    assert docx.Document(io.BytesIO(data)).paragraphs


INPUT_FAULTS = {"text_implies_clause", "text_lacks_substance"}  # found by the self-check, named at the input


def _paths(node, prefix=()):
    """Every key and list position in a document, as a path."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield prefix + (key,)
        yield from _paths(value, prefix + (key,))


def _replaced(doc, path, value):
    node = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return doc


ANY_VALUE = st.one_of(
    st.integers(-10**20, 10**20), st.decimals(allow_nan=True), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.booleans(), st.none(), st.text(max_size=12),
    st.lists(st.one_of(st.integers(), st.text(max_size=4), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=6), st.one_of(st.integers(), st.none()), max_size=2))
EXAMPLE_PATHS = {name: list(_paths(inputfile.read_input(resources.example(name))))
                 for name in ("fylkeskommune-aaremaal.yaml", "referat-fjordvik.yaml")}


@settings(max_examples=int(__import__("os").environ.get("ANY_VALUE_EXAMPLES", 200)), deadline=None)
@given(data=st.data())
def test_any_value_anywhere_is_a_problem_code_or_a_document(data):
    """Replace any one value of an example input by a value of any shape: never a crash."""
    name = data.draw(st.sampled_from(sorted(EXAMPLE_PATHS)))
    path, value = data.draw(st.sampled_from(EXAMPLE_PATHS[name])), data.draw(ANY_VALUE)
    doc = _replaced(inputfile.read_input(resources.example(name)), path, value)
    if name.startswith("referat"):
        result = minutes.validate(doc)
        if result.ok:
            render.render(minutes.TEMPLATES[result.document["language"]], minutes.build_context(result.document, True))
            minutes.next_period(result.document)
        return
    result = validation.validate(doc)
    if result.ok:
        try:
            generate.render_document(result.document)
        except InvalidInput as exc:
            assert {p.code for p in exc.problems} <= INPUT_FAULTS


def _sections(data: bytes):
    """Body elements per Heading 1 section: [(clause id, [elements])]."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    sections, current = [], None
    for element in body.iterchildren():
        style = element.xpath("./w:pPr/w:pStyle/@w:val")
        text = "".join(element.xpath(".//w:t/text()"))
        if style and style[0] == "Heading1":
            current = (TITLE_TO_ID[text], [element])
            sections.append(current)
        elif current is not None and not element.tag.endswith("sectPr"):
            current[1].append(element)
    return document, sections


def _without(data: bytes, clause_id: str) -> bytes:
    document, sections = _sections(data)
    for cid, elements in sections:
        if cid == clause_id:
            for element in elements:
                element.getparent().remove(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# Removing one section also changes the clauses that depend on it:
DEPENDENTS = {"employment_protection_waiver": {"severance_pay"}}
# a clause whose minimum our template states in other sections too stays present without its own:
# a named tariff agreement is the minimum, and Hovedtariffavtalen is named under salary, holiday,
# leave and pension (shared/domain/clauses.md)
STATED_ELSEWHERE = {"collective_agreements"}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_removing_a_section_makes_exactly_that_clause_missing(base, data):
    doc = data.draw(inputs(base))
    result = validation.validate(doc)
    try:
        full = generate.render_document(result.document)
    except InvalidInput:  # free text naming a clause the input lacks: covered above
        return
    before = {c.id: c.status for c in checker.check_bytes(full).clauses}
    for clause_id, _ in _sections(full)[1]:
        report = checker.check_bytes(_without(full, clause_id))
        after = {c.id: c.status for c in report.clauses}
        changed = {cid for cid in after if after[cid] != before[cid]}
        # a law_if clause whose condition no longer holds (etterlønn without a waiver) is not_applicable
        gone = "missing" if report.result(clause_id).applicable else "not_applicable"
        if clause_id in STATED_ELSEWHERE:
            gone = before[clause_id]
        assert after[clause_id] == gone, (clause_id, after[clause_id])
        assert changed - DEPENDENTS.get(clause_id, set()) == ({clause_id} - STATED_ELSEWHERE), (clause_id, changed)
