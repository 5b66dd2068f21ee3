"""The example sentences of schemas/clauses.yaml as the rules' tests: each `found` sentence alone
makes its clause present (as running text and under the clause's own heading), no `not_found`
sentence does, each example heading names its clause; and every detection pattern matches an
example or a passage of the corpus (a pattern nothing needs is given an example or removed)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from agreements import catalogue, checker, generate, inputfile, resources, validation, wordxml
from conftest import EXAMPLES as INPUT_EXAMPLES
from conftest import catalogue_edited
from corpus.docxwriter import Doc

CLAUSES = resources.load_yaml("clauses.yaml")["clauses"]
EXAMPLES = [(c["id"], kind, lang, n, sentence, c["title"][lang])
            for c in CLAUSES for kind in ("found", "not_found", "headings")
            for lang in ("nb", "nn") for n, sentence in enumerate(c["examples"].get(kind, {}).get(lang, []))]
FOUND = [e for e in EXAMPLES if e[1] == "found"]
NOT_FOUND = [e for e in EXAMPLES if e[1] == "not_found"]
HEADINGS = [e for e in EXAMPLES if e[1] == "headings"]


def _ids(examples):
    return [f"{cid}-{kind}-{lang}-{n}" for cid, kind, lang, n, *_ in examples]


def _status(clause_id: str, sentence: str, heading: str | None = None) -> str:
    doc = Doc()
    if heading:
        doc.add(doc.heading(heading))
    doc.add(doc.para(sentence))
    return checker.check_bytes(doc.to_bytes()).result(clause_id).status


@pytest.mark.parametrize("clause", CLAUSES, ids=[c["id"] for c in CLAUSES])
def test_every_clause_has_examples_in_both_forms(clause):
    examples = clause["examples"]
    assert examples["found"]["nb"] and examples["found"]["nn"]
    assert examples["not_found"].get("nb") or examples["not_found"].get("nn")


@pytest.mark.parametrize("examples", [{"found": {"nb": ["Lønnen reguleres hvert år."]}, "not_found": {}},
                                      {"found": {"nb": ["x"], "nn": []}, "not_found": {"nb": ["y"]}},
                                      {"found": {"nb": ["x"], "nn": ["y"]}, "not_found": {"se": ["z"]}}])
def test_the_catalogue_refuses_examples_without_both_forms(monkeypatch, examples):
    catalogue_edited(monkeypatch, lambda data: data["clauses"][0].update(examples=examples))
    try:
        with pytest.raises(catalogue.CatalogueError, match="examples"):
            catalogue.rules()
    finally:
        catalogue.rules.cache_clear()


@pytest.mark.parametrize("clause_id,kind,lang,n,sentence,title", FOUND, ids=_ids(FOUND))
def test_a_found_example_makes_its_clause_present(clause_id, kind, lang, n, sentence, title):
    assert (_status(clause_id, sentence), _status(clause_id, sentence, title)) == (checker.PRESENT, checker.PRESENT)


@pytest.mark.parametrize("clause_id,kind,lang,n,sentence,title", NOT_FOUND, ids=_ids(NOT_FOUND))
def test_a_not_found_example_does_not_make_its_clause_present(clause_id, kind, lang, n, sentence, title):
    assert _status(clause_id, sentence) != checker.PRESENT


@pytest.mark.parametrize("clause_id,kind,lang,n,heading,title", HEADINGS, ids=_ids(HEADINGS))
def test_an_example_heading_names_its_clause(clause_id, kind, lang, n, heading, title):
    """A heading with nothing under it names the clause (incomplete); one not recognised leaves it missing."""
    doc = Doc()
    doc.add(doc.para("Arbeidsavtale"), doc.heading(heading))
    assert checker.check_bytes(doc.to_bytes()).result(clause_id).status == checker.INCOMPLETE


# --- every pattern is needed: it matches an example or a corpus passage -------------------------

_FIELDS = ("headings", "mentions", "topics", "excluded", "applies", "negated")


def _patterns(clause: dict) -> list[tuple[str, str]]:
    """(where, pattern) of each detection pattern of a clause, as written in the catalogue."""
    detect = clause["detect"]
    return [(field, p) for field in _FIELDS for p in detect.get(field, [])] + \
        [(f"substance.{g['name']}", p) for g in detect["substance"] for p in g["any"]]


@functools.cache
def _texts() -> tuple[str, ...]:
    """Every example (sentence or heading) and every passage of the corpus, as the checker matches
    them: normalised, and as a heading without its numbering."""
    from test_corpus import CORPUS

    rules = catalogue.rules()
    documents = [data for _, data, _ in CORPUS]
    documents += [p.read_bytes() for p in sorted((Path(__file__).parent / "corpus" / "blind").glob("agreements-*/*.docx"))]
    documents += [generate.render_document(validation.validate(inputfile.read_input(p)).document)
                  for p in INPUT_EXAMPLES]
    texts = {checker.normalize(sentence) for *_, sentence, _ in EXAMPLES}
    for data in documents:
        view = checker._View(wordxml.read_passages(data), False, rules)
        texts |= {item.norm for item in view.items} | {view._heading_text(item.norm) for item in view.items}
    return tuple(sorted(texts))


@pytest.mark.parametrize("clause", CLAUSES, ids=[c["id"] for c in CLAUSES])
def test_every_pattern_matches_an_example_or_a_corpus_passage(clause):
    macros = resources.load_yaml("check_rules.yaml")["macros"]
    unused = [(where, p) for where, p in _patterns(clause)
              if not any(re.compile(catalogue._expand(p, macros), re.IGNORECASE | re.MULTILINE).search(t)
                         for t in _texts())]
    assert unused == []
