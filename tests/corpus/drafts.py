"""The labelled corpus: drafts in varied real-world styles and the expected status of every clause.

A draft says which clauses it includes and how (`full`, `deficient`, `deficient:<variant>`,
`inserted` as a pending tracked insertion, `deleted` as tracked-deleted text, `textbox`);
the expected status of each of the 30 clauses follows from that: full/inserted/textbox →
present, deficient → incomplete, left out → missing, or not_applicable for a law_if clause whose
condition the draft does not contain. `expect` overrides single labels where a human reading
the draft would judge otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .docxwriter import Doc
from .texts import DEFICIENT, FULL

ORDER = list(FULL["nb"])
LAW_IF = {"fixed_term", "retreat_position", "probation", "severance_pay"}
# Deficient variants (corpus/texts.py) that lack only recommended detail: the duty of
# confidentiality without «after leaving», a dialogue agreed without how often. Their minimum is
# there, so they are present (shared/domain/clauses.md separates minimum from detail).
DETAIL_ONLY = {"confidentiality", "development_dialogue"}
FAST = [c for c in ORDER if c not in ("fixed_term", "retreat_position", "probation")]
WITH_PROBATION = FAST + ["probation"]
AAREMAAL = [c for c in ORDER if c != "probation"]


@dataclass
class Draft:
    name: str
    lang: str
    layout: str  # styled | overskrift | bold_numbered | caps | paragraph_sign | table | table_sdt | prose | inline
    include: dict[str, str]
    expect: dict[str, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    footnote: str | None = None
    mix_with: str | None = None  # every other clause in this other language form
    findings: set[str] = field(default_factory=set)  # finding codes that must be reported
    replace: dict[str, str] = field(default_factory=dict)  # text substitutions in bodies

    def expected(self) -> dict[str, str]:
        out = {}
        for cid in ORDER:
            how = self.include.get(cid)
            if how is None or how == "deleted":
                out[cid] = "not_applicable" if cid in LAW_IF else "missing"
            elif how.startswith("deficient"):
                # these variants lack only what clauses.md calls recommended detail
                out[cid] = "present" if how == "deficient" and cid in DETAIL_ONLY else "incomplete"
            else:
                out[cid] = "present"
        if out["employment_protection_waiver"] == "missing" and out["severance_pay"] == "missing":
            out["severance_pay"] = "not_applicable"
        if out["employment_protection_waiver"] != "missing" and out["severance_pay"] == "not_applicable":
            out["severance_pay"] = "missing"  # the waiver makes etterlønn required
        out.update(self.expect)
        return out

    def texts(self, cid: str, index: int) -> dict:
        how = self.include[cid]
        lang = self.mix_with if self.mix_with and index % 2 else self.lang
        if how.startswith("deficient"):
            variant = how.split(":", 1)[1] if ":" in how else cid
            text = dict(DEFICIENT[lang][variant])
        else:
            text = dict(FULL[lang][cid])
        for old, new in self.replace.items():
            text["body"] = [b.replace(old, new) for b in text["body"]]
            text["value"] = text["value"].replace(old, new)
        return text

    def build(self) -> bytes:
        doc = Doc(seed=hash(self.name) % 1000)
        doc.header, doc.footer = list(self.header), list(self.footer)
        title = "ARBEIDSAVTALE" if self.lang == "nb" else "ARBEIDSAVTALE FOR KOMMUNEDIREKTØR"
        doc.add(doc.para(title, style="Tittel"))
        rows = []
        clauses = [c for c in ORDER if c in self.include]
        for number, cid in enumerate(clauses, start=1):
            text, how = self.texts(cid, number), self.include[cid]
            if self.layout in ("table", "table_sdt"):
                if how == "textbox":
                    rows.append([text["label"], [doc.textbox(text["value"])]])
                else:
                    rows.append([text["label"], text["value"]])
                continue
            blocks = []
            heading = text["heading"]
            tracked = {"inserted": "ins", "deleted": "del"}.get(how)
            line, style, bold = {
                "styled": (heading, "Heading1", False),
                "overskrift": (heading, "Overskrift1", False),
                "bold_numbered": (f"{number}. {heading}", None, True),
                "caps": (heading.upper(), None, False),
                "paragraph_sign": (f"§ {number} {heading}", None, False),
            }.get(self.layout, (None, None, False))
            if line is not None:
                segments = [(tracked, line)] if tracked else None
                blocks.append(doc.para(line, style=style, bold=bold, segments=segments))
            body = list(text["body"])
            if self.layout == "inline":
                blocks.append(doc.para(f"{number}. {heading}: {' '.join(body)}"))
            elif how == "textbox":
                blocks.append(doc.textbox(*body))
            else:
                blocks.extend(doc.para(b) for b in body)
            if tracked:
                prefix = f"{number}. {heading}: " if self.layout == "inline" else ""
                blocks = blocks[:1] if line is not None else []
                blocks += [doc.para(segments=[(tracked, prefix + " ".join(body) if prefix else b)])
                           for b in (body[:1] if prefix else body)]
            if cid == "confidentiality" and self.footnote:
                blocks.append(doc.para(segments=[("normal", "Se merknad."), ("note", self.footnote)]))
            doc.add(*blocks)
        if rows:
            doc.add(doc.table(rows, sdt_cells=self.layout == "table_sdt"))
        return doc.to_bytes()


def _all(clauses, how="full", **special) -> dict[str, str]:
    out = {c: how for c in clauses}
    out.update(special)
    return out


DRAFTS = [
    Draft("nb_styled_full", "nb", "styled", _all(WITH_PROBATION)),
    Draft("nb_table_defects", "nb", "table",
          _all([c for c in FAST if c not in ("cv_publication", "side_jobs", "employment_protection_waiver",
                                                "severance_pay")],
               salary="deficient", pension_insurance="deficient")),
    Draft("nb_prose", "nb", "prose",
          _all([c for c in WITH_PROBATION if c not in ("competence_development", "paid_leave",
                                                       "expectation_disputes")])),
    Draft("nn_bold_numbered_aaremaal_tracked", "nn", "bold_numbered",
          _all(AAREMAAL + ["probation"], severance_pay="inserted", probation="deleted"),
          findings={"tracked_changes"}),
    Draft("nn_table_sdt_blanks", "nn", "table_sdt",
          _all([c for c in FAST if c not in ("employment_protection_waiver", "severance_pay")],
               parties="deficient", salary="deficient:salary_blank", start_date="deficient"),
          findings={"placeholders"}),
    Draft("nb_caps_textbox_header_footnote", "nb", "caps", _all(FAST, confidentiality="textbox"),
          header=["Solbakken kommune – arbeidsavtale for kommunedirektør"], footer=["Side 1 av 3"],
          footnote="Forvaltningsloven § 13 flg. gjelder også etter fratreden."),
    Draft("nb_waiver_without_severance_fnr", "nb", "overskrift",
          _all([c for c in WITH_PROBATION if c != "severance_pay"]),
          replace={"og Lise Marie Holm,": "og Lise Marie Holm (f.nr. 010101 12377),"},
          findings={"waiver_without_severance", "personal_id_in_document"}),
    Draft("nb_nn_mixed", "nb", "styled", _all(FAST), mix_with="nn", findings={"mixed_language_forms"}),
    Draft("nn_prose", "nn", "prose", _all([c for c in WITH_PROBATION if c not in ("changes", "signatures")])),
    Draft("nb_inline_mentions_without_substance", "nb", "inline",
          _all(WITH_PROBATION, notice_and_termination="deficient", confidentiality="deficient",
               probation="deficient", development_dialogue="deficient", severance_pay="deficient")),
    Draft("nb_paragraph_sign_aaremaal_raadmann", "nb", "paragraph_sign", _all(AAREMAAL),
          replace={"kommunedirektør i Solbakken": "rådmann i Solbakken", "Kommunedirektør": "Rådmann"}),
    Draft("nn_overskrift_defects", "nn", "overskrift",
          _all(WITH_PROBATION, confidentiality="deficient", development_dialogue="deficient",
               notice_and_termination="deficient", pension_insurance="deficient")),
    Draft("nb_table_aaremaal_textbox", "nb", "table",
          _all(AAREMAAL, cv_publication="textbox", start_date="deficient", parties="deficient")),
    Draft("nn_caps_no_waiver", "nn", "caps",
          _all([c for c in WITH_PROBATION if c not in ("employment_protection_waiver", "severance_pay",
                                                        "salary_review", "side_jobs")],
               salary="deficient")),
]
