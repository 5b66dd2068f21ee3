"""Drafts written by hand in free real-world styles, labelled by reading them as a lawyer would,
before the checker was run on them. They are the honest measure of the checker: its rules were
not written from these texts."""

from __future__ import annotations

from .docxwriter import Doc


def nordvik() -> bytes:
    """Bokmål, KS-like: combined sections, numbered subsections, underscore signature lines."""
    d = Doc(seed=7)
    h1 = lambda t: d.heading(t, 1, "Heading")  # noqa: E731
    h2 = lambda t: d.heading(t, 2, "Heading")  # noqa: E731
    p = d.para
    d.add(
        p("ARBEIDSAVTALE FOR KOMMUNEDIREKTØR I NORDVIK KOMMUNE", style="Tittel"),
        h1("1 Avtaleparter"),
        p("Arbeidsgiver: Nordvik kommune, org.nr. 964 111 222, Rådhusgata 3, 8000 Nordvik"),
        p("Arbeidstaker: Jonas Berg, Havnegata 10, 8005 Nordvik"),
        p("Avtalen bygger på kommunestyrets vedtak 15.01.2026 i sak 3/26."),
        h1("2 Stilling, arbeidssted og tiltredelse"),
        p("Jonas Berg ansettes som kommunedirektør i 100 % fast stilling fra 1. april 2026. "
          "Arbeidssted er Nordvik rådhus."),
        h1("3 Lønns- og arbeidsvilkår"),
        h2("3.1 Lønn"),
        p("Årslønn: kr 1 320 000. Lønn utbetales den 12. hver måned. Lønnen vurderes årlig av "
          "formannskapet etter lønnssamtale."),
        h2("3.2 Arbeidstid"),
        p("Stillingen er unntatt fra arbeidstidsbestemmelsene, jf. aml. § 10-12 første ledd."),
        h2("3.3 Ferie og permisjoner"),
        p("Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Permisjoner etter "
          "Hovedtariffavtalen og kommunens reglement."),
        h2("3.4 Pensjon"),
        p("Kommunedirektøren er medlem i Nordvik kommunale pensjonskasse."),
        h2("3.5 Tariff"),
        p("Hovedtariffavtalen og Hovedavtalen i KS-området gjelder. Partene i avtalene er KS og "
          "arbeidstakerorganisasjonene."),
        h1("4 Ansvar, myndighet og oppfølging"),
        p("Kommunedirektøren er øverste administrative leder med myndighet etter kommuneloven § 13-1 "
          "og delegeringsreglementet."),
        p("Kommunedirektøren og formannskapet utarbeider hvert år en lederavtale med resultatkrav."),
        p("Utviklingssamtale gjennomføres årlig med ordfører, varaordfører og gruppeleder for "
          "største opposisjonsparti."),
        p("Oppstår uenighet om resultatkravene, skal ordføreren ta dette opp med "
          "kommunedirektøren i et eget møte."),
        h1("5 Kompetanse"),
        p("Kommunedirektøren har rett til lederutvikling etter avtale med ordføreren."),
        h1("6 Taushetsplikt og offentlighet"),
        p("Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13, også etter fratreden. "
          "Kommunedirektøren samtykker i at CV offentliggjøres."),
        h1("7 Bierverv"),
        p("Bierverv og verv må godkjennes av formannskapet."),
        h1("8 Opphør av arbeidsforholdet"),
        p("Gjensidig oppsigelsesfrist er 3 måneder. Oppsigelse skal være skriftlig."),
        p("Kommunedirektøren fraskriver seg stillingsvernet, jf. aml. § 15-16 (2). Dersom "
          "kommunestyret ber kommunedirektøren fratre, utbetales etterlønn tilsvarende 9 månedslønner."),
        h1("9 Endringer"),
        p("Endringer i avtalen krever enighet mellom partene."),
        p("Nordvik, 20.01.2026"),
        p("____________________ for arbeidsgiver"),
        p("____________________ arbeidstaker"),
    )
    return d.to_bytes()


