"""The check report's wording: not-applicable reasons, each clause's own substance names, the
summary per level, and evidence that quotes the text carrying the substance or the blank."""

from __future__ import annotations

import pytest

from agreements import catalogue, checker, report
from corpus.docxwriter import Doc

LAW_IF_REASONS = [
    ("fixed_term", {"nb": "Åremål er ikke avtalt i utkastet", "nn": "Åremål er ikkje avtalt i utkastet",
                    "en": "No fixed term (åremål) is agreed in the draft"}),
    ("retreat_position", {"nb": "Retrettstilling er ikke avtalt i utkastet", "nn": "Retrettstilling er ikkje avtalt i utkastet",
                          "en": "No retreat post is agreed in the draft"}),
    ("probation", {"nb": "Prøvetid er ikke avtalt i utkastet", "nn": "Prøvetid er ikkje avtalt i utkastet",
                   "en": "No probation period is agreed in the draft"}),
    ("severance_pay", {"nb": "Stillingsvernet er ikke fraskrevet i utkastet, og etterlønn er ikke avtalt",
                       "nn": "Stillingsvernet er ikkje fråskrive i utkastet, og etterløn er ikkje avtalt",
                       "en": "Employment protection is not waived in the draft, and no severance pay is agreed"}),
]

# What «Mangler: …» names for each clause when all its substance is missing (nb, nn, en).
SUBSTANCE = [
    ("parties", "arbeidsgiver (kommune eller fylkeskommune), arbeidsgiverens organisasjonsnummer, arbeidstakerens adresse med postnummer", "arbeidsgjevar (kommune eller fylkeskommune), organisasjonsnummeret til arbeidsgjevaren, adressa til arbeidstakaren med postnummer", "employer (municipality or county), the employer's organisation number, the employee's address with postal code"),
    ("council_decision", "vedtakets dato eller saksnummer, vedtakets saksnummer, vedtakets dato", "datoen eller saksnummeret til vedtaket, saksnummeret til vedtaket, datoen for vedtaket", "the decision's date or case number, the decision's case number, the date of the decision"),
    ("position", "stillingstittel", "stillingstittel", "job title"),
    ("workplace", "sted eller adresse for arbeidet", "stad eller adresse for arbeidet", "place or address of work"),
    ("start_date", "tiltredelsesdato", "tiltredingsdato", "start date"),
    ("employment_form", "fast eller åremål/midlertidig", "fast eller åremål/mellombels", "permanent or fixed term"),
    ("employment_percentage", "stillingsprosent eller heltid", "stillingsprosent eller heiltid", "job percentage or full time"),
    ("fixed_term", "åremålsperioden (antall år eller sluttdato), når åremålet slutter", "åremålsperioden (tal år eller sluttdato), når åremålet sluttar", "the fixed term (years or end date), when the fixed term ends"),
    ("retreat_position", "hvilken retrettstilling, lønn i retrettstillingen, hvor lenge retrettstillingen varer", "kva retrettstilling, løn i retrettstillinga, kor lenge retrettstillinga varer", "which retreat post, pay in the retreat post, how long the retreat post lasts"),
    ("probation", "prøvetidens lengde", "lengda på prøvetida", "length of the probation period"),
    ("working_time", "arbeidstid eller unntak for ledende stilling", "arbeidstid eller unntak for leiande stilling", "working hours or the senior-position exemption"),
    ("salary", "lønnsbeløp, utbetalingstidspunkt og -måte", "lønsbeløp, utbetalingstidspunkt og -måte", "amount of pay, payment date and method"),
    ("salary_review", "når lønnen vurderes, hvem som fastsetter lønnen", "når løna vert vurdert, kven som fastset løna", "when pay is reviewed, who sets the pay"),
    ("holiday", "ferieregler (ferieloven eller Hovedtariffavtalen)", "feriereglar (ferielova eller Hovudtariffavtalen)", "holiday rules"),
    ("paid_leave", "permisjon eller fravær, grunnlag (lov, tariffavtale eller reglement)", "permisjon eller fråvær, grunnlag (lov, tariffavtale eller reglement)", "leave or absence, basis (law, collective agreement or regulations)"),
    ("pension_insurance", "pensjonsinnretning (f.eks. KLP)", "pensjonsinnretning (t.d. KLP)", "pension institution (e.g. KLP)"),
    ("collective_agreements", "hvilke tariffavtaler, tariffpartene", "kva tariffavtalar, tariffpartane", "which collective agreements, the parties to them"),
    ("competence_development", "retten til kompetanseutvikling", "retten til kompetanseutvikling", "the right to competence development"),
    ("responsibility_authority", "myndighet og delegering", "mynde og delegering", "authority and delegation"),
    ("performance_expectations", "hvordan forventningene fastsettes", "korleis forventningane vert fastsette", "how expectations are set"),
    ("development_dialogue", "at samtalen skal holdes, hvor ofte samtalen holdes, hvem som deltar", "at samtalen skal haldast, kor ofte samtalen vert halden, kven som deltek", "that the dialogue is to be held, how often it is held, who takes part"),
    ("expectation_disputes", "fremgangsmåte ved uenighet", "framgangsmåte ved usemje", "procedure when there is disagreement"),
    ("confidentiality", "taushetsplikt, at plikten gjelder også etter fratreden", "teieplikt, at plikta gjeld òg etter fråtreding", "duty of confidentiality, that the duty continues after leaving"),
    ("cv_publication", "samtykke til offentliggjøring", "samtykke til offentleggjering", "consent to publication"),
    ("side_jobs", "at bierverv må godkjennes, hvem som godkjenner", "at bierverv må godkjennast, kven som godkjenner", "that side jobs need approval, who approves"),
    ("notice_and_termination", "oppsigelsesfristens lengde, fremgangsmåte og formkrav ved oppsigelse", "lengda på oppseiingsfristen, framgangsmåte og formkrav ved oppseiing", "length of the notice period, procedure and formal requirements for termination"),
    ("employment_protection_waiver", "fraskrivelse etter aml. § 15-16, mot etterlønn", "fråskriving etter aml. § 15-16, mot etterløn", "waiver under AML § 15-16, in exchange for severance pay"),
    ("severance_pay", "etterlønnens lengde eller beløp, avkorting mot annen inntekt", "lengda eller beløpet for etterløna, avkorting mot anna inntekt", "length or amount of severance pay, reduction for other income"),
    ("changes", "at endringer krever skriftlig enighet", "at endringar krev skriftleg semje", "that changes need written agreement"),
    ("signatures", "underskrift for begge parter, sted og dato", "underskrift for begge partar, stad og dato", "a signature for both parties, place and date"),
    ("results_summary", "resultater fra perioden", "resultat frå perioden", "results of the period"),
    ("new_goals", "nye mål eller forventninger", "nye mål eller forventningar", "new goals or expectations"),
    ("interaction_principles", "prinsipper for samhandling", "prinsipp for samhandling", "principles for interaction"),
    ("development_measures", "utviklingstiltak", "utviklingstiltak", "development measures"),
] + [(f"theme_{t}", "mål eller resultat under temaet", "mål eller resultat under temaet", "a goal or result under the theme")
     for t in ("economy", "users", "employees", "internal_processes", "innovation")]


