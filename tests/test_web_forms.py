"""The form generator: fields from the schema, form values ⇄ input data (a round trip), conditions, rows, problems at fields."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agreements import inputfile, messages, resources, validation
from agreements.problems import error, warning
from agreements.web import forms
from conftest import ROOT

AGREEMENT, MINUTES = "agreement.yaml", "minutes.yaml"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def schema_of(path) -> str:
    return MINUTES if path.name.startswith("referat") else AGREEMENT


def nodes_by_name(schema: str, values=None, lang="nb", layout=None) -> dict[str, forms.Node]:
    return {n.name: n for top in forms.build(schema, values or {}, lang, layout) for n in top.walk()}


def pruned(node):
    """Data without its empty groups (the required groups a form always sends)."""
    if isinstance(node, dict):
        kept = {k: pruned(v) for k, v in node.items()}
        return {k: v for k, v in kept.items() if v != {}}
    return node


def schema_fields(rules: dict, prefix: str = ""):
    """Every field of a schema as the form names it (list items as row 0)."""
    for key, rule in rules.items():
        name = prefix + key
        yield name, rule
        if forms.widget(rule) == "group":
            yield from schema_fields(rule["schema"], name + ".")
        elif forms.widget(rule) == "list":
            item = rule["schema"]
            if forms.widget(item) == "group":
                yield from schema_fields(item["schema"], name + ".0.")


# --- generation from the schema ------------------------------------------------------------------

@pytest.mark.parametrize("schema", [AGREEMENT, MINUTES])
@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_every_schema_field_is_in_the_form_with_its_label(schema, lang):
    nodes = nodes_by_name(schema, lang=lang)
    for name, rule in schema_fields(forms.fields(schema)):
        assert nodes[name].label == rule["meta"]["label"][lang], name


@pytest.mark.parametrize("schema", [AGREEMENT, MINUTES])
def test_sections_in_the_schemas_order(schema):
    assert [n.name for n in forms.build(schema, {}, "nb")] == list(forms.fields(schema))


def test_a_field_added_to_the_schema_appears_with_its_label_and_help(monkeypatch):
    real = resources.load_yaml
    edited = copy.deepcopy(real(AGREEMENT))
    edited["schema"]["holiday"]["schema"]["carry_over"] = {
        "type": "integer", "meta": {"label": {"nb": "Overført ferie", "nn": "Overført ferie", "en": "Carried over"},
                                    "help": {"nb": "Dager.", "nn": "Dagar.", "en": "Days."}}}
    monkeypatch.setattr(resources, "load_yaml", lambda name: edited if name == AGREEMENT else real(name))
    node = nodes_by_name(AGREEMENT, lang="nn")["holiday.carry_over"]
    assert (node.label, node.hints, node.kind, node.inputmode) == ("Overført ferie", ["Dagar."], "integer", "numeric")
    assert pruned(forms.to_data(AGREEMENT, {"holiday.carry_over": "3"})) == {"holiday": {"carry_over": 3}}


@pytest.mark.parametrize("name, kind, inputmode", [
    ("employer.name", "text", ""),
    ("retreat_position.position", "textarea", ""),
    ("position.additional_terms", "list", ""),
    ("employment.percentage", "integer", "numeric"),
    ("salary.annual", "amount", "decimal"),
    ("salary.supplements.0.annual", "amount", "decimal"),
    ("start_date", "date", ""),
    ("language", "choice", ""),
    ("employment.form", "choice", ""),
    ("cv_publication.consent", "bool", ""),
    ("salary.supplements", "list", ""),
    ("salary.supplements.0", "row", ""),
    ("employer.address", "group", ""),
])
def test_widget_by_type(name, kind, inputmode):
    node = nodes_by_name(AGREEMENT)[name]
    assert (node.kind, node.inputmode) == (kind, inputmode)


@pytest.mark.parametrize("name, choices", [
    ("employment.form", [("fast", "Fast stilling"), ("åremål", "Åremål")]),
    ("cv_publication.consent", [("true", "Ja"), ("false", "Nei")]),
    ("employer.governance", [("formannskapsmodell", "Formannskapsmodell"),
                             ("parlamentarisk", "Parlamentarisk styringsform (byråd)"), ("", "Ikke oppgitt")]),
])
def test_radio_choices_and_not_stated_only_where_a_field_may_be_left_out(name, choices):
    assert [(value, text) for value, text, _ in nodes_by_name(AGREEMENT)[name].choices] == choices


def test_a_value_from_a_file_that_is_no_choice_is_shown_and_kept():
    node = nodes_by_name(AGREEMENT, {"employment.form": "vikariat"})["employment.form"]
    assert node.choices[-1][:2] == ("vikariat", "vikariat") and node.value == "vikariat"


def test_help_text_and_type_hints():
    nodes = nodes_by_name(AGREEMENT, lang="en")
    assert nodes["probation.months"].hints == ["At most six months (Working Environment Act section 15-6)."]
    assert nodes["start_date"].hints[-1] == messages.text("web_form_date_hint", "en")
    assert nodes["employment.percentage"].hints[-1] == messages.text("web_form_default_hint", "en", value="100")


def test_empty_form_has_the_schemas_defaults_and_every_switch_off():
    values = forms.to_form(AGREEMENT, {}, defaults=True)
    assert values == {"employment.percentage": "100", "employment.new_appointment": "true",
                      "switch.retreat_position": "false", "switch.probation": "false", "switch.severance_pay": "false",
                      "probation.notice_days": "14", "probation.extension_on_absence": "true",
                      "severance_pay.reduce_for_other_income": "true", "development_dialogue.agreed": "true"}


@pytest.mark.parametrize("schema", [AGREEMENT, MINUTES])
def test_schema_texts_for_the_form_exist_in_every_language(schema):
    for name, rule in schema_fields(forms.fields(schema)):
        meta = rule.get("meta", {})
        texts = [meta.get("help")] + list(meta.get("choices", {}).values()) + [meta.get("form", {}).get("switch")]
        for text in filter(None, texts):
            assert set(text) == set(messages.LANGUAGES), name
        assert set(meta.get("choices", {})) <= set(rule.get("allowed", [])), name


@pytest.mark.parametrize("schema", [AGREEMENT, MINUTES])
def test_every_condition_names_a_field_and_a_value_it_can_have(schema):
    nodes = nodes_by_name(schema)
    conditions = [n.when for n in nodes.values() if n.when]
    assert conditions
    for when in conditions:
        assert when["value"] in [value for value, _, _ in nodes[when["name"]].choices]


# --- form values ⇄ input data ---------------------------------------------------------------------

@pytest.mark.parametrize("name, typed, value", [
    ("employment.percentage", "80", 80),
    ("employment.percentage", " 80 ", 80),
    ("employment.percentage", "80 %", "80 %"),  # not a number: passed on for validation to name
    ("salary.annual", "1250000", Decimal("1250000")),
    ("salary.annual", "1 250 000,50", Decimal("1250000.50")),
    ("salary.annual", "1 250 000.50", Decimal("1250000.50")),
    ("salary.annual", "1\xa0250\xa0000", Decimal("1250000")),
    ("salary.annual", "kr 1 mill.", "kr 1 mill."),
    ("start_date", "2027-01-01", dt.date(2027, 1, 1)),
    ("start_date", "2027-13-01", "2027-13-01"),
    ("start_date", "01.01.2027", "01.01.2027"),
    ("cv_publication.consent", "true", True),
    ("cv_publication.consent", "false", False),
    ("employer.name", "  Fjordvik \r\n kommune ", "Fjordvik kommune"),
    ("employer.address.postal_code", "0150", "0150"),
    ("council_decision.case_number", "26123", "26123"),  # text stays text: no YAML typing in a form
])
def test_form_value_to_input_data(name, typed, value):
    data = forms.to_data(AGREEMENT, {name: typed})
    *parents, last = name.split(".")
    for key in parents:
        data = data[key]
    assert data[last] == value and type(data[last]) is type(value)


@pytest.mark.parametrize("name", ["employer.name", "employment.percentage", "start_date", "salary.annual"])
def test_empty_fields_are_left_out(name):
    assert pruned(forms.to_data(AGREEMENT, {name: "  "})) == {}


@pytest.mark.parametrize("typed, code", [("01.01.2027", "type_isodate"), ("1. januar 2027", "type_isodate"),
                                         ("2027-02-30", "type_isodate")])
def test_validation_takes_only_iso_dates_so_the_form_adds_no_other_forms(typed, code):
    problems = validation.validate(forms.to_data(AGREEMENT, {"start_date": typed})).problems
    assert code in {p.code for p in problems if p.path == ("start_date",)}


@pytest.mark.parametrize("typed", ["1 250 000,50", "1250000.5", "1 250 000"])
def test_amounts_the_form_reads_are_amounts_validation_takes(typed):
    problems = validation.validate(forms.to_data(AGREEMENT, {"salary.annual": typed})).problems
    assert not [p for p in problems if p.path == ("salary", "annual")]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_data_to_form_to_data_is_the_same_data(example):
    data = inputfile.read_input(example)
    assert forms.to_data(schema_of(example), forms.to_form(schema_of(example), data)) == data


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_form_values_of_an_example_are_text(example):
    values = forms.to_form(schema_of(example), inputfile.read_input(example))
    assert values and all(isinstance(v, str) for v in values.values())


_FIELDS = ["employer.name", "employment.percentage", "salary.annual", "start_date", "cv_publication.consent",
           "salary.supplements.0.description", "salary.supplements.3.annual", "position.additional_terms.2",
           "employment.form", "fixed_term.years", "switch.probation", "probation.months", "employer.kind"]
_TEXT = st.one_of(st.text(max_size=12), st.sampled_from(["true", "false", "åremål", "12", "1 250 000,5",
                                                          "2027-01-31", " ", "-3", "0150"]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(_FIELDS), _TEXT, max_size=len(_FIELDS)))
def test_form_to_data_is_settled_after_one_round(form):
    data = forms.to_data(AGREEMENT, form)
    assert forms.to_data(AGREEMENT, forms.to_form(AGREEMENT, data)) == data


@pytest.mark.parametrize("schema", [AGREEMENT, MINUTES])
def test_the_empty_forms_errors_are_each_at_a_field(schema):
    """Required groups are sent even when empty, so that validation names each field in them."""
    result = validation.validate_with(forms.to_data(schema, forms.to_form(schema, {}, True)), schema, lambda d: [])
    nodes = nodes_by_name(schema)
    assert result.errors and all(nodes[p.dotted].kind not in ("group", "row") for p in result.errors)


# --- conditions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("form, present", [
    ({"fixed_term.years": "6"}, False),
    ({"employment.form": "fast", "fixed_term.years": "6"}, False),
    ({"employment.form": "åremål", "fixed_term.years": "6"}, True),
])
def test_fixed_term_only_with_aaremaal(form, present):
    assert ("fixed_term" in forms.to_data(AGREEMENT, form)) is present


@pytest.mark.parametrize("waiver, switch, present", [
    ("true", "true", True), ("false", "true", True), ("true", "false", False), ("", "", False)])
def test_severance_pay_by_its_own_switch_with_or_without_the_waiver(waiver, switch, present):
    data = forms.to_data(AGREEMENT, {"employment_protection_waiver.agreed": waiver, "switch.severance_pay": switch,
                                     "severance_pay.months": "12"})
    assert ("severance_pay" in data) is present


@pytest.mark.parametrize("switch, expected", [("true", {"months": 6}), ("false", None), ("", None)])
def test_probation_switch(switch, expected):
    data = forms.to_data(AGREEMENT, {"switch.probation": switch, "probation.months": "6"})
    assert data.get("probation") == expected


def test_a_part_switched_on_is_there_even_when_empty_so_validation_names_its_fields():
    data = forms.to_data(AGREEMENT, {"switch.retreat_position": "true", "employment.form": "åremål"})
    assert (data["fixed_term"], data["retreat_position"]) == ({}, {})
    errors = {p.path for p in validation.validate(data).errors}
    assert {("retreat_position", "position"), ("fixed_term", "years")} <= errors


@pytest.mark.parametrize("data, switch", [({"probation": {"months": 3}}, "true"), ({}, "false")])
def test_switch_is_answered_from_the_data(data, switch):
    assert forms.to_form(AGREEMENT, data)["switch.probation"] == switch


def test_condition_lines_say_when_to_fill_in():
    nodes = nodes_by_name(AGREEMENT)
    assert nodes["fixed_term"].when["text"] == "Fyll ut bare når «Fast stilling eller åremål» er «Åremål»."
    assert nodes["probation"].switch.name == "switch.probation" and nodes["probation"].when["target"] == "part"


# --- rows of lists ---------------------------------------------------------------------------------

def test_lists_show_their_rows_and_the_empty_ones():
    nodes = nodes_by_name(AGREEMENT, {"salary.supplements.0.description": "Tillegg", "salary.supplements.0.annual": "1"})
    assert len(nodes["salary.supplements"].children) == 2
    assert len(nodes_by_name(MINUTES)["participants"].children) == 4  # meta.form.rows


def test_add_row_gives_one_more_row_focused():
    posted = {"salary.supplements.0.description": "", "salary.supplements.1.description": ""}
    nodes = nodes_by_name(AGREEMENT, {}, layout=forms.Layout(posted, "salary.supplements"))
    rows = nodes["salary.supplements"].children
    assert len(rows) == 3 and rows[-1].children[0].autofocus and not rows[0].children[0].autofocus


def test_no_add_button_at_the_schemas_limit():
    values = {f"collective_agreements.agreements.{i}": "HTA" for i in range(10)}
    node = nodes_by_name(AGREEMENT, values)["collective_agreements.agreements"]
    assert (len(node.children), node.can_add, node.max_rows) == (10, False, 10)


def test_empty_rows_are_left_out_and_the_rest_close_up():
    form = {"side_jobs.approved.0": "", "side_jobs.approved.1": "Styreleder", "side_jobs.approved.7": "Verv",
            "salary.supplements.0.description": " ", "salary.supplements.0.annual": ""}
    assert pruned(forms.to_data(AGREEMENT, form)) == {"side_jobs": {"approved": ["Styreleder", "Verv"]}}


def test_the_rows_template_is_numbered_by_the_script():
    template = nodes_by_name(AGREEMENT)["salary.supplements"].template
    assert template.name == "salary.supplements.__INDEX__" and "__NUMBER__" in template.label


# --- problems at their fields ----------------------------------------------------------------------

@pytest.mark.parametrize("problem, at, anchor", [
    (error("required", ("salary", "annual")), "salary.annual", "f-salary-annual"),
    (error("required", ("employment_protection_waiver", "agreed")), "employment_protection_waiver.agreed",
     "f-employment_protection_waiver-agreed-0"),
    (error("fixed_term_required", ("fixed_term",)), "fixed_term", "f-fixed_term"),
    (error("required", ("salary", "supplements", 0, "annual")), "salary.supplements.0.annual",
     "f-salary-supplements-0-annual"),
    (error("max_items", ("salary", "supplements"), limit=20), "salary.supplements", "f-salary-supplements"),
    (error("required", ("salary", "supplements", 5, "annual")), "salary.supplements", "f-salary-supplements"),
    (warning("ks_cv_consent_recommended", ("cv_publication", "consent")), "cv_publication.consent",
     "f-cv_publication-consent-0"),
])
def test_problem_goes_to_its_field(problem, at, anchor):
    nodes = forms.build(AGREEMENT, {}, "nb")
    placed = forms.place(nodes, [problem], "nb")[0]
    assert (placed.node.name, placed.href) == (at, "#" + anchor)
    assert (placed.node.errors if problem.is_error else placed.node.warnings) == [placed.message]


@pytest.mark.parametrize("problem, text", [
    (error("input_text_too_long", (), count=9, limit=1), messages.text("input_text_too_long", "nb", count=9, limit=1)),
    (error("unknown_field", ("salery",), known="salary"), "salery: " + messages.text("unknown_field", "nb", known="salary")),
])
def test_problem_without_a_field_goes_to_the_summary_only(problem, text):
    placed = forms.place(forms.build(AGREEMENT, {}, "nb"), [problem], "nb")[0]
    assert (placed.node, placed.href, placed.text) == (None, None, text)


def test_summary_names_the_field_with_its_group():
    placed = forms.place(forms.build(AGREEMENT, {}, "nb"), [error("required", ("employee", "address", "street"))], "nb")
    assert placed[0].text == "Arbeidstakerens adresse – Gateadresse: Feltet må fylles ut."