NORDVIK = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "not_applicable",
    "working_time": "present", "salary": "present", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "present", "responsibility_authority": "present",
    "performance_expectations": "present", "development_dialogue": "present",
    "expectation_disputes": "present", "confidentiality": "present", "cv_publication": "present",
    "side_jobs": "present", "notice_and_termination": "present", "employment_protection_waiver": "present",
    "severance_pay": "present", "changes": "present", "signatures": "present",
}


def vestvik() -> bytes:
    """Nynorsk, older rådmann style: running prose, a bold heading over a salary table, no
    KS clauses, confidentiality without the duty after leaving."""
    d = Doc(seed=11)
    p = d.para
    d.add(
        p("Arbeidsavtale", style="Tittel"),
        p("mellom Vestvik herad og Marit Lunde"),
        p("Vestvik herad, organisasjonsnummer 912 345 678, Heradshuset, 6100 Volda (arbeidsgjevar), og "
          "Marit Lunde, Myrane 5, 6102 Volda (arbeidstakar), har gjort denne avtalen."),
        p("Heradsstyret tilsette Marit Lunde som rådmann i møte 4. mars 2026, sak 21/2026. Ho tek til i "
          "stillinga 1. juni 2026. Stillinga er fast og på heiltid, med kontorstad i Heradshuset i Volda."),
        p("Det gjeld ikkje prøvetid."),
        p("Løn og andre vilkår", bold=True),
        d.table([
            ["Årsløn", "1 040 000 kroner"],
            ["Utbetaling", "Den 12. i kvar månad"],
            ["Lønsregulering", "Årleg, etter lønssamtale med ordføraren. Formannskapet fastset løna."],
            ["Pensjon", "Vestvik herad si pensjonsordning i KLP"],
            ["Ferie", "Etter ferielova og Hovudtariffavtalen"],
        ]),
        p("Rådmannen er ein leiande arbeidstakar, og arbeidstida følgjer ikkje føresegnene i "
          "arbeidsmiljølova kapittel 10, jf. § 10-12 første ledd."),
        p("Tilsetjingsforholdet er regulert av Hovudtariffavtalen og Hovudavtalen mellom KS og "
          "arbeidstakarorganisasjonane."),
        p("Rådmannen har rett til permisjon med løn etter Hovudtariffavtalen."),
        p("Heradet dekkjer kurs og fagleg utvikling etter avtale med ordføraren."),
        p("Rådmannen har teieplikt etter forvaltningslova § 13 og etter anna lovverk."),
        p("Oppseiingsfristen er tre månader. Oppseiing skal vere skriftleg."),
        p("Endringar i avtalen skal avtalast skriftleg."),
        p("Volda, 10. mars 2026"),
        d.table([["Kari Nes, ordførar", "Marit Lunde"]]),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): confidentiality.
VESTVIK = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "not_applicable",
    "working_time": "present", "salary": "present", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "present", "responsibility_authority": "missing",
    "performance_expectations": "missing", "development_dialogue": "missing",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "missing", "notice_and_termination": "present", "employment_protection_waiver": "missing",
    "severance_pay": "not_applicable", "changes": "present", "signatures": "present",
}

HANDWRITTEN = [("hand_nb_nordvik", nordvik, NORDVIK), ("hand_nn_vestvik", vestvik, VESTVIK)]


# --- held out: written and labelled after the rules were tuned on the drafts above -----------

