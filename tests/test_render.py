"""Rendering: golden text per example, conditional clauses, escaping, determinism, guards."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest

from agreements import context, generate, inputfile, render, resources, validation
from agreements.problems import TemplateFault
from conftest import DELETE, EXAMPLES, ROOT, docx_text, set_path

GOLDEN = ROOT / "tests" / "golden"
CATALOGUE = resources.load_yaml("clauses.yaml")["clauses"]
TITLES = {c["id"]: c["title"]["nb"] for c in CATALOGUE}


def render_doc(doc: dict) -> bytes:
    result = validation.validate(doc)
    assert result.ok, result.problems
    return generate.render_document(result.document)


def headings(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden_text(example):
    """The extracted text of each example equals tests/golden/<example>.txt.

    After an intended change of wording, refresh with UPDATE_GOLDEN=1 and review the diff.
    """
    made = generate.build(example)
    text = docx_text(made.docx)
    golden = GOLDEN / f"{example.stem}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_clause_heading_in_catalogue_order():
    full = inputfile.read_input(ROOT / "examples" / "fylkeskommune-aaremaal.yaml")
    set_path(full, "probation", {"months": 6})
    assert headings(render_doc(full)) == [c["title"]["nb"] for c in CATALOGUE]


# (field, value) that switches a conditional clause off → headings that must disappear
CONDITIONAL = [
    ("probation", DELETE, {"probation"}),
    ("development_dialogue.agreed", False, {"development_dialogue"}),
    ("employment_protection_waiver.agreed", False, {"employment_protection_waiver"}),
]


@pytest.mark.parametrize("field,value,gone", CONDITIONAL, ids=[c[0] for c in CONDITIONAL])
def test_conditional_clause_is_left_out(doc, field, value, gone):
    before = set(headings(render_doc(doc)))
    after = set(headings(render_doc(set_path(doc, field, value))))
    assert before - after == {TITLES[c] for c in gone}


def test_no_waiver_and_no_severance_leaves_both_out(doc):
    set_path(doc, "employment_protection_waiver.agreed", False)
    set_path(doc, "severance_pay", DELETE)
    titles = set(headings(render_doc(doc)))
    assert not titles & {TITLES["employment_protection_waiver"], TITLES["severance_pay"]}


def test_fast_employment_has_no_fixed_term_or_retreat(doc):
    titles = set(headings(render_doc(doc)))
    assert not titles & {TITLES["fixed_term"], TITLES["retreat_position"]}


@pytest.mark.parametrize("field,value,present,absent", [
    ("employment.percentage", 80, "Stillingsomfanget er 80\u00a0% av en heltidsstilling.", "heltidsstilling (100"),
    ("salary.supplements", [], "Det er ikke avtalt tillegg ut over årslønnen.", "Samlet årlig lønn"),
    ("severance_pay.reduce_for_other_income", False, "Etterlønnen reduseres ikke mot annen inntekt.", "krone for krone"),
    ("cv_publication.consent", False, "samtykker ikke i at kommunen offentliggjør", "samtykker i at kommunen"),
    ("probation.extension_on_absence", False, "Prøvetiden forlenges ikke ved fravær.", "forlenge prøvetiden"),
    ("signatures.date", DELETE, "hver part skriver dato ved sin underskrift", "Fjordvik, 2. november 2026"),
    ("holiday.extra_days", 3, "avtalt 3\u00a0dager ekstra ferie", "Permisjon ikke"),
], ids=lambda v: v if isinstance(v, str) and "." in v and " " not in v else None)
def test_conditional_wording(doc, field, value, present, absent):
    text = docx_text(render_doc(set_path(doc, field, value)))
    assert present in text and absent not in text


@pytest.mark.parametrize("kind,words", [
    ("kommune", ["Kommunestyret er arbeidsgiver for kommunedirektøren", "(ordfører)", "formannskapet"]),
    ("fylkeskommune", ["Fylkestinget er arbeidsgiver for fylkeskommunedirektøren", "(fylkesordfører)",
                       "fylkesutvalget"]),
])
def test_terms_follow_employer_kind(doc, kind, words):
    set_path(doc, "employer.kind", kind)
    set_path(doc, "employer.name", f"Prøve {kind}")  # the kind word is part of the official name
    set_path(doc, "salary_review", DELETE)
    set_path(doc, "council_decision.body", DELETE)
    text = docx_text(render_doc(doc))
    assert all(w in text for w in words)


def test_custom_title_is_used(doc):
    set_path(doc, "position.title", "rådmann")
    text = docx_text(render_doc(doc))
    assert "ansettes som rådmann i Fjordvik kommune" in text and "arbeidsavtale for rådmann" in text


SPECIAL = 'Bø & Ødegård kommune «sitat» "dobbel" \'enkel\' 1 < 2 > 0 – Æsøy Åsen'


def test_special_characters_render_verbatim(doc):
    long_name = "Kari Margrethe Østensjø-Aaberg " * 6
    set_path(doc, "employer.name", SPECIAL)
    set_path(doc, "employee.name", long_name.strip())
    set_path(doc, "position.additional_terms", ["Vilkår med a < b og c > d & {{ klammer }} og {% tegn %}"])
    data = render_doc(doc)
    text = docx_text(data)
    assert f"Arbeidsgiver: {SPECIAL}," in text
    assert long_name.strip() in text
    assert "Vilkår med a < b og c > d & {{ klammer }} og {% tegn %}" in text
    props = docx.Document(io.BytesIO(data)).core_properties
    assert SPECIAL in props.subject and len(props.subject) == 255 and props.subject.endswith("…")


def test_output_is_deterministic(doc):
    first, second = render_doc(doc), render_doc(doc)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.namelist()[0] == "[Content_Types].xml"


def test_document_properties(doc):
    props = docx.Document(io.BytesIO(render_doc(doc))).core_properties
    assert props.title == "Arbeidsavtale – kommunedirektør"
    assert props.subject == "Arbeidsavtale mellom Fjordvik kommune og Ola Åsmund Bø-Ødegård"
    assert (props.author, props.language, props.created.date().isoformat()) == \
        ("Fjordvik kommune", "nb", "2026-10-20")


def test_header_and_footer(doc):
    parts = docx_text(render_doc(doc)).split("--- ")
    assert any("Fjordvik kommune – arbeidsavtale for kommunedirektør" in p for p in parts[1:])
    assert any("Side 1 av 1" in p for p in parts[1:])  # PAGE / NUMPAGES fields


def test_blank_value_is_refused_before_rendering(doc):
    ctx = context.build(validation.validate(doc).document)
    ctx["employee"]["name"] = "  "
    with pytest.raises(TemplateFault) as info:
        render.render("arbeidsavtale.nb.docx", ctx)
    assert "employee.name" in info.value.problems[0].params["detail"]


def test_undefined_name_is_an_error_not_a_blank(doc):
    ctx = context.build(validation.validate(doc).document)
    del ctx["employee"]["address"]
    with pytest.raises(TemplateFault) as info:
        render.render("arbeidsavtale.nb.docx", ctx)
    assert info.value.problems[0].code == "template_error"


def test_missing_template_is_reported():
    with pytest.raises(TemplateFault) as info:
        render.render("finnes-ikke.docx", {})
    assert info.value.problems[0].code == "template_missing"


@pytest.mark.parametrize("name", ["arbeidsavtale.nb.docx", "referat.nb.docx"])
def test_bundled_template_has_no_split_tags(name):
    """Every Jinja tag sits inside one run, so Word-edits that split runs are caught here."""
    import re
    with resources.template(name).open("rb") as fh, zipfile.ZipFile(fh) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    for text in runs:
        assert text.count("{{") == text.count("}}") and text.count("{%") == text.count("%}"), text


def test_json_input_gives_the_same_agreement_as_yaml(tmp_path):
    import json
    source = ROOT / "examples" / "fylkeskommune-aaremaal.yaml"
    as_json = tmp_path / "same.json"
    as_json.write_text(json.dumps(inputfile.read_input(source), default=str, ensure_ascii=False),
                       encoding="utf-8")
    assert generate.build(as_json).docx == generate.build(source).docx


# --- what a new user meets: signatures, labels, amounts in free text, file dates ---------------

def signature_rows(data: bytes) -> list[tuple[str, str]]:
    """(employer cell, employee cell) of each row of the signature table (the last table)."""
    table = docx.Document(io.BytesIO(data)).tables[-1]
    return [(row.cells[0].text, row.cells[2].text) for row in table.rows]


@pytest.mark.parametrize("source,heads,place_date,names", [
    (ROOT / "examples" / "kommune-fast.yaml", ("For arbeidsgiveren", "Arbeidstakeren"), "Sted og dato",
     ("Kari Nordmann, ordfører", "Ola Åsmund Bø-Ødegård, kommunedirektør")),
    (ROOT / "examples" / "kommune-fast-nn.yaml", ("For arbeidsgjevaren", "Arbeidstakaren"), "Stad og dato",
     ("Kari Nordmann, ordførar", "Ola Åsmund Bø-Ødegård, kommunedirektør")),
], ids=["nb", "nn"])
def test_undated_signature_blocks_have_place_and_date_lines(source, heads, place_date, names):
    """Each party dates its own signature: a line for place and date, one to sign on, and the
    signer's printed name and role under it, in both blocks; a dated agreement has no date lines."""
    raw = inputfile.read_input(source)
    dated = signature_rows(render_doc(raw))
    undated = signature_rows(render_doc(set_path(raw, "signatures.date", DELETE)))
    assert undated == [heads, ("", ""), (place_date, place_date), ("", ""), names]
    assert dated == [heads, ("", ""), names]