def _clause(cid):
    kind = "minutes" if cid.startswith(("theme_", "results_", "new_goals", "interaction_", "development_m")) else "agreement"
    return kind, catalogue.rules(kind).clause(cid)


def _missing_report(kind, lang):
    """A report where every clause is missing (the document only has a title)."""
    d = Doc(split_runs=False)
    d.add(d.para("Notat"))
    return report.as_text(checker.check_bytes(d.to_bytes(), "notat.docx", kind), lang)


def test_every_clause_has_its_substance_named():
    ids = {c.id for kind in catalogue.CATALOGUES for c in catalogue.rules(kind).clauses}
    assert {cid for cid, *_ in SUBSTANCE} == ids


@pytest.mark.parametrize("cid,nb,nn,en", SUBSTANCE, ids=[s[0] for s in SUBSTANCE])
def test_missing_lines_name_the_clauses_own_substance(cid, nb, nn, en):
    _, clause = _clause(cid)
    names = [g.name for g in clause.substance]
    assert [report.substance_names(clause, names, lang) for lang in ("nb", "nn", "en")] == [nb, nn, en]


def test_the_missing_line_uses_those_names():
    assert "      Mangler: oppsigelsesfristens lengde." in \
        _missing_report("agreement", "nb").splitlines()


@pytest.mark.parametrize("cid,reasons", LAW_IF_REASONS, ids=[c for c, _ in LAW_IF_REASONS])
@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_not_applicable_says_the_condition_does_not_hold(cid, reasons, lang):
    text = _missing_report("agreement", lang)
    title = catalogue.rules().clause(cid).title[lang]
    lines = text[text.index(f" {title} ("):].splitlines()
    assert lines[1] == f"      {reasons[lang]}."