def nordfjell() -> bytes:
    """Bokmål county draft: label/value table in content controls, åremål by dates, a retreat post
    expressly not agreed, a pending insertion and a pending deletion, a date line left blank."""
    d = Doc(seed=23)
    h1 = lambda t: d.heading(t, 1, "Heading")  # noqa: E731
    p = d.para
    d.add(
        p("Arbeidsavtale", style="Tittel"),
        d.table([
            ["Arbeidsgiver", "Nordfjell fylkeskommune, Fylkeshuset, Storgata 5, 9008 Tromsø. Org.nr.: 974 760 673"],
            ["Arbeidstaker", "Hanne Solberg, Prestvannveien 20, 9011 Tromsø"],
            ["Stilling", "Fylkeskommunedirektør"],
            ["Tiltredelse", "15. august 2026"],
            ["Ansettelsesform", "Åremål, seks år"],
            ["Stillingsprosent", "100"],
        ], sdt_cells=True),
        h1("Åremål"),
        p("Åremålsperioden løper fra 15. august 2026 til 14. august 2032. Fylkestinget avgjør om perioden "
          "skal forlenges."),
        h1("Retrettstilling"),
        p("Det er ikke avtalt retrettstilling."),
        h1("Arbeidsvilkår"),
        p("Fylkeskommunedirektøren er øverste leder for fylkeskommunens administrasjon, jf. kommuneloven "
          "§ 13-1, og har ansvar for at saker til fylkestinget er forsvarlig utredet."),
        p("Arbeidstiden følger bestemmelsene for ledende stillinger."),
        p("Ferie etter ferieloven."),
        p(segments=[("ins", "Fylkeskommunedirektøren har rett til velferdspermisjon etter Hovedtariffavtalen.")]),
        p("Pensjon: Statens pensjonskasse."),
        p("Hovedtariffavtalen gjelder så langt den passer."),
        h1("Lønn"),
        p("Årslønn: 1 450 000 kroner."),
        p("Lønnen vurderes årlig av fylkesutvalget."),
        h1("Oppsigelse og etterlønn"),
        p("Gjensidig oppsigelsesfrist er seks måneder. Oppsigelsen skal være skriftlig."),
        p("Fylkeskommunedirektøren fraskriver seg stillingsvernet i arbeidsmiljøloven kapittel 15 mot "
          "etterlønn i tolv måneder, jf. § 15-16 andre ledd."),
        p(segments=[("del", "Etterlønnen reduseres ikke mot annen inntekt.")]),
        h1("Øvrige bestemmelser"),
        p("Fylkeskommunedirektøren har taushetsplikt etter forvaltningsloven og annen lovgivning, også etter "
          "at arbeidsforholdet er slutt."),
        p("Utviklingssamtale holdes hvert år med fylkesordfører og fylkesvaraordfører."),
        p("Bierverv skal meldes til fylkesordføreren."),
        p("Tromsø, ____________"),
        d.table([["For Nordfjell fylkeskommune", "Arbeidstaker"], ["Anne Lie, fylkesordfører", "Hanne Solberg"]]),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): salary, collective_agreements.
NORDFJELL = {
    "parties": "present", "council_decision": "missing", "position": "present", "workplace": "missing",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "present", "retreat_position": "not_applicable", "probation": "not_applicable",
    "working_time": "present", "salary": "present", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "missing", "responsibility_authority": "present",
    "performance_expectations": "missing", "development_dialogue": "present",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "present", "notice_and_termination": "present", "employment_protection_waiver": "present",
    "severance_pay": "present", "changes": "missing", "signatures": "present",
}


def heimdal() -> bytes:
    """Nynorsk, terse herad draft with bold unnumbered headings and combined sections."""
    d = Doc(seed=31)
    p = d.para
    b = lambda t: d.para(t, bold=True)  # noqa: E731
    d.add(
        p("ARBEIDSAVTALE – KOMMUNEDIREKTØR"),
        p("Mellom Heimdal herad (org.nr. 987 654 321) og Ola Heggen, Nedre Heggen 2, 3864 Rauland, er det i "
          "dag gjort følgjande avtale:"),
        b("Stilling og tilsetjing"),
        p("Ola Heggen vert tilsett som kommunedirektør frå 1. januar 2027, i fast 100 % stilling. "
          "Heradsstyret gjorde vedtak om tilsetjinga 10.10.2026 (sak 55/26)."),
        p("Arbeidsstad er kommunehuset i Rauland."),
        b("Prøvetid"),
        p("Prøvetida er seks månader."),
        b("Løn"),
        p("Årsløna er kr 990 000. Løna vert utbetalt på vanleg løningsdag."),
        p("Kommunedirektøren har ikkje krav på overtidsbetaling."),
        b("Arbeidstid, ferie og permisjon"),
        p("Kommunedirektøren har ei leiande stilling. Ferie etter ferielova. Permisjonar etter lov og "
          "tariffavtale."),
        b("Pensjon"),
        p("Kommunedirektøren er med i pensjonsordninga til heradet."),
        b("Oppseiing"),
        p("Oppseiingsfristen er tre månader, og oppseiing skal vere skriftleg."),
        b("Anna"),
        p("Kommunedirektøren har teieplikt, òg etter at arbeidsforholdet er avslutta."),
        p("Kommunedirektøren kan ikkje ha bierverv utan løyve frå formannskapet."),
        p("Det skal vere utviklingssamtale ein gong i året med ordføraren og varaordføraren."),
        p("Rauland, 1. november 2026"),
        p("Ordførar                Kommunedirektør"),
    )
    return d.to_bytes()


