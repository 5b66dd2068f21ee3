"""Bokmål and nynorsk parity: every example exists in both forms, the same clauses and conditional
branches come out, and neither form contains the other's word forms (lists in check_rules.yaml)."""

from __future__ import annotations

import io

import docx
import pytest

from agreements import checker, generate, resources
from conftest import ROOT, docx_text

FORMS = resources.load_yaml("check_rules.yaml")["language_forms"]
PAIRS = [(ROOT / "examples" / f"{stem}.yaml", ROOT / "examples" / f"{stem}-nn.yaml")
         for stem in ("kommune-fast", "fylkeskommune-aaremaal")]


def _foreign(text: str, other: str) -> list[str]:
    import re
    low = checker.normalize(text)
    return sorted({m.group(0) for p in FORMS[other] for m in re.finditer(p, low)})


def _shape(data: bytes) -> list[tuple[str, int]]:
    """Headings and how many paragraphs follow each: the structure, independent of the words."""
    shape = []
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        if p.style.name == "Heading 1":
            shape.append([p.text and "h", 0])
        elif shape and p.text.strip():
            shape[-1][1] += 1
    return [tuple(s) for s in shape]


def test_every_example_exists_in_both_forms():
    stems = {p.stem.removesuffix("-nn") for p in (ROOT / "examples").glob("*.yaml")}
    for stem in stems:
        assert (ROOT / "examples" / f"{stem}.yaml").is_file() and (ROOT / "examples" / f"{stem}-nn.yaml").is_file(), stem


@pytest.mark.parametrize("nb,nn", PAIRS, ids=lambda p: p.stem)
def test_same_clauses_and_branches(nb, nn):
    made_nb, made_nn = generate.build(nb).docx, generate.build(nn).docx
    statuses = [{c.id: c.status for c in checker.check_bytes(d).clauses} for d in (made_nb, made_nn)]
    assert statuses[0] == statuses[1]
    assert _shape(made_nb) == _shape(made_nn)
    assert [checker.check_bytes(d).form for d in (made_nb, made_nn)] == ["nb", "nn"]


@pytest.mark.parametrize("nb,nn", PAIRS, ids=lambda p: p.stem)
def test_no_word_forms_of_the_other_standard(nb, nn):
    assert _foreign(docx_text(generate.build(nn).docx), "nb") == []
    assert _foreign(docx_text(generate.build(nb).docx), "nn") == []


MINUTES = (ROOT / "examples" / "referat-fjordvik.yaml", ROOT / "examples" / "referat-fjordvik-nn.yaml")


@pytest.mark.parametrize("blank", [False, True], ids=["prefilled", "blank"])
def test_minutes_in_both_forms(tmp_path, blank):
    made = []
    for form, source in zip(("nb", "nn"), MINUTES):
        out = tmp_path / f"{form}.docx"
        generate.generate_minutes(None if blank else source, out, salary_talk=True, form=form)
        made.append(out.read_bytes())
    reports = [checker.check_bytes(d, kind="minutes") for d in made]
    assert [{c.id: c.status for c in r.clauses} for r in reports][0] == {c.id: c.status for c in reports[1].clauses}
    assert [r.form for r in reports] == ["nb", "nn"]
    assert _foreign(docx_text(made[1]), "nb") == [] and _foreign(docx_text(made[0]), "nn") == []


def _unit_words() -> dict[str, list[str]]:
    """Form-only unit words from schemas/terms.yaml: a singular that differs between the forms
    marks every word built on it (måned, måneden, månedlig / månad, månaden), a plural that
    differs marks itself (dager / dagar)."""
    units = {lang: resources.load_yaml("terms.yaml")[lang]["units"] for lang in ("nb", "nn")}
    out: dict[str, list[str]] = {"nb": [], "nn": []}
    for unit in units["nb"]:
        (nb_one, nb_many), (nn_one, nn_many) = units["nb"][unit], units["nn"][unit]
        if nb_one != nn_one:
            out["nb"].append(rf"\b{nb_one}\w*")
            out["nn"].append(rf"\b{nn_one}\w*")
        elif nb_many != nn_many:
            out["nb"].append(rf"\b{nb_many}\b")
            out["nn"].append(rf"\b{nn_many}\b")
    return out


def _comments(path) -> str:
    """The YAML comments of a file (a # at the start of a line or after a space)."""
    import re
    return "\n".join(m.group(1) for line in path.read_text(encoding="utf-8").splitlines()
                     for m in [re.search(r"(?:^|\s)#(.*)$", line)] if m)


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_example_comments_are_in_the_examples_form(example):
    """A user reads the comments of `agreements example --lang nn` as nynorsk: no bokmål-only word
    forms there (check_rules.yaml `language_forms`, and the unit words of terms.yaml), and no
    nynorsk-only forms in the bokmål examples."""
    import re
    other = "nb" if example.stem.endswith("-nn") else "nn"
    text = checker.normalize(_comments(example))
    patterns = FORMS[other] + _unit_words()[other]
    assert sorted({m.group(0) for p in patterns for m in re.finditer(p, text)}) == []