def test_every_law_if_clause_has_a_not_applicable_reason():
    assert {c.id for c in catalogue.rules().clauses if c.level == "law_if"} == {c for c, _ in LAW_IF_REASONS}


def _draft(blocks_of):
    d = Doc(split_runs=False)
    d.add(*blocks_of(d))
    return checker.check_bytes(d.to_bytes(), "utkast.docx")


def _weak(d):
    return [d.heading("Arbeidsavtale"), d.para("Fjordvik kommune og Kari Hansen inngår denne avtalen."),
            d.heading("Lønn"), d.para("Lønn etter avtale."), d.heading("Taushetsplikt"),
            d.para("Arbeidstakeren har taushetsplikt, også etter fratreden.")]


def test_summary_counts_each_level_and_says_what_decides():
    result = _draft(_weak)
    lines = report.as_text(result, "nb").splitlines()
    assert lines[2:7] == [
        "Resultat: IKKE GODKJENT. Punkter som avgjør og mangler eller er ufullstendige: 14. Feil i dokumentet: 0.",
        "Det som avgjør: de lovpålagte punktene og feil i dokumentet. KS-anbefalte punkter og god praksis vises, "
        "men avgjør ikke (med --strict avgjør også de KS-anbefalte).",
        "  Lovpålagt: 1 UFULLSTENDIG, 13 MANGLER, 4 IKKE AKTUELT",
        "  Anbefalt av KS: 1 OK, 8 MANGLER",
        "  God praksis: 3 MANGLER"]
    data = report.as_data(result, "nb")
    assert data["deciding_levels"] == ["law", "law_if"]
    assert data["summary_by_level"]["ks"] == {"present": 1, "incomplete": 0, "missing": 8, "not_applicable": 0}
    assert report.as_data(result, "nb", strict=True)["deciding_levels"] == ["law", "law_if", "ks"]


@pytest.mark.parametrize("strict,kind,key", [(False, "agreement", "report_decided_by"),
                                             (True, "agreement", "report_decided_by_strict"),
                                             (False, "minutes", "report_decided_by_minutes")])
def test_the_summary_names_what_decides(strict, kind, key):
    from agreements.messages import text
    d = Doc(split_runs=False)
    d.add(d.para("Notat"))
    lines = report.as_text(checker.check_bytes(d.to_bytes(), "x.docx", kind), "nb", strict).splitlines()
    assert lines[3] == text(key, "nb")


def test_table_evidence_quotes_the_value_under_its_label():
    result = _draft(lambda d: [d.para("Arbeidsavtale"), d.table([["Lønn", "Årslønn 1 100 000 kr, utbetales den 12. hver måned"],
                                                                  ["Pensjon", "Medlem i KLP"]])])
    evidence = result.result("salary").evidence
    quoted = [e for e in evidence if e.snippet != e.heading]
    assert (quoted[0].snippet, quoted[0].heading) == ("Årslønn 1 100 000 kr, utbetales den 12. hver måned", "Lønn")
    text = report.as_text(result, "nb")
    assert "tabellen, raden «Lønn»: «Årslønn 1 100 000 kr" in text


def test_incomplete_clause_quotes_the_paragraph_with_the_blank():
    result = _draft(lambda d: [d.heading("Lønn"), d.para("Lønnen utbetales den 12. hver måned."),
                               d.para("Årslønnen er kr [beløp].")])
    salary = result.result("salary")
    assert (salary.status, salary.notes) == ("incomplete", ["placeholder"])
    assert [e.snippet for e in salary.evidence] == ["Lønn", "Lønnen utbetales den 12. hver måned.",
                                                    "Årslønnen er kr [beløp]."]


