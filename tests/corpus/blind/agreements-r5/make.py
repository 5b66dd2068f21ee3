"""Round 5 of the blind agreement corpus: six employment agreements (or agreement-like
documents) for a kommunedirektør / rådmann, written with invented municipalities and people.

Run with /work/blind/.venv/bin/python make.py; the .docx files are written next to this script.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent
NB = "\u00a0"


def kr(n):
    return "kr" + NB + f"{n:,}".replace(",", NB)


def orgnr(base):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * x for d, x in zip(base, w)) % 11
    r = 0 if r == 11 else r
    assert r != 10, base
    n = base + str(r)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def new_doc(author, title, font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    doc.core_properties.author = author
    doc.core_properties.title = title
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)  # A4
        s.left_margin = s.right_margin = Cm(2.5)
    return doc


def p(doc, text="", bold=False, italic=False, align=None, size=None, space_after=None):
    para = doc.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align:
        para.alignment = align
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def labelled(doc, label, text):
    """Paragraph with a bold lead-in label followed by plain text."""
    para = doc.add_paragraph()
    r = para.add_run(label)
    r.bold = True
    para.add_run(" " + text)
    return para


def sign_block(doc, place_date, left, right):
    p(doc, place_date)
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = ""
    t.cell(0, 1).text = ""
    t.cell(1, 0).text = "_______________________________"
    t.cell(1, 1).text = "_______________________________"
    t.cell(2, 0).text = left
    t.cell(2, 1).text = right


# ---------------------------------------------------------------------------
# 1. Rådmann agreement from 2016 (old terms), sound
# ---------------------------------------------------------------------------
def doc_storvik():
    doc = new_doc("Storvik kommune", "Arbeidsavtale for rådmannen", font="Times New Roman", size=12)
    p(doc, "STORVIK KOMMUNE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    p(doc, "ARBEIDSAVTALE FOR RÅDMANNEN I STORVIK KOMMUNE", bold=True,
      align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    p(doc, f"Mellom Storvik kommune (org.nr. {orgnr('94412563')}), Rådhusgata 4, 8890 Storvik, "
           "heretter kalt kommunen, og Geir Arne Solbakken, Fjellveien 12, 8891 Storvik, heretter "
           "kalt rådmannen, er det inngått følgende arbeidsavtale:")

    sections = [
        ("1. Grunnlag for avtalen",
         ["Kommunestyret tilsatte Geir Arne Solbakken som rådmann i møte 16. juni 2016, sak 41/16. "
          "Avtalen bygger på kommunestyrets vedtak, kunngjøringen av stillingen og de opplysninger "
          "som ble gitt i tilsettingsprosessen."]),
        ("2. Stilling og tiltredelse",
         ["Rådmannen tilsettes i fast 100 % stilling som rådmann i Storvik kommune. "
          "Tiltredelse skjer 1. oktober 2016. Arbeidssted er Storvik rådhus."]),
        ("3. Ansvar og myndighet",
         ["Rådmannen er kommunens øverste administrative leder og har det ansvar og den myndighet "
          "som følger av kommuneloven § 23, kommunens delegasjonsreglement og de til enhver tid "
          "gjeldende vedtak i kommunestyret. Rådmannen har det overordnede personalansvaret for "
          "kommunens ansatte og skal påse at saker som legges fram for folkevalgte organer er "
          "forsvarlig utredet, og at vedtak blir iverksatt."]),
        ("4. Prøvetid",
         ["Det gjelder en prøvetid på 6 måneder fra tiltredelse, jf. arbeidsmiljøloven § 15-6. "
          "I prøvetiden er den gjensidige oppsigelsesfristen 1 måned."]),
        ("5. Arbeidstid",
         ["Rådmannens stilling er en ledende stilling, og arbeidsmiljølovens bestemmelser om "
          "arbeidstid gjelder ikke, jf. arbeidsmiljøloven § 10-12 nr. 1. Rådmannen må påregne "
          "arbeid utover normal arbeidstid, herunder møter på kveldstid. Dette er tatt hensyn til "
          "ved fastsettelsen av lønnen."]),
        ("6. Lønn",
         [f"Rådmannens årslønn er fastsatt til {kr(1045000)} – en million førtifemtusen kroner. "
          "Lønnen utbetales månedlig den 20. i måneden. Lønnen er fastsatt i samsvar med "
          "Hovedtariffavtalen kap. 3.4.1."]),
        ("7. Lønnsregulering",
         ["Rådmannens lønn vurderes årlig av formannskapet etter lønnssamtale mellom ordføreren "
          "og rådmannen, med virkning fra 1. mai."]),
        ("8. Ferie",
         ["Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Ferien avvikles etter "
          "avtale med ordføreren."]),
        ("9. Permisjoner",
         ["Rett til permisjon med og uten lønn følger av lov, Hovedtariffavtalen og kommunens "
          "permisjonsreglement."]),
        ("10. Oppsigelse",
         ["Etter utløpet av prøvetiden er den gjensidige oppsigelsesfristen 6 måneder, regnet fra "
          "den 1. i måneden etter at oppsigelsen er mottatt. Oppsigelse skal være skriftlig."]),
        ("11. Fraskrivelse av stillingsvern – etterlønn",
         ["I samsvar med arbeidsmiljøloven § 15-16 nr. 2 fraskriver rådmannen seg på forhånd "
          "stillingsvernet etter arbeidsmiljøloven kapittel 15 om oppsigelse, mot etterlønn som "
          "fastsatt nedenfor.",
          "Dersom kommunestyret beslutter at rådmannen skal fratre, har rådmannen krav på "
          "etterlønn tilsvarende 12 måneders lønn, i tillegg til lønn i oppsigelsestiden. Inntekt "
          "som rådmannen har fra annet arbeid i etterlønnsperioden, kommer til fradrag krone for "
          "krone. Bestemmelsen gjelder ikke ved avskjed eller dersom rådmannen selv sier opp."]),
        ("12. Pensjon og forsikring",
         ["Rådmannen er medlem av kommunens tjenestepensjonsordning i KLP. Rådmannen omfattes av "
          "kommunens kollektive forsikringsordninger etter Hovedtariffavtalen."]),
        ("13. Tariffavtaler",
         ["Hovedavtalen og Hovedtariffavtalen i KS-området gjelder for arbeidsforholdet så langt "
          "de passer, jf. særlig Hovedtariffavtalen kap. 3.4.1."]),
        ("14. Taushetsplikt",
         ["Rådmannen har taushetsplikt etter forvaltningsloven §§ 13 flg. og annen lovgivning. "
          "Taushetsplikten gjelder også etter at arbeidsforholdet er avsluttet."]),
        ("15. Bierverv og offentlige verv",
         ["Rådmannen kan ikke ha lønnet bierverv eller styreverv uten samtykke fra formannskapet."]),
        ("16. Offentliggjøring av CV",
         ["Rådmannen samtykker i at hans CV gjøres offentlig tilgjengelig på kommunens nettsider."]),
        ("17. Faglig utvikling",
         ["Rådmannen skal holde seg faglig oppdatert og har rett til nødvendig etter- og "
          "videreutdanning innenfor kommunens budsjett, etter avtale med ordføreren."]),
        ("18. Lederavtale og resultatkrav",
         ["Formannskapet og rådmannen utarbeider innen tre måneder etter tiltredelse en skriftlig "
          "lederavtale med gjensidige forventninger og resultatkrav for kommende periode, "
          "forankret i økonomiplan og budsjett. Lederavtalen rulleres hvert år."]),
        ("19. Medarbeidersamtale",
         ["Ordføreren og varaordføreren gjennomfører årlig medarbeidersamtale med rådmannen, der "
          "lederavtalen og samarbeidet mellom politisk og administrativ ledelse gjennomgås."]),
        ("20. Oppfølging ved uenighet",
         ["Dersom det oppstår uenighet om måloppnåelse eller om forventningene i lederavtalen, "
          "skal ordføreren og rådmannen søke å løse dette i dialog. Fører ikke dette fram, legges "
          "saken fram for formannskapet i lukket møte, hvor rådmannen har rett til å uttale seg."]),
    ]
    for head, paras in sections:
        p(doc, head, bold=True, space_after=2)
        for t in paras:
            p(doc, t)
    p(doc, "Avtalen er utferdiget i to eksemplarer, hvorav partene beholder hvert sitt.")
    sign_block(doc, "Storvik, 22. juni 2016",
               "For Storvik kommune\nRandi Myrvang, ordfører",
               "Geir Arne Solbakken\nrådmann")
    doc.save(OUT / "storvik-radmann-2016.docx")


# ---------------------------------------------------------------------------
# 2. Offer letter, terms in prose, partly incomplete
# ---------------------------------------------------------------------------
def doc_hallvik():
    doc = new_doc("Hallvik kommune", "Tilbud om stilling som kommunedirektør")
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "HALLVIK KOMMUNE\nOrdføreren"
    hdr.runs[0].bold = True
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "Hallvik kommune · Torget 1 · 5230 Hallvik · postmottak@hallvik.kommune.example"
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p(doc, "Kari Nyhus Brekke\nLøvåsveien 7\n5217 Hagavik", space_after=12)
    t = doc.add_table(rows=1, cols=3)
    t.cell(0, 0).text = "Vår ref.: 2025/318-4"
    t.cell(0, 1).text = "Saksbehandler: Ingvild Rønning"
    t.cell(0, 2).text = "Dato: 14. mars 2025"
    p(doc)
    p(doc, "Tilbud om stilling som kommunedirektør", bold=True, size=14)
    body = [
        "Vi viser til intervjuer og referanseinnhenting. Jeg har gleden av å meddele at "
        "kommunestyret i møte 13. mars 2025, sak 19/25, vedtok å tilsette deg som kommunedirektør "
        "i Hallvik kommune. På vegne av kommunestyret tilbyr jeg deg med dette fast stilling som "
        "kommunedirektør i 100 % stilling.",

        "Kommunedirektøren er kommunens øverste administrative leder, leder hele administrasjonen "
        "innenfor rammene av kommunestyrets vedtak og instrukser og har personalansvaret for "
        "kommunens ansatte, jf. kommuneloven § 13-1. Arbeidsstedet er Hallvik rådhus, Torget 1. "
        "Tiltredelsesdato avtaler du nærmere med meg.",

        f"Stillingen lønnes med {kr(1180000)} per år. Lønnen utbetales den 12. i hver måned. "
        "Lønnen er fastsatt lokalt etter Hovedtariffavtalen kap. 3 pkt. 3.4.1 og vurderes årlig; "
        "første lønnsvurdering skjer høsten 2026.",

        "Det gjelder en prøvetid på seks måneder fra tiltredelsen. Etter prøvetiden er den "
        "gjensidige oppsigelsesfristen tre måneder.",

        "Stillingen er en ledende stilling, og arbeidsmiljølovens regler om arbeidstid gjelder "
        "ikke, jf. arbeidsmiljøloven § 10-12 første ledd. Du får ferie etter ferieloven og "
        "Hovedtariffavtalen. Du blir meldt inn i kommunens pensjonsordning; detaljene kommer vi "
        "tilbake til i arbeidsavtalen.",

        "Som kommunedirektør har du taushetsplikt etter forvaltningsloven § 13 og annen "
        "lovgivning. Ordføreren, varaordføreren og en representant for opposisjonen vil ha en "
        "utviklingssamtale med deg hvert år.",

        "Skriftlig arbeidsavtale blir utarbeidet i samsvar med arbeidsmiljøloven og KS' "
        "anbefalinger og lagt fram for deg før tiltredelsen.",

        "Vi ber om ditt svar innen 24. mars 2025. Dersom du takker ja, ber vi deg skrive under "
        "svarslippen nedenfor og returnere den til oss. Ta gjerne kontakt med meg om du har "
        "spørsmål.",
    ]
    for t_ in body:
        p(doc, t_)
    p(doc, "Med vennlig hilsen", space_after=24)
    p(doc, "Tor Inge Haugland\nordfører")
    p(doc, "Kopi: Personal- og organisasjonsavdelingen", italic=True, size=9)

    para = doc.add_paragraph()
    para.add_run().add_break(WD_BREAK.LINE)
    p(doc, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
    p(doc, "SVARSLIPP", bold=True)
    p(doc, "Jeg takker ja til tilbudet om fast stilling som kommunedirektør i Hallvik kommune på "
           "de vilkårene som går fram av brevet av 14. mars 2025.")
    p(doc, "Sted/dato: ______________________")
    p(doc, "Underskrift: ______________________\nKari Nyhus Brekke")
    doc.save(OUT / "hallvik-tilbudsbrev.docx")


# ---------------------------------------------------------------------------
# 3. Arbeidstilsynet-style standard form with an attachment holding the KS terms
# ---------------------------------------------------------------------------
def doc_fjellbu():
    doc = new_doc("Fjellbu kommune", "Arbeidsavtale kommunedirektør", font="Arial", size=10)
    p(doc, "ARBEIDSAVTALE", bold=True, size=16)
    p(doc, "Standard arbeidsavtale for fast eller midlertidig ansettelse – utfylt i samsvar med "
           "arbeidsmiljøloven § 14-6", italic=True)

    fields = [
        ("1. Arbeidsgiver", ["Navn: Fjellbu kommune", f"Org.nr.: {orgnr('96408812')}",
                             "Adresse: Kommunehusvegen 2, 2640 Fjellbu"]),
        ("2. Arbeidstaker", ["Navn: Henrik Olsen Tveit", "Fødselsdato: 14.03.1971",
                             "Adresse: Bakkevegen 19, 2641 Fjellbu"]),
        ("3. Arbeidssted", ["Fjellbu kommunehus, Kommunehusvegen 2, 2640 Fjellbu"]),
        ("4. Stilling / arbeidsoppgaver", ["Stillingstittel: Kommunedirektør",
                                           "Arbeidsoppgaver: Øverste leder av kommunens "
                                           "administrasjon, se vedlegg 1 punkt 2."]),
        ("5. Ansettelsesforhold", ["Tiltredelsesdato: 01.02.2025",
                                   "☒ Fast ansettelse     ☐ Midlertidig ansettelse",
                                   "Ved midlertidig ansettelse – forventet varighet og grunnlag: –"]),
        ("6. Stillingsomfang", ["Stillingsprosent: 100 %"]),
        ("7. Prøvetid", ["☒ Ja     ☐ Nei", "Lengde: 6 måneder",
                         "Oppsigelsesfrist i prøvetiden: 1 måned"]),
        ("8. Arbeidstid", ["Ledende stilling, unntatt fra reglene om arbeidstid, jf. aml. § 10-12 (1). "
                           "Pauser etter aml. § 10-9. Arbeid utover ordinær arbeidstid er "
                           "kompensert i lønnen."]),
        ("9. Ferie", ["Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Tidspunkt for "
                      "ferie fastsettes etter drøfting med ordfører."]),
        ("10. Annet fravær med lønn", ["Etter lov, Hovedtariffavtalen og kommunens "
                                       "permisjonsreglement."]),
        ("11. Oppsigelse", ["Oppsigelsesfrist: 6 måneder, gjensidig.",
                            "Oppsigelse skal være skriftlig; framgangsmåte etter aml. kap. 15. "
                            "Se også vedlegg 1 punkt 8."]),
        ("12. Lønn", [f"Årslønn: {kr(1320000)}", "Tillegg: ingen",
                      "Utbetaling: den 12. hver måned til arbeidstakers konto",
                      "Overtidsgodtgjøring: ikke aktuelt"]),
        ("13. Tariffavtale", ["Hovedavtalen og Hovedtariffavtalen i KS-området (jf. kap. 3 pkt. "
                              "3.4.1). Tariffparter: KS og LO Kommune, Unio, YS Kommune og "
                              "Akademikerne Kommune."]),
        ("14. Kompetanseutvikling", ["Rett til kompetanseutvikling, se vedlegg 1 punkt 6."]),
        ("15. Pensjon og forsikring", ["Offentlig tjenestepensjon i KLP. Yrkesskade- og "
                                       "gruppelivsforsikring etter Hovedtariffavtalen."]),
        ("16. Vedlegg", ["Vedlegg 1: Særskilte vilkår for kommunedirektøren. Vedlegget er en del "
                         "av denne avtalen."]),
    ]
    for head, lines in fields:
        p(doc, head, bold=True, space_after=0)
        for ln in lines:
            p(doc, ln, space_after=0)
        p(doc, space_after=2)

    p(doc, "17. Underskrift", bold=True, space_after=0)
    p(doc, "Sted og dato: Fjellbu, ________________")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Arbeidsgiver:\n\n\n"
    t.cell(0, 1).text = "Arbeidstaker:\n\n\n"
    t.cell(1, 0).text = "Marit Dokken, ordfører (for Fjellbu kommune)"
    t.cell(1, 1).text = "Henrik Olsen Tveit"

    doc.add_page_break()
    p(doc, "Vedlegg 1: Særskilte vilkår for kommunedirektøren", bold=True, size=13)
    att = [
        ("1. Grunnlag", "Henrik Olsen Tveit ble tilsatt som kommunedirektør av kommunestyret i "
                        "møte 5. desember 2024, sak 88/24. Ordfører undertegner på vegne av "
                        "kommunestyret."),
        ("2. Ansvar og myndighet", "Kommunedirektøren leder kommunens samlede administrasjon "
                                   "innenfor de rammer og instrukser kommunestyret gir, jf. "
                                   "kommuneloven § 13-1, og har myndighet etter kommunens "
                                   "delegeringsreglement. Kommunedirektøren har personalansvaret "
                                   "og skal sørge for at saker er forsvarlig utredet og at vedtak "
                                   "blir iverksatt."),
        ("3. Forventninger og resultatkrav", "Innen 1. mai hvert år utarbeider formannskapet og "
                                             "kommunedirektøren skriftlig de gjensidige "
                                             "forventningene og resultatkravene for kommende "
                                             "år, med utgangspunkt i økonomiplanen og "
                                             "kommunestyrets vedtak."),
        ("4. Utviklingssamtale", "Det gjennomføres utviklingssamtale minst én gang i året. "
                                 "Samtalen føres av ordfører, varaordfører og gruppeleder for "
                                 "det største opposisjonspartiet. Avtalen gjennomgås i samtalen."),
        ("5. Uenighet om forventninger og resultater", "Oppstår det uenighet om forventninger "
                                                       "eller om resultatene er oppnådd, tas "
                                                       "saken først opp mellom ordfører og "
                                                       "kommunedirektør. Løses den ikke, "
                                                       "behandles den av formannskapet i lukket "
                                                       "møte etter at kommunedirektøren har fått "
                                                       "uttale seg."),
        ("6. Kompetanseutvikling", "Kommunedirektøren har rett til faglig utvikling og "
                                   "lederutvikling innenfor en ramme som avtales i "
                                   "utviklingssamtalen."),
        ("7. Lønnsregulering", "Lønnen vurderes hvert år i en lønnssamtale med ordfører. "
                               "Formannskapet fastsetter ny lønn etter delegasjon fra "
                               "kommunestyret, jf. Hovedtariffavtalen kap. 3 pkt. 3.4.1."),
        ("8. Fraskrivelse av stillingsvern og etterlønn",
         "Kommunedirektøren fraskriver seg ved denne avtalen stillingsvernet etter "
         "arbeidsmiljøloven kapittel 15 om oppsigelse, jf. § 15-16 andre ledd. Dersom "
         "kommunestyret vedtar at kommunedirektøren skal fratre, utbetales etterlønn i 12 måneder "
         "fra fratredelsen. Etterlønnen reduseres med inntekt fra annet arbeid i perioden. "
         "Etterlønn utbetales ikke ved avskjed."),
        ("9. Taushetsplikt", "Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 "
                             "flg., også etter fratreden."),
        ("10. Bierverv og verv", "Bierverv og styreverv krever forhåndsgodkjenning fra "
                                 "formannskapet."),
        ("11. Offentliggjøring av CV", "Kommunedirektøren samtykker i at CV-en offentliggjøres."),
        ("12. Endringer", "Endringer i avtalen krever skriftlig enighet mellom partene."),
    ]
    for head, text in att:
        p(doc, head, bold=True, space_after=0)
        p(doc, text)
    doc.save(OUT / "fjellbu-standardavtale.docx")


# ---------------------------------------------------------------------------
# 4. Running prose without headings; 12-month probation
# ---------------------------------------------------------------------------
def doc_sondre_vang():
    doc = new_doc("Søndre Vang kommune", "Arbeidsavtale", font="Georgia", size=11)
    paras = [
        f"Søndre Vang kommune, org.nr. {orgnr('93917745')}, Storgata 30, 3370 Vang, her "
        "representert ved ordfører Eivind Kaasa i henhold til kommunestyrets vedtak 23. januar "
        "2025 i sak 6/25, og Ingrid Marie Sæther, Kirkebakken 4, 3371 Vang, har i dag inngått "
        "denne avtalen om ansettelse av Ingrid Marie Sæther som kommunedirektør.",

        "Ingrid Marie Sæther tiltrer som kommunedirektør 1. april 2025. Stillingen er fast og "
        "utgjør 100 prosent av full stilling, med arbeidssted på rådhuset i Vang. Som "
        "kommunedirektør er hun øverste leder for kommunens samlede administrasjon og har det "
        "ansvaret og den myndigheten som følger av kommuneloven § 13-1, kommunens "
        "delegeringsreglement og vedtak i kommunestyret. Hun har personalansvaret for kommunens "
        "ansatte og skal sørge for at saker som legges fram for folkevalgte organer er forsvarlig "
        "utredet, og at vedtak blir iverksatt.",

        "For ansettelsen gjelder en prøvetid på tolv måneder fra tiltredelsesdagen. I prøvetiden "
        "kan hver av partene si opp avtalen med en frist på én måned.",

        "Stillingen er en ledende stilling etter arbeidsmiljøloven § 10-12 første ledd, og "
        "lovens bestemmelser om arbeidstid gjelder derfor ikke. Kommunedirektøren disponerer selv "
        "sin arbeidstid og må påregne møter på kveldstid. Dette er tatt hensyn til i lønnen, og "
        "det utbetales ikke overtidsgodtgjøring.",

        f"Kommunedirektørens årslønn er {kr(1265000)}, som utbetales med en tolvdel den 12. i "
        "hver måned. Lønnen er fastsatt lokalt etter Hovedtariffavtalen kapittel 3 punkt 3.4.1. "
        "Lønnen tas opp til vurdering hvert år i en lønnssamtale med ordføreren og "
        "varaordføreren, og formannskapet fastsetter eventuell endring med virkning fra 1. mai.",

        "Kommunedirektøren har ferie og feriepenger etter ferieloven og Hovedtariffavtalen, og "
        "ferien avtales med ordføreren. Rett til velferdspermisjon og annet fravær med lønn "
        "følger av lov, Hovedtariffavtalen og kommunens permisjonsreglement.",

        "Kommunedirektøren blir innmeldt i kommunens tjenestepensjonsordning i KLP og er omfattet "
        "av de kollektive forsikringene kommunen har etter Hovedtariffavtalen. For "
        "arbeidsforholdet gjelder for øvrig Hovedavtalen og Hovedtariffavtalen mellom KS og "
        "arbeidstakerorganisasjonene, så langt de passer for stillingen.",

        "Kommunedirektøren har rett til kompetanseutvikling og lederutvikling som avtales i "
        "utviklingssamtalen, og kommunen dekker kostnadene innenfor rammer fastsatt i budsjettet.",

        "Innen seks måneder etter tiltredelse skal formannskapet og kommunedirektøren i "
        "fellesskap formulere skriftlige, gjensidige forventninger og resultatkrav for perioden, "
        "med utgangspunkt i kommuneplanen, økonomiplanen og kommunens arbeidsgiverstrategi. "
        "Forventningene følges opp i en utviklingssamtale minst én gang i året mellom "
        "kommunedirektøren og ordføreren, varaordføreren og en representant valgt av "
        "formannskapet. Oppstår det uenighet om forventningene eller om resultatene er nådd, "
        "skal dette først tas opp mellom ordføreren og kommunedirektøren. Lykkes man ikke med å "
        "løse saken, behandles den av formannskapet i lukket møte, der kommunedirektøren har rett "
        "til å uttale seg.",

        "Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 flg. og "
        "særlovgivningen, også etter at arbeidsforholdet er avsluttet. Lønnet bierverv, "
        "styreverv og andre verv kan bare påtas med samtykke fra formannskapet. "
        "Kommunedirektøren samtykker i at hennes CV offentliggjøres på kommunens nettside.",

        "Etter prøvetiden er den gjensidige oppsigelsesfristen seks måneder. Oppsigelse skal være "
        "skriftlig. Kommunedirektøren fraskriver seg med denne avtalen, som er inngått før "
        "tiltredelsen, stillingsvernet etter arbeidsmiljøloven kapittel 15 om oppsigelse, jf. "
        "arbeidsmiljøloven § 15-16 andre ledd. Vedtar kommunestyret at arbeidsforholdet skal "
        "avsluttes, fratrer kommunedirektøren med etterlønn tilsvarende atten måneders lønn, "
        "regnet fra fratredelsesdagen. Inntekt fra annet arbeid i etterlønnsperioden kommer til "
        "fradrag krone for krone. Etterlønn gis ikke ved avskjed eller når kommunedirektøren "
        "selv sier opp.",

        "Avtalen tas opp til gjennomgang i forbindelse med utviklingssamtalen, og endringer "
        "krever skriftlig enighet mellom partene. Avtalen er utferdiget i to eksemplarer, ett "
        "til hver av partene.",
    ]
    for t in paras:
        para = p(doc, t)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p(doc, "Vang, 30. januar 2025")
    p(doc, "\n_______________________________\nEivind Kaasa, ordfører, for Søndre Vang kommune")
    p(doc, "\n_______________________________\nIngrid Marie Sæther")
    doc.save(OUT / "sondre-vang-arbeidsavtale.docx")


# ---------------------------------------------------------------------------
# 5. Nynorsk, two-column table, placeholder in salary, no CV consent
# ---------------------------------------------------------------------------
def doc_vikafjord():
    doc = new_doc("Vikafjord kommune", "Arbeidsavtale for kommunedirektøren")
    doc.add_heading("Arbeidsavtale for kommunedirektøren i Vikafjord kommune", level=1)
    p(doc, "Mellom Vikafjord kommune og Solveig Liadal er det i dag gjort slik avtale om "
           "tilsetjing som kommunedirektør. Vilkåra går fram av tabellen nedanfor.")
    rows = [
        ("Arbeidsgjevar", f"Vikafjord kommune, org.nr. {orgnr('97105236')}, Kyrkjevegen 5, "
                          "6856 Vikafjord"),
        ("Arbeidstakar", "Solveig Liadal, Haugevegen 3, 6857 Vikafjord"),
        ("Vedtak om tilsetjing", "Kommunestyret 18. september 2025, sak 52/25"),
        ("Stilling", "Kommunedirektør – øvste leiar for den samla administrasjonen i kommunen"),
        ("Ansvar og mynde", "Etter kommunelova § 13-1, delegeringsreglementet og vedtak i "
                            "kommunestyret. Kommunedirektøren har personalansvar for dei "
                            "tilsette i kommunen."),
        ("Arbeidsstad", "Rådhuset i Vikafjord"),
        ("Tiltreding", "1. januar 2026"),
        ("Tilsetjingsform", "Fast tilsetjing"),
        ("Stillingsomfang", "100 %"),
        ("Prøvetid", "6 månader. Oppseiingsfristen i prøvetida er 14 dagar."),
        ("Arbeidstid", "Leiande stilling, jf. arbeidsmiljølova § 10-12 første ledd. Arbeid "
                       "utover vanleg arbeidstid er kompensert i løna."),
        ("Løn", "Årsløn kr ________. Løna vert utbetalt den 12. i kvar månad."),
        ("Lønsregulering", "Løna vert vurdert kvart år etter lønssamtale med ordføraren, jf. "
                           "Hovudtariffavtalen kap. 3 pkt. 3.4.1."),
        ("Ferie", "Etter ferielova og Hovudtariffavtalen."),
        ("Permisjonar", "Etter lov, Hovudtariffavtalen og permisjonsreglementet i kommunen."),
        ("Oppseiing", "Gjensidig oppseiingsfrist 6 månader etter prøvetida. Oppseiinga skal "
                      "vere skriftleg."),
        ("Tariffavtalar", "Hovudavtalen og Hovudtariffavtalen i KS-området. Partar: KS og "
                          "LO Kommune, Unio, YS Kommune og Akademikerne Kommune."),
        ("Pensjon og forsikring", "Medlem av tenestepensjonsordninga i KLP. Forsikringar etter "
                                  "Hovudtariffavtalen."),
        ("Kompetanseutvikling", "Kommunedirektøren har rett til fagleg utvikling og "
                                "leiarutvikling etter avtale i utviklingssamtalen."),
        ("Teieplikt", "Teieplikt etter forvaltningslova § 13 flg., òg etter at arbeidsforholdet "
                      "er avslutta."),
        ("Bierverv og verv", "Lønte bierverv og styreverv krev samtykke frå formannskapet."),
        ("Forventningar og resultatkrav", "Formannskapet og kommunedirektøren utarbeider kvart "
                                          "år skriftlege, gjensidige forventningar og "
                                          "resultatkrav med utgangspunkt i økonomiplanen."),
        ("Utviklingssamtale", "Minst éin gong i året, med ordføraren, varaordføraren og ein "
                              "representant for opposisjonen."),
        ("Usemje om forventningar", "Usemje om forventningar eller resultat vert først drøfta "
                                    "mellom ordføraren og kommunedirektøren, deretter i "
                                    "formannskapet i lukka møte."),
        ("Endringar", "Endringar i avtalen krev skriftleg semje mellom partane."),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        c = t.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(label).bold = True
        c[1].text = value
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)
    p(doc)
    p(doc, "Avtalen er skriven i to eksemplar, eitt til kvar av partane.")
    p(doc, "Stad og dato: ______________________")
    sign_block(doc, "", "For Vikafjord kommune\nArne Kvåle, ordførar", "Solveig Liadal\nkommunedirektør")
    doc.save(OUT / "vikafjord-arbeidsavtale-nn.docx")


# ---------------------------------------------------------------------------
# 6. Sound modern (2025) bokmål agreement
# ---------------------------------------------------------------------------
def doc_nordre_lia():
    doc = new_doc("Nordre Lia kommune", "Arbeidsavtale – kommunedirektør")
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "Nordre Lia kommune – arbeidsavtale for kommunedirektøren"
    ftr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Arbeidsavtale – kommunedirektør i Nordre Lia kommune", level=0)

    def sec(head, *texts):
        doc.add_heading(head, level=2)
        for t in texts:
            p(doc, t)

    sec("1 Parter",
        f"Arbeidsgiver: Nordre Lia kommune, org.nr. {orgnr('94863320')}, Sentrumsvegen 1, "
        "2770 Lia.",
        "Arbeidstaker: Thomas Berg Hoel, Elvebakken 8, 2771 Lia.")
    sec("2 Grunnlag",
        "Avtalen bygger på kommunestyrets vedtak om ansettelse i møte 27. mars 2025, sak 24/25. "
        "Ordføreren undertegner avtalen på vegne av kommunestyret.")
    sec("3 Stilling, ansettelsesform og arbeidssted",
        "Thomas Berg Hoel ansettes som kommunedirektør, kommunens øverste administrative leder. "
        "Ansettelsen er fast, og stillingen er en 100 % stilling.",
        "Arbeidssted er Nordre Lia rådhus, Sentrumsvegen 1. Tiltredelse skjer 1. september 2025.")
    sec("4 Ansvar og myndighet",
        "Kommunedirektøren leder den samlede kommunale administrasjonen innenfor de rammene "
        "kommunestyret setter, jf. kommuneloven § 13-1, og har den myndigheten som er delegert i "
        "kommunens delegeringsreglement. Kommunedirektøren har personalansvaret for kommunens "
        "ansatte, sørger for at saker til folkevalgte organer er forsvarlig utredet og at vedtak "
        "blir gjennomført.")
    sec("5 Prøvetid",
        "Det gjelder en prøvetid på 6 måneder. Oppsigelsesfristen i prøvetiden er 14 dager. "
        "Er kommunedirektøren borte fra arbeidet i prøvetiden, kan prøvetiden forlenges med en "
        "periode som svarer til fraværet, jf. arbeidsmiljøloven § 15-6 fjerde ledd.")
    sec("6 Arbeidstid",
        "Stillingen er en ledende stilling som er unntatt fra arbeidsmiljølovens regler om "
        "arbeidstid, jf. arbeidsmiljøloven § 10-12 første ledd. Kommunedirektøren legger selv opp "
        "sin arbeidsdag, herunder pauser. Arbeid ut over vanlig arbeidstid, blant annet møter på "
        "kveldstid, er kompensert gjennom årslønnen og gir ikke rett til overtidsgodtgjøring.")
    sec("7 Lønn",
        f"Årslønnen ved tiltredelse er {kr(1290000)}. Det er ikke avtalt faste tillegg. Lønnen "
        "utbetales den 12. hver måned til den kontoen kommunedirektøren har oppgitt.")
    sec("8 Lønnsregulering",
        "Lønnen reguleres hvert år etter en lønnssamtale mellom kommunedirektøren og ordføreren. "
        "Formannskapet fastsetter ny lønn etter delegasjon fra kommunestyret, jf. "
        "Hovedtariffavtalen kap. 3 pkt. 3.4.1. I vurderingen legges det vekt på oppnådde "
        "resultater målt mot kommunens mål, utøvelsen av administrativ styring og ledelse og "
        "gjennomføringen av det som er avtalt i utviklingssamtalen.")
    sec("9 Ferie og fravær",
        "Kommunedirektøren har ferie etter ferieloven og Hovedtariffavtalen, det vil si fem uker, "
        "med en ekstra ferieuke fra fylte 60 år. Feriepenger utbetales etter de samme reglene. "
        "Tidspunktet for ferien avtales med ordføreren.",
        "Rett til permisjon med lønn og annet fravær som arbeidsgiver betaler, for eksempel ved "
        "egen sykdom, barns sykdom og velferdspermisjon, følger av lov, Hovedtariffavtalen og "
        "kommunens permisjonsreglement.")
    sec("10 Oppsigelse",
        "Etter prøvetiden er oppsigelsesfristen 6 måneder for begge parter, regnet fra den første "
        "dagen i måneden etter at oppsigelsen er mottatt. Oppsigelse skal være skriftlig. For "
        "øvrig gjelder arbeidsmiljøloven kapittel 15 om framgangsmåte og formkrav.")
    sec("11 Fraskrivelse av stillingsvern og etterlønn",
        "Kommunedirektøren fraskriver seg på forhånd retten til å påberope seg reglene om "
        "oppsigelse i arbeidsmiljøloven kapittel 15, mot etterlønn, jf. arbeidsmiljøloven § 15-16 "
        "andre ledd.",
        "Dersom kommunestyret vedtar at arbeidsforholdet skal avsluttes, har kommunedirektøren "
        "krav på etterlønn i 12 måneder, beregnet av årslønnen på fratredelsestidspunktet. "
        "Etterlønnen reduseres krone for krone med inntekt fra annet arbeid eller næring i "
        "perioden. Det gis ikke etterlønn ved avskjed eller når kommunedirektøren selv sier opp.")
    sec("12 Tariffavtaler",
        "Hovedavtalen og Hovedtariffavtalen i KS-området gjelder så langt de passer. "
        "Tariffpartene er KS på arbeidsgiversiden og LO Kommune, Unio, YS Kommune og "
        "Akademikerne Kommune på arbeidstakersiden.")
    sec("13 Pensjon og forsikring",
        "Medlemskap i KLP: kommunedirektøren er med i kommunens ordning for offentlig "
        "tjenestepensjon i KLP. Kommunedirektøren har gruppelivs- og yrkesskadeforsikring etter "
        "Hovedtariffavtalen.")
    sec("14 Kompetanseutvikling",
        "Kommunedirektøren har rett til kompetanseutvikling, herunder lederutvikling og "
        "nettverk, etter avtale i utviklingssamtalen og innenfor vedtatt budsjett.")
    sec("15 Forventninger og resultatkrav",
        "Innen tre måneder etter tiltredelse utarbeider ordføreren og kommunedirektøren et "
        "forslag til gjensidige forventninger og resultatkrav, forankret i kommuneplanen, "
        "økonomiplanen og arbeidsgiverstrategien. Formannskapet vedtar dokumentet, som deretter "
        "revideres hvert år.")
    sec("16 Utviklingssamtale",
        "Det holdes minst én utviklingssamtale per år mellom kommunedirektøren og ordføreren, "
        "varaordføreren og en representant for opposisjonen i formannskapet. Kommunedirektøren "
        "forbereder seg med en egenvurdering. Det skrives referat, som legges fram for "
        "kommunestyret.")
    sec("17 Håndtering av uenighet",
        "Dersom partene er uenige om forventningene, eller om resultatkravene er nådd, tas saken "
        "først opp mellom ordføreren og kommunedirektøren. Blir den ikke løst, drøftes den i "
        "formannskapet i lukket møte, der kommunedirektøren kan la seg bistå av en rådgiver.")
    sec("18 Taushetsplikt",
        "Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 flg. og annen "
        "lovgivning. Plikten gjelder også etter at arbeidsforholdet er avsluttet.")
    sec("19 Bierverv og verv",
        "Kommunedirektøren kan ikke påta seg bierverv, styreverv eller andre verv av betydning "
        "uten forhåndsgodkjenning fra formannskapet.")
    sec("20 Offentliggjøring av CV",
        "Kommunedirektøren samtykker i at CV-en publiseres på kommunens nettsider.")
    sec("21 Endringer",
        "Avtalen gjennomgås i forbindelse med utviklingssamtalen. Endringer krever skriftlig "
        "enighet mellom partene.")
    doc.add_heading("22 Underskrifter", level=2)
    sign_block(doc, "Sted og dato: Lia, 3. april 2025",
               "For Nordre Lia kommune\nHelene Stubberud, ordfører",
               "Thomas Berg Hoel")
    doc.save(OUT / "nordre-lia-arbeidsavtale-2025.docx")


if __name__ == "__main__":
    doc_storvik()
    doc_hallvik()
    doc_fjellbu()
    doc_sondre_vang()
    doc_vikafjord()
    doc_nordre_lia()
    print("written:", sorted(x.name for x in OUT.glob("*.docx")))
