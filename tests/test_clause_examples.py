"""The example sentences of schemas/clauses.yaml as the rules' tests: each `found` sentence alone
makes its clause present (as running text and under the clause's own heading), no `not_found`
sentence does."""

from __future__ import annotations

import pytest

from agreements import catalogue, checker, resources
from conftest import catalogue_edited
from corpus.docxwriter import Doc

CLAUSES = resources.load_yaml("clauses.yaml")["clauses"]
EXAMPLES = [(c["id"], kind, lang, n, sentence, c["title"][lang])
            for c in CLAUSES for kind in ("found", "not_found")
            for lang in ("nb", "nn") for n, sentence in enumerate(c["examples"][kind].get(lang, []))]
FOUND = [e for e in EXAMPLES if e[1] == "found"]
NOT_FOUND = [e for e in EXAMPLES if e[1] == "not_found"]


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