@pytest.mark.parametrize("heading,text,clause_id,status", [
    ("Åremål", "Åremålet er 4 år, fra tiltredelse til [dato].", "fixed_term", "present"),  # the end date is detail
    ("Parter", "Arbeidsgiver: Nordvik kommune, org.nr. [nummer]. Arbeidstaker: Kari Nordmann.", "parties", "present"),
    ("Lønn", "Årslønnen er kr [beløp], utbetalt den 12. hver måned.", "salary", "incomplete"),
    ("Tiltredelse", "Tiltredelse skjer [dato].", "start_date", "incomplete"),
    ("Oppsigelse", "Oppsigelsesfristen er [antall] måneder.", "notice_and_termination", "incomplete"),
    ("Offentliggjøring av CV", "Kommunedirektøren samtykker til at CV offentliggjøres: [Ja/Nei]", "cv_publication", "incomplete"),
], ids=["fixed_term-end", "parties-org_number", "salary-amount", "start_date-date", "notice-length", "cv-consent"])
def test_a_blank_makes_a_clause_incomplete_only_where_its_minimum_should_be(heading, text, clause_id, status):
    result = _draft(lambda d: [d.heading(heading), d.para(text)]).result(clause_id)
    assert (result.status, "placeholder" in result.notes) == (status, True)


@pytest.mark.parametrize("label,value,clause_id,status", [
    ("Permisjon", "Etter Hovudtariffavtalen og kommunen sitt reglement", "paid_leave", "present"),
    ("Permisjoner", "Etter avtale", "paid_leave", "incomplete"),
    ("Taushetsplikt", "–", "confidentiality", "incomplete"),
])
def test_a_table_label_is_the_subject_of_the_value_beside_it(label, value, clause_id, status):
    result = _draft(lambda d: [d.para("Arbeidsavtale"), d.table([["Stilling", "Kommunedirektør"], [label, value]])])
    assert result.result(clause_id).status == status


@pytest.mark.parametrize("heading,text,clause_id,detail", [
    ("Etterlønn", "Etterlønn gis i 9 måneder. Inntekt fra annet arbeid kommer til fradrag.", "severance_pay", "reduction"),
    ("Etterløn", "Etterløna svarar til 12 månader løn. Anna inntekt i perioden går til frådrag.", "severance_pay", "reduction"),
])
def test_a_recommended_detail_in_other_words_is_not_noted_missing(heading, text, clause_id, detail):
    result = _draft(lambda d: [d.heading(heading), d.para(text)]).result(clause_id)
    assert result.status == "present" and detail not in result.details_missing


@pytest.mark.parametrize("line,blank", [
    ("______________________________ ______________________________ for Brattli kommune, ordfører Anders Holt", False),
    ("For Tverrå kommune: ____________________ (ordfører Gunn Elin Storø)", False),
    ("Kommunedirektør: ____________________ (Anders Wold Kristiansen)", False),
    ("Myrvoll, ____________ 2025", False),
    ("12 Bierverv og verv ......................................... 3", False),  # a table of contents
    ("Tiltredelse: ______ (dato)", True),
    ("Årslønn: kr ______", True),
    ("Lønnstrinn ........", True),
])
def test_a_line_to_sign_or_of_a_table_of_contents_is_not_a_blank(line, blank):
    result = _draft(lambda d: [d.heading("Arbeidsavtale"), d.para(line)])
    assert ("placeholders" in {f.code for f in result.findings}) == blank


def test_placeholder_finding_quotes_each_line_with_a_blank_even_one_that_looks_like_a_heading():
    result = _draft(lambda d: [d.heading("Parter"), d.para("Arbeidstaker: [navn]", bold=True),
                               d.para("Fjordvik kommune er arbeidsgiver fra [dato].")])
    finding = next(f for f in result.findings if f.code == "placeholders")
    assert [e.snippet for e in finding.evidence] == ["Arbeidstaker: [navn]", "Fjordvik kommune er arbeidsgiver fra [dato]."]
    findings_text = report.as_text(result, "nb").split("Funn i hele dokumentet")[1]
    assert "«Arbeidstaker: [navn]»" in findings_text and "[dato]." in findings_text