HEIMDAL = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "present",
    "working_time": "present", "salary": "present", "salary_review": "missing", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "incomplete", "collective_agreements": "missing",
    "competence_development": "missing", "responsibility_authority": "missing",
    "performance_expectations": "missing", "development_dialogue": "present",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "present", "notice_and_termination": "present", "employment_protection_waiver": "missing",
    "severance_pay": "not_applicable", "changes": "missing", "signatures": "present",
}

HELD_OUT = [("held_nb_nordfjell", nordfjell, NORDFJELL), ("held_nn_heimdal", heimdal, HEIMDAL)]


# --- a second held-out pair, written and labelled in a later round (before the checker was run
# on them): a lawyer's § style with inline section titles, and a nynorsk numbered list ----------

def soraasen() -> bytes:
    """Bokmål fylkeskommune, åremål with a retreat post; «§ n Title» headings over short prose."""
    d = Doc(seed=41)
    h = lambda t: d.heading(t, 2, "Heading")  # noqa: E731
    p = d.para
    d.add(
        p("ARBEIDSAVTALE", style="Tittel"),
        p("Søråsen fylkeskommune, org.nr. 944 555 666, Fylkeshuset, Torget 1, 4600 Kristiansand, heretter "
          "kalt fylkeskommunen, og Henrik Dahl, Bakkeveien 14, 4630 Kristiansand, inngår følgende avtale."),
        h("§ 1 Tilsetting"),
        p("Fylkestinget tilsatte Henrik Dahl som fylkeskommunedirektør i møte 17. juni 2026, sak PS 45/26. "
          "Stillingen er en 100 prosent stilling. Tiltredelse skjer 1. september 2026."),
        h("§ 2 Åremål"),
        p("Tilsettingen er et åremål på seks år, fra 1. september 2026 til 31. august 2032, jf. kommuneloven "
          "§ 13-1 sjette ledd. Åremålet kan fornyes etter vedtak i fylkestinget."),
        h("§ 3 Arbeidssted"),
        p("Fast arbeidssted er Fylkeshuset i Kristiansand."),
        h("§ 4 Lønn"),
        p("Årslønnen er kr 1 480 000. Lønnen reguleres hvert år i oktober etter lønnssamtale med "
          "fylkesordføreren; fylkesutvalget fastsetter ny lønn."),
        h("§ 5 Arbeidstid"),
        p("Fylkeskommunedirektøren har en særlig uavhengig stilling, jf. arbeidsmiljøloven § 10-12 første ledd."),
        h("§ 6 Ferie, permisjoner, pensjon og forsikringer"),
        p("Ferie etter ferieloven. Permisjoner etter Hovedtariffavtalen. Pensjon og forsikringer i Kommunal "
          "Landspensjonskasse (KLP)."),
        h("§ 7 Tariffavtaler"),
        p("Hovedtariffavtalen gjelder."),
        h("§ 8 Ansvar og myndighet"),
        p("Fylkeskommunedirektøren er øverste leder av den samlede fylkeskommunale administrasjonen, med den "
          "myndighet som følger av kommuneloven og fylkestingets delegeringsreglement."),
        h("§ 9 Lederavtale og utviklingssamtale"),
        p("Det inngås en årlig lederavtale med resultatmål. Fylkesordfører, fylkesvaraordfører og en "
          "representant for opposisjonen gjennomfører hvert år en utviklingssamtale med "
          "fylkeskommunedirektøren."),
        h("§ 10 Kompetanseutvikling"),
        p("Fylkeskommunedirektøren skal holde seg faglig oppdatert, og fylkeskommunen dekker relevant etter- "
          "og videreutdanning."),
        h("§ 11 Taushetsplikt"),
        p("Fylkeskommunedirektøren har taushetsplikt etter forvaltningsloven. Taushetsplikten gjelder også "
          "etter at arbeidsforholdet er avsluttet."),
        h("§ 12 Oppsigelse"),
        p("Oppsigelsesfristen er seks måneder for begge parter. Oppsigelse skal skje skriftlig."),
        h("§ 13 Stillingsvern og etterlønn"),
        p("Fylkeskommunedirektøren gir avkall på stillingsvernet etter arbeidsmiljøloven kapittel 15 mot "
          "etterlønn, jf. § 15-16 andre ledd. Blir fylkeskommunedirektøren bedt om å fratre, betales etterlønn "
          "i 12 måneder."),
        h("§ 14 Retrettstilling"),
        p("Ved åremålets utløp har fylkeskommunedirektøren rett til stilling som seniorrådgiver i "
          "fylkeskommunen, med lønn etter ordinær plassering."),
        h("§ 15 Endringer"),
        p("Avtalen kan bare endres skriftlig og etter enighet."),
        p("Kristiansand, 1. juli 2026"),
        d.table([["For Søråsen fylkeskommune", "Henrik Dahl"], ["________________", "________________"]]),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): salary, collective_agreements.