MINUTES_EXAMPLES = [ROOT / "examples" / f"referat-fjordvik{s}.yaml" for s in ("", "-nn")]


@pytest.mark.parametrize("example", EXAMPLES + MINUTES_EXAMPLES, ids=lambda p: p.stem)
def test_no_label_repeats_its_word(example, tmp_path):
    """«Lønn: Lønn som for stillingen …»: a value written after a label does not begin with the
    label's own word (any inflection), in any example, in either language form."""
    import re
    if example.stem.startswith("referat"):
        data = generate.generate_minutes(example, tmp_path / "r.docx", salary_talk=True).docx
    else:
        data = generate.build(example).docx
    doubled = []
    for line in docx_text(data).splitlines():
        for label, word in re.findall(r"(?:^|[.!?]\s+)(\w+):\s+(\w+)", line):
            if word.casefold().startswith(label.casefold()):
                doubled.append(line)
    assert doubled == []


NBSP = "\u00a0"


@pytest.mark.parametrize("field,value,expected", [
    ("position.additional_terms", ["Bonus inntil 1 100 000 kr per år."],
     f"inntil 1{NBSP}100{NBSP}000{NBSP}kr per år"),
    ("salary.supplements", [{"description": "Tillegg for 12 500 innbyggere", "annual": 60000}],
     f"Tillegg for 12{NBSP}500 innbyggere"),
    ("salary_review.timing", "hvert år når lønnen er over 1 100 000", f"over 1{NBSP}100{NBSP}000 i en"),
    ("side_jobs.approved", ["Styreleder i Fjordvik Kraft (honorar 45 000 kroner)"], f"45{NBSP}000{NBSP}kroner)"),
    ("employee.name", "Ola 1 100 000", f"Ola 1{NBSP}100{NBSP}000"),
], ids=["additional_terms", "supplement", "timing", "approved", "name"])
def test_digit_groups_in_free_text_keep_together(doc, field, value, expected):
    text = docx_text(render_doc(set_path(doc, field, value)))
    assert expected in text


