"""Every validation rule, one line per case: (field, value) → expected (code, path)."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest

from agreements import messages, validation
from agreements.problems import Severity
from conftest import DELETE, EXAMPLES, set_path

from agreements import inputfile


def problems(doc):
    return {(p.code, p.dotted, p.severity.value) for p in validation.validate(doc).problems}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_valid_without_warnings(example):
    result = validation.validate(inputfile.read_input(example))
    assert result.problems == [] and result.ok


E, W = "error", "warning"

CASES = [
    # required fields and types
    ("language", DELETE, ("required", "language", E)),
    ("language", "de", ("not_allowed", "language", E)),
    ("employer.kind", "bydel", ("not_allowed", "employer.kind", E)),
    ("employer.kind", ["kommune"], ("type_string", "employer.kind", E)),
    ("employer.name", "", ("empty", "employer.name", E)),
    ("employer.name", None, ("null_value", "employer.name", E)),
    ("employer.name", 42, ("text_read_as_number", "employer.name", E)),
    ("employer.name", True, ("text_read_as_bool", "employer.name", E)),
    ("employee.address.postal_code", 5003, ("text_read_as_number", "employee.address.postal_code", E)),
    ("council_decision.case_number", dt.date(2026, 5, 1), ("text_read_as_date", "council_decision.case_number", E)),
    ("language", False, ("text_read_as_choice", "language", E)),
    ("employer.kind", 1, ("text_read_as_choice", "employer.kind", E)),
    ("position.additional_terms", [{"Merk": "x", "y": "z"}], ("type_string", "position.additional_terms.0", E)),
    ("employee.name", DELETE, ("required", "employee.name", E)),
    ("employee.address.postal_code", "690", ("postal_code_format", "employee.address.postal_code", E)),
    ("employment.percentage", "full", ("type_integer", "employment.percentage", E)),
    ("notice.months", True, ("type_integer", "notice.months", E)),
    ("employment.percentage", 0, ("min_value", "employment.percentage", E)),
    ("employment.percentage", 120, ("max_value", "employment.percentage", E)),
    ("employment.form", "midlertidig", ("not_allowed", "employment.form", E)),
    ("cv_publication.consent", "ja", ("type_boolean", "cv_publication.consent", E)),
    ("employee.name", "x" * 201, ("max_length", "employee.name", E)),
    ("side_jobs.approved", ["a"] * 21, ("max_items", "side_jobs.approved", E)),
    # unknown fields, with and without a near match; refused personal ids
    ("employer.adress", "x", ("unknown_field_suggest", "employer.adress", E)),
    ("zzz", 1, ("unknown_field", "zzz", E)),
    ("employee.fodselsnummer", "01017012345", ("personal_id_refused", "employee.fodselsnummer", E)),
    ("employee.Fødselsnummer", "01017012345", ("personal_id_refused", "employee.Fødselsnummer", E)),
    ("position.additional_terms", ["Født 010101 12377."], ("personal_id_in_text", "position.additional_terms.0", E)),
    ("employee.name", "[navn]", ("placeholder_in_value", "employee.name", E)),
    ("employee.name", "Ola\aNordmann", ("control_character", "employee.name", E)),
    ("position.additional_terms", ["Første\x00andre"], ("control_character", "position.additional_terms.0", E)),
    ("employer.name", "Fjordvik\ud800 kommune", ("control_character", "employer.name", E)),
    ("council_decision.case_number", "PS ___/2026", ("placeholder_in_value", "council_decision.case_number", E)),
    ("employer.name", "Fjordvik", ("employer_name_kind", "employer.name", E)),
    # dates
    ("start_date", "2027-13-01", ("type_isodate", "start_date", E)),
    ("start_date", "1. januar 2027", ("type_isodate", "start_date", E)),
    ("start_date", dt.datetime(2027, 1, 1, 8, 0), ("type_isodate", "start_date", E)),
    # amounts
    ("salary.annual", Decimal("-1"), ("amount_not_positive", "salary.annual", E)),
    ("salary.annual", 0, ("amount_not_positive", "salary.annual", E)),
    ("salary.annual", Decimal("1000.555"), ("amount_decimals", "salary.annual", E)),
    ("salary.annual", "mye", ("type_amount", "salary.annual", E)),
    ("salary.annual", True, ("type_amount", "salary.annual", E)),
    ("salary.annual", None, ("null_value", "salary.annual", E)),
    ("salary.annual", Decimal("999.99"), ("min_value", "salary.annual", E)),
    ("salary.annual", Decimal("NaN"), ("type_amount", "salary.annual", E)),
    ("salary.annual", Decimal("1E+999999"), ("amount_too_large", "salary.annual", E)),
    ("salary.supplements", [{"description": "Tillegg", "annual": 100_000_001}],
     ("amount_too_large", "salary.supplements.0.annual", E)),
    ("salary.annual", Decimal("-Infinity"), ("type_amount", "salary.annual", E)),
    ("employer.org_number", None, ("null_value", "employer.org_number", E)),
    ("employee.address.postal_code", None, ("null_value", "employee.address.postal_code", E)),
    ("start_date", dt.date(2206, 1, 1), ("max_value", "start_date", E)),
    ("council_decision.date", dt.date(1026, 1, 1), ("min_value", "council_decision.date", E)),
    ("salary.supplements.0.annual", Decimal("0.001"), ("amount_decimals", "salary.supplements.0.annual", E)),
    ("salary.payment_day", 31, ("max_value", "salary.payment_day", E)),
    # organisation number
    ("employer.org_number", "964000019", ("orgnr_invalid", "employer.org_number", E)),
    ("employer.org_number", "96400001", ("orgnr_format", "employer.org_number", E)),
    # law: probation, åremål, notice, waiver
    ("probation.months", 7, ("probation_too_long", "probation.months", E)),
    ("probation.months", 0, ("min_value", "probation.months", E)),
    ("employment.form", "åremål", ("fixed_term_required", "fixed_term", E)),
    ("fixed_term", {"years": 6, "renewable": True}, ("fixed_term_without_aaremaal", "fixed_term", E)),
    ("notice.months", 0, ("notice_too_short", "notice.months", E)),
    ("severance_pay", DELETE, ("waiver_requires_severance", "severance_pay", E)),
    ("retreat_position", {"position": "Rådgiver"}, ("required", "retreat_position.salary", E)),
    # employer: parliamentary government, council names, pay delegation
    ("employer.governance", "parlamentarisk", ("parliamentary_employer", "employer.governance", E)),
    ("employer.name", "Bergen kommune", ("parliamentary_employer_known", "employer.name", E)),
    ("employer.council_name", "fylkestinget", ("council_name_not_allowed", "employer.council_name", E)),
    ("salary_review.delegation_decision", DELETE,
     ("delegation_decision_required", "salary_review.delegation_decision", E)),
    # KS recommendations and date plausibility: warnings
    ("development_dialogue.agreed", False, ("ks_dialogue_recommended", "development_dialogue.agreed", W)),
    ("cv_publication.consent", False, ("ks_cv_consent_recommended", "cv_publication.consent", W)),
    ("severance_pay.reduce_for_other_income", False,
     ("severance_without_reduction", "severance_pay.reduce_for_other_income", W)),
    ("council_decision.date", dt.date(2027, 2, 1), ("decision_after_start", "council_decision.date", W)),
    ("signatures.date", dt.date(2026, 10, 1), ("signed_before_decision", "signatures.date", W)),
    ("signatures.date", dt.date(2027, 1, 9), ("signed_late", "signatures.date", W)),
]


@pytest.mark.parametrize("field,value,expected", CASES, ids=[f"{c[2][0]}:{c[0]}" for c in CASES])
def test_rule(doc, field, value, expected):
    assert expected in problems(set_path(doc, field, value))


# A text field given what YAML typed by itself from text written without quotes: the message
# quotes the text as written (replacement in the example, field, code, text as written, value)
WRITTEN = [
    ('postal_code: "6901"', "postal_code: 0404", "employee.address.postal_code", "text_read_as_leading_zero",
     "0404", "260"),
    ("language: nb ", "language: no ", "language", "text_read_as_choice", "no", "false"),
    ("language: nb ", "language: off ", "language", "text_read_as_choice", "off", "false"),
    ("case_number: PS 45/2026", "case_number: 26123", "council_decision.case_number", "text_read_as_number",
     "26123", "26123"),
    ("case_number: PS 45/2026", "case_number: 10:30", "council_decision.case_number", "text_read_as_number",
     "10:30", "630"),
    ("place: Fjordvik", "place: Yes", "signatures.place", "text_read_as_bool", "Yes", "true"),
    ("- Styremedlem i Fjordvik Idrettslag (ulønnet)", "- Merk: styremedlem", "side_jobs.approved.0",
     "text_read_as_field", "Merk: styremedlem", None),
]


@pytest.mark.parametrize("old,new,field,code,written,value", WRITTEN, ids=[w[1] for w in WRITTEN])
def test_a_value_yaml_typed_by_itself_is_quoted_as_written(tmp_path, old, new, field, code, written, value):
    from agreements import generate
    text = (EXAMPLES[0].parent / "kommune-fast.yaml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "a.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    found = [p for p in generate.validate_file(tmp_path / "a.yaml").problems if p.dotted == field]
    assert [(p.code, p.params["written"], p.params.get("value")) for p in found] == [(code, written, value)]


def test_type_messages_say_what_yaml_did_and_what_to_write(tmp_path):
    from agreements import generate
    text = (EXAMPLES[0].parent / "kommune-fast.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text.replace("language: nb ", "language: no ", 1), encoding="utf-8")
    (problem,) = generate.validate_file(tmp_path / "a.yaml").problems
    assert messages.render(problem, "nb") == (
        "FEIL language (Målform): YAML leser no uten anførselstegn som false, ikke som tekst (no, yes, on og off "
        "blir ja/nei-verdier, sifre blir tall). Skriv en av verdiene: nb, nn.")


def test_new_kommunedirektor_without_waiver_is_warned(doc):
    set_path(doc, "employment_protection_waiver.agreed", False)
    assert ("ks_waiver_recommended", "employment_protection_waiver.agreed", W) in problems(doc)
    set_path(doc, "employment.new_appointment", False)
    assert not any(c == "ks_waiver_recommended" for c, _, _ in problems(doc))


def test_fixed_term_end_must_follow_from_start(doc):
    set_path(doc, "employment.form", "åremål")
    set_path(doc, "fixed_term", {"years": 6, "renewable": False, "end_date": "2033-01-01"})
    assert ("fixed_term_end_mismatch", "fixed_term.end_date", E) in problems(doc)
    set_path(doc, "fixed_term.end_date", "2032-12-31")
    assert validation.validate(doc).ok
    set_path(doc, "fixed_term.years", 5)
    assert ("fixed_term_too_short", "fixed_term.years", E) in problems(doc)
    for years, code in ((10**15, "max_value"), (-469087, "min_value")):  # no date arithmetic overflow
        set_path(doc, "fixed_term.years", years)
        assert (code, "fixed_term.years", E) in problems(doc)


def test_governance_override_allows_a_listed_name(doc):
    set_path(doc, "employer.name", "Tromsø kommune")
    set_path(doc, "employer.governance", "formannskapsmodell")
    assert validation.validate(doc).ok


def test_every_problem_is_reported_at_once(doc):
    for field, value, _ in CASES[:6]:
        set_path(doc, field, value)
    found = problems(doc)
    assert {"language", "employer.kind", "employer.name"} <= {path for _, path, _ in found}


def test_warnings_do_not_make_input_invalid(doc):
    set_path(doc, "cv_publication.consent", False)
    result = validation.validate(doc)
    assert result.ok and [p.severity for p in result.problems] == [Severity.WARNING]


def test_coercions(doc):
    set_path(doc, "employer.org_number", 964000018)
    set_path(doc, "salary.annual", "1 250 000")
    set_path(doc, "start_date", "2027-01-01")
    normalized = validation.validate(doc).document
    assert normalized["employer"]["org_number"] == "964000018"
    assert normalized["salary"]["annual"] == Decimal(1250000)
    assert normalized["start_date"] == dt.date(2027, 1, 1)


def test_defaults_are_filled(doc):
    normalized = validation.validate(doc).document
    assert normalized["employment"]["percentage"] == 100
    assert normalized["probation"]["notice_days"] == 14


def test_free_text_that_brings_in_a_clause_the_input_lacks_is_an_input_error(doc):
    from agreements import generate
    from agreements.problems import InvalidInput
    set_path(doc, "working_time.additional_terms", ["Stillingen er et åremål."])
    with pytest.raises(InvalidInput) as info:
        generate.render_document(validation.validate(doc).document)
    assert [(p.code, p.dotted) for p in info.value.problems] == \
        [("text_implies_clause", "working_time.additional_terms.0")]
    assert [lang for lang, title in (("nb", "Åremål"), ("nn", "Åremål"), ("en", "Fixed term"))
            if f"«{title}" in messages.render(info.value.problems[0], lang)] == ["nb", "nn", "en"]


def test_free_text_that_leaves_out_what_its_clause_must_say_is_an_input_error(doc):
    from agreements import generate
    from agreements.problems import InvalidInput
    set_path(doc, "salary_review.timing", "0")
    with pytest.raises(InvalidInput) as info:
        generate.render_document(validation.validate(doc).document)
    assert [(p.code, p.dotted) for p in info.value.problems] == [("text_lacks_substance", "salary_review")]


class _PlainCerberus(validation._Validator):
    """The project's validator with cerberus's own schema handling (checked on every copy)."""

    schema = validation.cerberus.Validator.schema


@pytest.mark.parametrize("field,value,expected", CASES[:40])
def test_schema_checked_once_gives_what_cerberus_gives(doc, field, value, expected):
    set_path(doc, field, value)
    ours, plain = validation.validator("agreement.yaml"), _PlainCerberus(validation._schema())
    assert ours.validate(copy.deepcopy(doc)) == plain.validate(copy.deepcopy(doc))
    assert (ours.document, ours.errors) == (plain.document, plain.errors)


def test_a_broken_schema_is_still_refused_when_the_validator_is_built():
    with pytest.raises(validation.cerberus.SchemaError):
        validation._Validator({"name": {"type": "string", "maxlength": "long"}})


def test_validation_leaves_its_input_untouched(doc):
    set_path(doc, "employee.name", "  Kari   Nordmann ")
    before = copy.deepcopy(doc)
    assert validation.validate(doc).ok and doc == before


def test_whitespace_controls_are_folded_and_the_agreement_renders(doc):
    from agreements import generate
    set_path(doc, "employee.name", "Ola\vNordmann\f")
    set_path(doc, "position.additional_terms", ["Linje én\x1clinje to\u2028."])
    result = validation.validate(doc)
    assert result.ok and result.document["employee"]["name"] == "Ola Nordmann"
    assert generate.render_document(result.document)[:2] == b"PK"


# validate says all that generate says about an input (both go through generate.examine): the
# self-check's cases above, one with a warning besides, a plain error, warnings only, the example
SAME_AS_GENERATE = [  # (changes, the self-check's codes among the problems)
    ({"working_time.additional_terms": ["Stillingen er et åremål."]}, {"text_implies_clause"}),
    ({"salary_review.timing": "0"}, {"text_lacks_substance"}),
    ({"salary_review.timing": "0", "cv_publication.consent": False}, {"text_lacks_substance"}),
    ({"development_dialogue.agreed": False, "working_time.additional_terms": ["Det holdes en årlig utviklingssamtale med formannskapet."]},
     {"text_implies_clause"}),
    ({"employer.name": "Fjordvik"}, set()),
    ({"cv_publication.consent": False}, set()),
    ({}, set()),
]


@pytest.mark.parametrize("changes,self_check", SAME_AS_GENERATE, ids=lambda c: ",".join(c) or "-")
def test_validate_says_what_generate_says(tmp_path, doc, changes, self_check):
    from agreements import generate
    from agreements.problems import InvalidInput
    for field, value in changes.items():
        set_path(doc, field, value)
    source = tmp_path / "a.yaml"
    source.write_text(inputfile.to_yaml(doc, ""), encoding="utf-8")
    said = generate.validate_file(source).problems
    try:
        told = generate.generate(source, tmp_path / "a.docx").warnings
    except InvalidInput as exc:
        told = exc.problems
    assert [messages.render(p, "nb") for p in said] == [messages.render(p, "nb") for p in told]
    assert {p.code for p in said} & {"text_implies_clause", "text_lacks_substance"} == self_check