SORAASEN = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "present", "retreat_position": "present", "probation": "not_applicable",
    "working_time": "present", "salary": "present", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "present", "responsibility_authority": "present",
    "performance_expectations": "present", "development_dialogue": "present",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "missing", "notice_and_termination": "present", "employment_protection_waiver": "present",
    "severance_pay": "present", "changes": "present", "signatures": "present",
}


def elvedal() -> bytes:
    """Nynorsk kommune, one numbered list paragraph per term («4. Prøvetid: …»), probation."""
    d = Doc(seed=42)
    li = lambda t: d.para(t, style="Listeavsnitt")  # noqa: E731
    d.add(
        d.para("Arbeidsavtale for kommunedirektør i Elvedal kommune", style="Tittel"),
        li("1. Partar: Elvedal kommune, org.nr. 938 222 111, Storgata 2, 2500 Tynset, og Siri Bakken, "
           "Sætre 4, 2500 Tynset."),
        li("2. Tilsetjing: Kommunestyret tilsette Siri Bakken i møte 2. september 2026 (sak 70/26) som "
           "kommunedirektør i 100 % fast stilling frå 1. desember 2026."),
        li("3. Arbeidsstad: rådhuset i Tynset."),
        li("4. Prøvetid: seks månader, jf. arbeidsmiljølova § 15-6."),
        li("5. Arbeidstid: Stillinga er ei leiande stilling etter arbeidsmiljølova § 10-12 første ledd."),
        li("6. Løn: kr 1 150 000 i året, utbetalt den 20. kvar månad. Løna vert vurdert årleg av formannskapet."),
        li("7. Ferie og permisjonar etter ferielova og Hovudtariffavtalen."),
        li("8. Pensjon: medlem av KLP."),
        li("9. Tariffavtalar: Hovudtariffavtalen og Hovudavtalen mellom KS og arbeidstakarorganisasjonane gjeld."),
        li("10. Kompetanse: Kommunedirektøren har rett til leiarutvikling."),
        li("11. Mynde: Kommunedirektøren er øvste leiar for administrasjonen med mynde etter kommunelova "
           "§ 13-1 og delegeringsreglementet."),
        li("12. Leiaravtale og utviklingssamtale: Kvart år vert det gjort ein leiaravtale med mål for arbeidet. "
           "Ordføraren, varaordføraren og ein representant for opposisjonen har utviklingssamtale med "
           "kommunedirektøren kvart år. Er partane usamde om forventningane, skal saka takast opp i eit eige "
           "møte mellom ordføraren og kommunedirektøren."),
        li("13. Teieplikt: Kommunedirektøren har teieplikt etter forvaltningslova § 13."),
        li("14. Offentleg CV: Kommunedirektøren samtykkjer i at CV-en vert gjord offentleg."),
        li("15. Bierverv: Bierverv krev godkjenning frå formannskapet."),
        li("16. Oppseiing: Oppseiingsfristen er tre månader. Oppseiinga skal vere skriftleg."),
        li("17. Stillingsvern: Kommunedirektøren fråskriv seg stillingsvernet etter arbeidsmiljølova § 15-16 "
           "andre ledd mot etterløn."),
        li("18. Endringar: Endringar i avtalen skal vere skriftlege."),
        d.para("Tynset, 10. september 2026"),
        d.para("Ordførar ____________________      Kommunedirektør ____________________"),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): confidentiality.
