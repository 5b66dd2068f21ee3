"""Standing fuzz test of the Word reader: mutations of generated agreements, corpus drafts and the
bundled template (flipped bytes, cut and missing and doubled members, sizes that lie, nesting, odd
structures, DTDs in any place and encoding, Strict namespaces) go through check and lint in
process. Each ends in a report or the project's own error with a documented exit code, in time."""

from __future__ import annotations

import random
import re
import time
from collections import Counter

import pytest
from lxml import etree

from agreements import checker, generate, inputfile, lint, report, resources, validation, wordxml
from agreements.problems import AgreementsError, ExitCode
from conftest import ROOT
from corpus import hostile
from corpus.drafts import DRAFTS
from corpus.handwritten import HANDWRITTEN

SEED = 11
CHECK_CASES = 1000
LINT_CASES = 40
CASE_SECONDS = 5.0
READER_CODES = {ExitCode.NOT_DOCX, ExitCode.LEGACY_DOC, ExitCode.ENCRYPTED, ExitCode.DAMAGED, ExitCode.TOO_LARGE,
                ExitCode.UNSAFE_XML, ExitCode.EMPTY_DOCUMENT}
LINT_CODES = READER_CODES | {ExitCode.TEMPLATE}

W = wordxml.W_NS
WRAPPERS = [("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), ("<w:customXml>", "</w:customXml>"),
            ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"), ("<w:ins>", "</w:ins>"),
            ("<w:smartTag>", "</w:smartTag>")]
VALUES = ["", "x", "-1", "0", "9", "99999999999999999999", "²", "1.5", "true", "off", "\u202e", "a" * 300]
DOCTYPES = ['<!DOCTYPE w:document [<!ENTITY e "x">]>', '<!DOCTYPE w:document SYSTEM "https://example.invalid/x.dtd">',
            '<!doctype x>']
CODECS = [("utf-16-le", True), ("utf-16-be", False), ("utf-32-le", True), ("utf-32-be", False), ("utf-8", True)]


def _xml_members(data: bytes) -> list[str]:
    return [n for n in hostile.members(data) if n.endswith((".xml", ".rels"))]


# --- mutations: each takes the random source and a package, gives a package ---------------

def flip_member(rng, data):
    parts = hostile.members(data)
    name = rng.choice(sorted(parts))
    body = bytearray(parts[name])
    for _ in range(rng.randint(1, 8)):
        if body:
            body[rng.randrange(len(body))] = rng.randrange(256)
    parts[name] = bytes(body)
    return hostile.packed(parts)


def flip_zip(rng, data):
    body = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        body[rng.randrange(len(body))] = rng.randrange(256)
    return bytes(body)


def cut_member(rng, data):
    parts = hostile.members(data)
    name = rng.choice(sorted(parts))
    parts[name] = parts[name][:rng.randrange(len(parts[name]) + 1)]
    return hostile.packed(parts)


def cut_zip(rng, data):
    return data[:rng.randrange(len(data))]


def drop_member(rng, data):
    parts = hostile.members(data)
    parts.pop(rng.choice(sorted(parts)))
    return hostile.packed(parts)


def double_member(rng, data):
    parts = hostile.members(data)
    name, other = rng.choice(sorted(parts)), rng.choice(sorted(parts))
    entries = [hostile.Entry.of(n, d) for n, d in parts.items()] + [hostile.Entry.of(name, parts[other])]
    rng.shuffle(entries)
    return hostile.raw_zip(entries)


def lie_about_size(rng, data):
    name = rng.choice(sorted(hostile.members(data)))
    return hostile.declared_size(data, name, rng.choice([0, 1, 100, 2**24 + 1, 2**32 - 1]))


def nest(rng, data):
    opening, closing = rng.choice(WRAPPERS)
    depth = rng.choice([1, 5, 60, 90, 130, 300])
    xml = hostile.members(data)["word/document.xml"]
    start, end = xml.index(b"<w:body>") + 8, xml.rindex(b"<w:sectPr") if b"<w:sectPr" in xml else xml.rindex(b"</w:body>")
    nested = opening.encode() * depth + xml[start:end] + closing.encode() * depth
    return hostile.replaced(data, word__document_xml=xml[:start] + nested + xml[end:])


def reshape(rng, data):
    """One structural change to a random element of a random XML part: deleted, doubled, moved,
    renamed, emptied, or an attribute set to an odd value."""
    parts = hostile.members(data)
    name = rng.choice(_xml_members(data))
    root = etree.fromstring(parts[name])
    elements = list(root.iter())
    for _ in range(rng.randint(1, 12)):
        el = rng.choice(elements)
        parent = el.getparent()
        op = rng.choice(["delete", "double", "move", "rename", "empty", "attribute"])
        if op == "delete" and parent is not None:
            parent.remove(el)
            elements = list(root.iter())
        elif op == "double" and parent is not None:
            for _ in range(rng.choice([1, 2, 50])):
                parent.insert(parent.index(el), etree.fromstring(etree.tostring(el)))
            elements = list(root.iter())
        elif op == "move" and parent is not None:
            target = rng.choice(elements)
            if el not in target.iterancestors() and target is not el:
                target.append(el)
        elif op == "rename":
            el.tag = f"{{{W}}}{rng.choice(['p', 'tbl', 'tr', 'tc', 'r', 't', 'body', 'style', 'sdt', 'txbxContent'])}"
        elif op == "empty":
            el.clear()
        else:
            el.set(rng.choice([f"{{{W}}}val", f"{{{W}}}styleId", "Target", "Type", "TargetMode", "Id"]), rng.choice(VALUES))
    parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return hostile.packed(parts)


def doctype(rng, data):
    parts = hostile.members(data)
    name = rng.choice(_xml_members(data))
    xml = hostile.with_doctype(parts[name], rng.choice(DOCTYPES), rng.choice([0, 100, 5000]))
    codec, bom = rng.choice(CODECS)
    parts[name] = hostile.encoded(xml, codec, bom)
    return hostile.packed(parts)


def reencode(rng, data):
    parts = hostile.members(data)
    for name in rng.sample(_xml_members(data), 2):
        codec, bom = rng.choice(CODECS)
        parts[name] = hostile.encoded(parts[name], codec, bom, declare=rng.random() < 0.8)
    return hostile.packed(parts)


def strict(rng, data):
    return hostile.strict(data)


MUTATIONS = [flip_member, flip_zip, cut_member, cut_zip, drop_member, double_member, lie_about_size, nest,
             reshape, reshape, doctype, reencode, strict]


# --- sources and the run -------------------------------------------------------------------

@pytest.fixture(scope="module")
def sources() -> list[tuple[str, bytes]]:
    made = []
    for example in ("kommune-fast.yaml", "fylkeskommune-aaremaal-nn.yaml"):
        doc = validation.validate(inputfile.read_input(ROOT / "examples" / example)).document
        made.append((example, generate.render_document(doc)))
    drafts = [(d.name, d.build()) for d in DRAFTS[::4]]
    return made + drafts + [(name, build()) for name, build, _ in HANDWRITTEN]


def _mutated(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    steps = rng.sample(MUTATIONS, rng.choice([1, 1, 2]))
    for step in steps:
        try:
            data = step(rng, data)
        except Exception:  # noqa: BLE001 - an earlier step left nothing this one can work on
            break
    return "+".join(s.__name__ for s in steps), data


def _outcome(run, allowed: set[int]) -> str:
    start = time.monotonic()
    try:
        result = run()
    except AgreementsError as exc:
        assert exc.exit_code in allowed, exc.problems
        outcome = f"exit {int(exc.exit_code)}"
    else:
        outcome = "report" if not isinstance(result, list) else "findings"
    assert time.monotonic() - start < CASE_SECONDS
    return outcome


def _checked(data: bytes, name: str):
    """What ``agreements check`` does with a file: the report, in text and as JSON data."""
    result = checker.check_bytes(data, name)
    report.as_text(result, "nn", strict=True)
    report.as_data(result, "en")
    return result


def test_check_reads_any_mutation_within_bounds(sources):
    rng = random.Random(SEED)
    seen = Counter()
    for case in range(CHECK_CASES):
        name, data = rng.choice(sources)
        how, mutated = _mutated(rng, data)
        try:
            seen[_outcome(lambda: _checked(mutated, name), READER_CODES)] += 1
        except Exception as exc:  # noqa: BLE001 - say which case, so it can be replayed
            raise AssertionError(f"case {case}: {how} of {name}: {type(exc).__name__}: {exc}") from exc
    # the mutations reach the reader's every corner, not only its first refusal
    assert seen["report"] >= CHECK_CASES // 5 and len(seen) >= 6, seen


def test_lint_reads_any_mutation_within_bounds():
    rng = random.Random(SEED)
    template = resources.template("arbeidsavtale.nb.docx").read_bytes()
    seen = Counter()
    for case in range(LINT_CASES):
        how, mutated = _mutated(rng, template)
        try:
            seen[_outcome(lambda: lint.lint(mutated, "mal.docx"), LINT_CODES)] += 1
        except Exception as exc:  # noqa: BLE001
            raise AssertionError(f"case {case}: {how}: {type(exc).__name__}: {exc}") from exc
    assert seen["findings"] >= 2 and len(seen) >= 3, seen


def test_mutations_are_replayable():
    a, b = random.Random(SEED), random.Random(SEED)
    data = resources.template("arbeidsavtale.nb.docx").read_bytes()
    assert _mutated(a, data) == _mutated(b, data)
    assert re.fullmatch(r"[a-z_+]+", _mutated(a, data)[0])
