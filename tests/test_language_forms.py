"""Free text in the other language form: a warning at the field when validating, and a finding
naming the passages when checking a document (word lists in schemas/check_rules.yaml)."""

from __future__ import annotations

import copy

import pytest

from agreements import report, checker, generate, inputfile, messages, minutes, validation
from conftest import ROOT, set_path
from corpus.docxwriter import Doc

NB, NN = "Arbeidstakeren skal ikke ha annet lønnet arbeid uten samtykke.", \
    "Arbeidstakaren skal ikkje ha anna arbeid utan samtykke frå arbeidsgjevaren."
EXAMPLES = {"nb": ROOT / "examples" / "kommune-fast.yaml", "nn": ROOT / "examples" / "kommune-fast-nn.yaml",
            "minutes-nn": ROOT / "examples" / "referat-fjordvik-nn.yaml"}


def _doc(example: str) -> dict:
    return copy.deepcopy(inputfile.read_input(EXAMPLES[example]))


# (example, field, text, words of the other form reported at the field, or None)
FIELDS = [
    ("nn", "position.additional_terms", [NB], "«arbeidstakeren», «skal ikke»"),
    ("nn", "holiday.additional_terms", ["Lønn under ferie betales hvis ikke annet er avtalt."],
     "«lønn», «hvis», «ikke»"),
    ("nn", "salary_review.timing", "hvert år i oktober", "«hvert»"),
    ("nb", "position.additional_terms", [NN], "«arbeidstakaren», «ikkje», «frå», «arbeidsgjevaren»"),
    ("nn", "position.additional_terms", [NN], None),
    ("nb", "position.additional_terms", [NB], None),
    ("minutes-nn", "self_evaluation", ["Vi har ikke nådd målet om kortere ventetid."], "«ikke»"),
]


@pytest.mark.parametrize("example,field,value,words", FIELDS, ids=[f"{f[0]}:{f[1]}:{f[3]}" for f in FIELDS])
def test_free_text_in_the_other_form_is_warned_at_its_field(example, field, value, words):
    validate = minutes.validate if example.startswith("minutes") else validation.validate
    result = validate(set_path(_doc(example), field, value))
    found = [(p.dotted, p.severity.value, p.params["words"])
             for p in result.problems if p.code == "text_in_other_form"]
    dotted = field + (".0" if isinstance(value, list) else "")
    assert result.ok and found == ([(dotted, "warning", words)] if words else [])


def test_the_warning_names_the_words_and_the_form_of_the_agreement():
    result = validation.validate(set_path(_doc("nn"), "position.additional_terms", [NB]))
    assert messages.render(result.warnings[0], "nn") == (
        "ÅTVARING position.additional_terms.0 (Tilleggsføresegner): Teksten har ord på bokmål "
        "(«arbeidstakeren», «skal ikke»), men dokumentet er på nynorsk (language: nn). Skriv teksten på "
        "nynorsk, eller endre language.")


def _draft(*paragraphs: str) -> bytes:
    d = Doc(split_runs=False)
    d.add(*(d.para(t) for t in paragraphs))
    return d.to_bytes()


def _form_findings(data: bytes):
    report = checker.check_bytes(data)
    codes = ("other_form_passages", "mixed_language_forms")
    return report.form, {f.code: f for f in report.findings if f.code in codes}


def test_a_few_passages_in_the_other_form_of_a_long_document_are_named():
    form, found = _form_findings(_draft(*[NN] * 30, NB, NN, "Lønn utbetales hvis ikke annet er avtalt."))
    finding = found["other_form_passages"]
    assert (form, set(found), finding.severity, finding.params["count"]) == \
        ("nn", {"other_form_passages"}, "warning", 2)
    assert [report.where(e, "nb") for e in finding.evidence] == ["avsnitt 31", "avsnitt 33"]
    assert finding.params["words"] == "«arbeidstakeren», «skal ikke», «lønn», «hvis», «ikke»"


@pytest.mark.parametrize("paragraphs,form,codes", [
    ([NB] * 30 + [NN], "nb", {"other_form_passages"}),
    # one word of the other form in a passage mostly in the document's own (a quoted title) is no finding
    ([NN] * 30 + ["Arbeidstakaren skal ikkje ha anna arbeid, jf. reglementet «Lønn og godtgjering»."], "nn", set()),
    ([NN] * 30, "nn", set()),
    ([NB] * 10 + [NN] * 10, "mixed", {"mixed_language_forms"}),  # truly mixed: the document as a whole
], ids=["nynorsk in bokmål", "quoted word", "pure", "mixed"])
def test_which_form_finding_a_draft_gets(paragraphs, form, codes):
    assert (lambda f: (f[0], set(f[1])))(_form_findings(_draft(*paragraphs))) == (form, codes)


def test_the_finding_names_the_forms_in_the_language_of_the_report():
    _, found = _form_findings(_draft(*[NN] * 10, NB))
    finding = found["other_form_passages"]
    assert messages.text(finding.code, "en", **finding.params) == (
        "The document is in nynorsk (Norwegian) but has paragraphs mostly in bokmål (Norwegian) "
        "(number: 1; words such as «arbeidstakeren», «skal ikke»). Write them in nynorsk (Norwegian).")


def test_bokmaal_free_text_in_a_nynorsk_agreement_is_reported_by_validate_and_check():
    text = "Ferien avtales med ordføreren hvis ikke annet følger av loven."
    doc = set_path(_doc("nn"), "holiday.additional_terms", [text])
    result = validation.validate(doc)
    assert [(p.code, p.dotted) for p in result.warnings] == [("text_in_other_form", "holiday.additional_terms.0")]
    report = checker.check_bytes(generate.render_document(result.document))
    (finding,) = [f for f in report.findings if f.code == "other_form_passages"]
    assert report.form == "nn" and [e.snippet for e in finding.evidence] == [text]