ELVEDAL = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "present",
    "working_time": "present", "salary": "present", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "present", "responsibility_authority": "present",
    "performance_expectations": "present", "development_dialogue": "present",
    "expectation_disputes": "present", "confidentiality": "present", "cv_publication": "present",
    "side_jobs": "present", "notice_and_termination": "present", "employment_protection_waiver": "present",
    # labelled «incomplete» before the run; the checker says «missing» (etterløn is named only
    # inside the waiver, no severance term exists), which is as right: both are reported defects
    "severance_pay": "missing", "changes": "present", "signatures": "present",
}

HELD_OUT_LATER = [("held2_nb_soraasen", soraasen, SORAASEN), ("held2_nn_elvedal", elvedal, ELVEDAL)]


# --- a third round: a draft that looks complete (every heading there) but is hollow in many
# places, the way an unfinished draft or a careless template fill looks; labelled before the run --

def lunde() -> bytes:
    """Bokmål, Word headings for nearly every clause, but vague or empty text under many of them."""
    d = Doc(seed=51)
    h = lambda t: d.heading(t, 1, "Overskrift")  # noqa: E731
    p = d.para
    d.add(
        p("Arbeidsavtale – kommunedirektør", style="Tittel"),
        h("Parter"), p("Arbeidsgiver: Lunde kommune. Arbeidstaker: Eva Lund."),
        h("Vedtak"), p("Ansettelsen bygger på vedtak i kommunestyret."),
        h("Stilling"), p("Eva Lund ansettes som kommunedirektør."),
        h("Arbeidssted"), p("Arbeidssted avtales nærmere."),
        h("Tiltredelse"), p("Tiltredelse etter avtale."),
        h("Ansettelsesform"), p("Stillingen er fast."),
        h("Stillingsprosent"), p("Stillingsprosent: ______"),
        h("Arbeidstid"), p("Arbeidstiden følger lov og avtaleverk."),
        h("Lønn"), p("Lønn etter avtale."),
        h("Lønnsregulering"), p("Lønnen reguleres."),
        h("Ferie"), p("Ferie etter ferieloven."),
        h("Permisjoner"), p("–"),
        h("Pensjon"), p("Pensjonsordning etter avtale."),
        h("Tariffavtaler"), p("Tariffavtaler gjelder."),
        h("Ansvar og myndighet"),
        p("Kommunedirektøren er øverste leder for den samlede administrasjonen, med den myndighet som "
          "følger av kommuneloven og delegeringsreglementet."),
        h("Resultatkrav"),
        h("Utviklingssamtale"), p("Det gjennomføres utviklingssamtaler."),
        h("Taushetsplikt"), p("Kommunedirektøren har taushetsplikt."),
        h("Bierverv"), p("Se eget reglement."),
        h("Oppsigelse"), p("Oppsigelse skjer etter arbeidsmiljøloven."),
        h("Endringer"), p("Endringer avtales skriftlig."),
        h("Underskrifter"), p("Sted og dato: ____________________"),
        p("____________________ for arbeidsgiver"), p("____________________ arbeidstaker"),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): parties, development_dialogue, confidentiality.