@pytest.mark.parametrize("text,expected", [
    ("1 100 000", f"1{NBSP}100{NBSP}000"),
    ("1 100 000 kr", f"1{NBSP}100{NBSP}000{NBSP}kr"),
    ("kr 1 100 000,50.", f"kr{NBSP}1{NBSP}100{NBSP}000,50."),
    ("lønn 950 000 kroner per år", f"lønn 950{NBSP}000{NBSP}kroner per år"),
    ("i 2027 100 dager", "i 2027 100 dager"),  # a year before a number is not a digit group
    ("sak PS 45/2026, § 15-16", "sak PS 45/2026, § 15-16"),
    ("tlf. 22 33 44 55", "tlf. 22 33 44 55"),
], ids=["groups", "unit_after", "unit_before", "kroner", "year", "case", "phone"])
def test_digit_groups(text, expected):
    from agreements import formatting
    assert formatting.keep_digit_groups(text) == expected


def test_file_dates_are_the_decision_date_and_nothing_is_printed(doc):
    """created and modified are the council decision's date (the same input gives the same
    bytes); the file has never been printed, so it has no last-printed date."""
    data = render_doc(doc)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert (props.created.date().isoformat(), props.modified.date().isoformat()) == ("2026-10-20", "2026-10-20")
    assert props.last_printed is None
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert b"lastPrinted" not in zf.read("docProps/core.xml")