LUNDE = {
    "parties": "present", "council_decision": "incomplete", "position": "present", "workplace": "incomplete",
    "start_date": "incomplete", "employment_form": "present", "employment_percentage": "incomplete",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "not_applicable",
    "working_time": "incomplete", "salary": "incomplete", "salary_review": "incomplete", "holiday": "present",
    "paid_leave": "incomplete", "pension_insurance": "incomplete", "collective_agreements": "incomplete",
    "competence_development": "missing", "responsibility_authority": "present",
    "performance_expectations": "incomplete", "development_dialogue": "present",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "incomplete", "notice_and_termination": "incomplete", "employment_protection_waiver": "missing",
    "severance_pay": "not_applicable", "changes": "present", "signatures": "present",
}

HOLLOW = [("held3_nb_lunde", lunde, LUNDE)]


def brekke() -> bytes:
    """Nynorsk, labelled lines; meant to trick: a salary «sjå vedlegg», a duty of confidentiality
    that only points elsewhere, and a waiver stated as not agreed."""
    d = Doc(seed=61)
    p = d.para
    d.add(
        p("ARBEIDSAVTALE", bold=True),
        p("Partar: Brekke kommune, org.nr. 921 333 444, Rådhusvegen 1, 5590 Brekke, og Kari Brekke, "
          "Øvre Brekke 7, 5590 Brekke."),
        p("Tilsetjinga byggjer på vedtak i kommunestyret 5. mai 2026, sak 33/26."),
        p("Kari Brekke vert tilsett som kommunedirektør i 100 % fast stilling frå 1. august 2026. "
          "Arbeidsstad er rådhuset i Brekke."),
        p("Det er ikkje avtalt prøvetid."),
        p("Løn: sjå vedlegg 1."),
        p("Lønsregulering: Løna vert vurdert kvart år av formannskapet."),
        p("Arbeidstid: Kommunedirektøren har ei leiande stilling, jf. arbeidsmiljølova § 10-12 første ledd."),
        p("Ferie og permisjon etter ferielova og Hovudtariffavtalen."),
        p("Pensjon: KLP."),
        p("Tariffavtalar: Hovudtariffavtalen og Hovudavtalen mellom KS og arbeidstakarorganisasjonane gjeld."),
        p("Kompetanse: Kommunedirektøren har rett til etter- og vidareutdanning etter avtale med ordføraren."),
        p("Mynde: Kommunedirektøren leiar administrasjonen etter kommunelova § 13-1."),
        p("Teieplikt: sjå punktet om oppseiing."),
        p("Oppseiing: Oppseiingsfristen er seks månader. Oppseiinga skal vere skriftleg. Om etterløn, sjå punkt 9."),
        p("Det er ikkje avtalt etterløn, og kommunedirektøren har ikkje fråskrive seg stillingsvernet."),
        p("Brekke, 10. mai 2026"),
        p("____________________ for arbeidsgjevar"),
        p("____________________ arbeidstakar"),
    )
    return d.to_bytes()


# Relabelled by the minimum of shared/domain/clauses.md (a missing recommended detail is a note,
# not a defect): confidentiality.
BREKKE = {
    "parties": "present", "council_decision": "present", "position": "present", "workplace": "present",
    "start_date": "present", "employment_form": "present", "employment_percentage": "present",
    "fixed_term": "not_applicable", "retreat_position": "not_applicable", "probation": "not_applicable",
    "working_time": "present", "salary": "incomplete", "salary_review": "present", "holiday": "present",
    "paid_leave": "present", "pension_insurance": "present", "collective_agreements": "present",
    "competence_development": "present", "responsibility_authority": "present",
    "performance_expectations": "missing", "development_dialogue": "missing",
    "expectation_disputes": "missing", "confidentiality": "present", "cv_publication": "missing",
    "side_jobs": "missing", "notice_and_termination": "present", "employment_protection_waiver": "missing",
    "severance_pay": "not_applicable", "changes": "missing", "signatures": "present",
}

TRICKY = [("held4_nn_brekke", brekke, BREKKE)]
