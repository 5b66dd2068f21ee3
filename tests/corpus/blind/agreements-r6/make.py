"""Round 6 of the blind agreement corpus: six employment agreements for a kommunedirektør /
fylkeskommunedirektør, invented employers and people, different layouts and defects.

Run with /work/blind/.venv/bin/python make.py; the .docx files are written next to this script.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
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
    if align is not None:
        para.alignment = align
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def sign_block(doc, place_date, left, right):
    if place_date:
        p(doc, place_date)
    t = doc.add_table(rows=3, cols=2)
    t.cell(1, 0).text = "_______________________________"
    t.cell(1, 1).text = "_______________________________"
    t.cell(2, 0).text = left
    t.cell(2, 1).text = right


def headed(doc, sections, level=2):
    for head, texts in sections:
        doc.add_heading(head, level=level)
        for t in texts:
            p(doc, t)


# ---------------------------------------------------------------------------
# 1. Nynorsk åremål agreement for a fylkeskommunedirektør, 4-year period, retreat post
# ---------------------------------------------------------------------------
def doc_havbotn():
    doc = new_doc("Havbotn fylkeskommune", "Arbeidsavtale – fylkeskommunedirektør")
    doc.add_heading("Arbeidsavtale – fylkeskommunedirektør i Havbotn fylkeskommune", level=1)
    p(doc, "Åremålsstilling", italic=True)
    headed(doc, [
        ("1 Partar", [
            f"Arbeidsgjevar: Havbotn fylkeskommune, org.nr. {orgnr('92155874')}, Fylkeshuset, "
            "Strandgata 12, 6390 Havbotn.",
            "Arbeidstakar: Ragnhild Sunde Myklebust, Lyngvegen 21, 6393 Havbotn."]),
        ("2 Grunnlag for avtalen", [
            "Fylkestinget tilsette Ragnhild Sunde Myklebust som fylkeskommunedirektør i møte "
            "10. juni 2025, sak FT-33/25. Fylkesordføraren skriv under avtalen på vegner av "
            "fylkestinget."]),
        ("3 Stilling og arbeidsstad", [
            "Ragnhild Sunde Myklebust vert tilsett som fylkeskommunedirektør i 100 % stilling. "
            "Fylkeskommunedirektøren er den øvste leiaren for den samla administrasjonen i "
            "fylkeskommunen. Arbeidsstaden er Fylkeshuset i Havbotn. Stillinga krev ein del "
            "reising i fylket."]),
        ("4 Ansvar og mynde", [
            "Fylkeskommunedirektøren leier administrasjonen innanfor dei rammene og instruksane "
            "fylkestinget gjev, jf. kommunelova § 13-1. Fylkeskommunedirektøren skal sjå til at "
            "saker som vert lagde fram for folkevalde organ, er forsvarleg utgreidde, og at vedtak "
            "vert sette i verk. Fylkeskommunedirektøren har personalansvaret i fylkeskommunen og "
            "det mynde som følgjer av delegeringsreglementet."]),
        ("5 Tilsetjingsform og åremål", [
            "Stillinga er ei åremålsstilling, jf. kommunelova § 13-2 og arbeidsmiljølova § 14-10. "
            "Åremålsperioden er fire år, frå 1. september 2025 til og med 31. august 2029.",
            "Fylkestinget kan vedta å fornye åremålet for ein ny periode. Spørsmålet om fornying "
            "skal vere avklart seinast tolv månader før perioden går ut. Vert åremålet ikkje "
            "fornya, fell tilsetjinga som fylkeskommunedirektør bort når perioden går ut, utan at "
            "det trengst oppseiing."]),
        ("6 Prøvetid", [
            "Det gjeld ikkje prøvetid for denne tilsetjinga."]),
        ("7 Arbeidstid", [
            "Stillinga er ei leiande stilling, og reglane om arbeidstid i arbeidsmiljølova "
            "kapittel 10 gjeld ikkje, jf. § 10-12 første ledd. Arbeid på kveldstid og i helgar er "
            "teke omsyn til i løna."]),
        ("8 Løn", [
            f"Årsløna er {kr(1485000)}. Løna vert utbetalt den 12. i kvar månad til kontoen "
            "fylkeskommunedirektøren har oppgjeve. Det er ikkje avtalt faste tillegg."]),
        ("9 Lønsregulering", [
            "Løna vert vurdert kvart år. Fylkesordføraren har lønssamtale med "
            "fylkeskommunedirektøren, og fylkesutvalet fastset ny løn etter delegering frå "
            "fylkestinget, jf. Hovudtariffavtalen kap. 3 pkt. 3.4.1."]),
        ("10 Ferie og permisjonar", [
            "Fylkeskommunedirektøren har ferie og feriepengar etter ferielova og "
            "Hovudtariffavtalen. Ferien vert avtalt med fylkesordføraren.",
            "Rett til permisjon med løn og anna fråvær som arbeidsgjevaren betaler, følgjer av "
            "lov, Hovudtariffavtalen og permisjonsreglementet i fylkeskommunen."]),
        ("11 Oppseiing", [
            "I åremålsperioden er den gjensidige oppseiingsfristen seks månader. Oppseiinga skal "
            "vere skriftleg. Elles gjeld reglane i arbeidsmiljølova kapittel 15."]),
        ("12 Retrettstilling", [
            "Når åremålsperioden går ut og ikkje vert fornya, har fylkeskommunedirektøren rett "
            "til ei stilling som spesialrådgjevar i fylkeskommunen, med arbeidsoppgåver som svarar "
            "til kompetansen og røynsla hennar. Løna i retrettstillinga er 90 % av årsløna som "
            "fylkeskommunedirektør på fråtredingstidspunktet; deretter vert løna regulert etter "
            "Hovudtariffavtalen.",
            "Retten til retrettstilling må gjerast gjeldande skriftleg seinast seks månader før "
            "åremålet går ut. Retten fell bort ved avskjed."]),
        ("13 Tariffavtalar", [
            "For arbeidsforholdet gjeld Hovudavtalen og Hovudtariffavtalen i KS-området så langt "
            "dei høver. Partar i avtalane er KS og forhandlingssamanslutningane LO Kommune, Unio, "
            "YS Kommune og Akademikerne Kommune."]),
        ("14 Pensjon og forsikring", [
            "Fylkeskommunedirektøren er medlem av tenestepensjonsordninga i KLP og er omfatta av "
            "forsikringane i Hovudtariffavtalen."]),
        ("15 Kompetanseutvikling", [
            "Fylkeskommunedirektøren har rett til fagleg utvikling og leiarutvikling. Tiltaka vert "
            "avtalte i utviklingssamtalen, og fylkeskommunen dekkjer kostnadene innanfor "
            "budsjettet."]),
        ("16 Forventningar og resultatkrav", [
            "Innan tre månader etter tiltreding utarbeider fylkesutvalet og "
            "fylkeskommunedirektøren skriftlege, gjensidige forventningar og resultatkrav for "
            "perioden, med grunnlag i økonomiplanen og andre vedtak i fylkestinget. Dei vert "
            "reviderte kvart år."]),
        ("17 Utviklingssamtale", [
            "Fylkesordføraren, fylkesvaraordføraren og ein representant for opposisjonen i "
            "fylkesutvalet har utviklingssamtale med fylkeskommunedirektøren minst ein gong i "
            "året. Det vert skrive referat frå samtalen."]),
        ("18 Handtering av usemje", [
            "Dersom det oppstår usemje om forventningane, eller om resultata er nådde, skal "
            "fylkesordføraren og fylkeskommunedirektøren først prøve å løyse saka seg imellom. "
            "Lukkast ikkje det, vert saka lagd fram for fylkesutvalet i lukka møte, og "
            "fylkeskommunedirektøren har rett til å uttale seg."]),
        ("19 Teieplikt", [
            "Fylkeskommunedirektøren har teieplikt etter forvaltningslova § 13 flg. og anna "
            "lovgjeving. Teieplikta gjeld òg etter at arbeidsforholdet er avslutta."]),
        ("20 Bierverv og verv", [
            "Lønte bierverv, styreverv og andre verv som kan kome i konflikt med stillinga, krev "
            "samtykke frå fylkesutvalet."]),
        ("21 Offentleggjering av CV", [
            "Fylkeskommunedirektøren samtykkjer i at CV-en hennar vert offentleggjord på "
            "nettsidene til fylkeskommunen."]),
        ("22 Endringar", [
            "Avtalen vert gjennomgått i samband med utviklingssamtalen. Endringar krev skriftleg "
            "semje mellom partane."]),
    ])
    doc.add_heading("Underskrifter", level=2)
    sign_block(doc, "Havbotn, 16. juni 2025",
               "For Havbotn fylkeskommune\nNils Kåre Vatne, fylkesordførar",
               "Ragnhild Sunde Myklebust")
    doc.save(OUT / "havbotn-fylkeskommunedirektor-aaremaal-nn.docx")


# ---------------------------------------------------------------------------
# 2. Bokmål: waiver + etterlønn, notice in weeks (three weeks), start before decision
# ---------------------------------------------------------------------------
def doc_ostre_rud():
    doc = new_doc("Østre Rud kommune", "Arbeidsavtale kommunedirektør", font="Cambria")
    doc.add_heading("ARBEIDSAVTALE", level=1)
    p(doc, "mellom Østre Rud kommune og Jon Erik Lunde om stillingen som kommunedirektør")
    headed(doc, [
        ("1. Parter", [
            f"Østre Rud kommune, org.nr. {orgnr('95702149')}, Rudsvegen 40, 2080 Østre Rud "
            "(arbeidsgiver).",
            "Jon Erik Lunde, Skogliveien 3, 2081 Østre Rud (arbeidstaker)."]),
        ("2. Ansettelsesvedtak", [
            "Kommunestyret ansatte Jon Erik Lunde som kommunedirektør i møte 20. mars 2025, "
            "sak 17/25. Lunde har vært konstituert kommunedirektør siden 1. september 2024."]),
        ("3. Stilling og tiltredelse", [
            "Jon Erik Lunde ansettes i fast stilling som kommunedirektør i 100 % stilling. "
            "Ansettelsen gjelder fra 1. mars 2025. Arbeidssted er Østre Rud rådhus."]),
        ("4. Ansvar og myndighet", [
            "Kommunedirektøren er øverste leder for kommunens administrasjon og har ansvar og "
            "myndighet etter kommuneloven § 13-1, kommunens delegeringsreglement og "
            "kommunestyrets vedtak. Kommunedirektøren har personalansvaret for kommunens ansatte."]),
        ("5. Prøvetid", [
            "Ettersom Lunde har vært konstituert i stillingen, gjelder det ingen prøvetid."]),
        ("6. Arbeidstid", [
            "Kommunedirektøren har en ledende stilling og er unntatt fra arbeidsmiljølovens "
            "bestemmelser om arbeidstid, jf. § 10-12 første ledd. Ekstraarbeid er kompensert "
            "gjennom lønnen."]),
        ("7. Lønn", [
            f"Kommunedirektørens årslønn er {kr(1210000)}. Lønnen utbetales den 12. hver måned."]),
        ("8. Lønnsregulering", [
            "Lønnen vurderes årlig av formannskapet etter lønnssamtale med ordføreren, jf. "
            "Hovedtariffavtalen kap. 3 pkt. 3.4.1."]),
        ("9. Ferie og permisjoner", [
            "Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Permisjon med lønn og "
            "annet betalt fravær etter lov, Hovedtariffavtalen og kommunens permisjonsreglement."]),
        ("10. Oppsigelse", [
            "Oppsigelsesfristen er tre uker for begge parter. Oppsigelse skal være skriftlig."]),
        ("11. Fraskrivelse av stillingsvern og etterlønn", [
            "Kommunedirektøren fraskriver seg på forhånd stillingsvernet etter arbeidsmiljøloven "
            "kapittel 15 om oppsigelse, mot etterlønn, jf. arbeidsmiljøloven § 15-16 andre ledd.",
            "Vedtar kommunestyret at kommunedirektøren skal fratre, betales etterlønn tilsvarende "
            "12 måneders lønn fra fratredelsesdagen. Etterlønnen reduseres ikke mot annen inntekt. "
            "Etterlønn betales ikke ved avskjed."]),
        ("12. Tariffavtaler", [
            "Hovedavtalen og Hovedtariffavtalen i KS-området gjelder for arbeidsforholdet. "
            "Tariffparter er KS og arbeidstakerorganisasjonene i forhandlingssammenslutningene."]),
        ("13. Pensjon og forsikring", [
            "Kommunedirektøren er medlem av Østre Rud kommunale pensjonskasse og omfattes av "
            "kommunens forsikringsordninger etter Hovedtariffavtalen."]),
        ("14. Kompetanseutvikling", [
            "Kommunedirektøren har rett til faglig oppdatering og lederutvikling etter avtale med "
            "ordføreren."]),
        ("15. Forventninger og resultatkrav", [
            "Formannskapet og kommunedirektøren utarbeider hvert år skriftlige, gjensidige "
            "forventninger og resultatkrav på grunnlag av budsjett og økonomiplan."]),
        ("16. Utviklingssamtale", [
            "Ordfører, varaordfører og en representant for opposisjonen gjennomfører "
            "utviklingssamtale med kommunedirektøren hvert år."]),
        ("17. Uenighet om forventninger og resultater", [
            "Uenighet om forventninger eller om resultater er nådd, drøftes først mellom "
            "ordføreren og kommunedirektøren og deretter i formannskapet i lukket møte."]),
        ("18. Taushetsplikt", [
            "Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 flg."]),
        ("19. Bierverv og verv", [
            "Bierverv og styreverv krever samtykke fra formannskapet."]),
        ("20. Offentliggjøring av CV", [
            "Kommunedirektøren samtykker i at CV-en kan offentliggjøres."]),
    ])
    doc.add_heading("21. Underskrifter", level=2)
    sign_block(doc, "Østre Rud, 25. mars 2025",
               "For Østre Rud kommune\nSiri Haugen Bakke, ordfører",
               "Jon Erik Lunde")
    doc.save(OUT / "ostre-rud-arbeidsavtale.docx")


# ---------------------------------------------------------------------------
# 3. Draft, plain text (no heading styles, no tracked changes); salary given twice, differently
# ---------------------------------------------------------------------------
def doc_tverraa():
    doc = new_doc("Tverrå kommune", "UTKAST arbeidsavtale kommunedirektør", font="Arial", size=10)
    p(doc, "UTKAST – versjon 2 av 23. april 2025 – ikke signert")
    p(doc, "Arbeidsavtale for kommunedirektør i Tverrå kommune")
    p(doc)
    items = [
        ("1. Parter",
         f"Tverrå kommune, org.nr. {orgnr('96931587')}, Tverråvegen 1, 7690 Tverrå, og Anders "
         "Wold Kristiansen, Nordbakken 14, 7691 Tverrå."),
        ("2. Ansettelsesvedtak",
         "Kommunestyret ansatte Anders Wold Kristiansen som kommunedirektør i møte 10. april "
         "2025, sak 22/25."),
        ("3. Stilling og arbeidssted",
         "Kommunedirektør, kommunens øverste administrative leder. Fast stilling, 100 %. "
         "Arbeidssted: Tverrå rådhus."),
        ("4. Tiltredelse", "Tiltredelse 1. august 2025."),
        ("5. Ansvar og myndighet",
         "Kommunedirektøren leder administrasjonen etter kommuneloven § 13-1 og kommunens "
         "delegeringsreglement, og har personalansvaret for kommunens ansatte."),
        ("6. Prøvetid",
         "Prøvetiden er 6 måneder. Oppsigelsesfristen i prøvetiden er 14 dager."),
        ("7. Arbeidstid",
         "Ledende stilling, unntatt fra arbeidstidsbestemmelsene, jf. arbeidsmiljøloven § 10-12 "
         "første ledd."),
        ("8. Lønn",
         f"Årslønnen er {kr(1150000)}. Lønnen utbetales den 20. i hver måned."),
        ("9. Lønnsregulering",
         f"Kommunedirektørens årslønn på {kr(1185000)} reguleres hvert år etter lønnssamtale med "
         "ordføreren. Formannskapet fastsetter ny lønn, jf. Hovedtariffavtalen kap. 3 pkt. "
         "3.4.1."),
        ("10. Ferie og permisjoner",
         "Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Permisjoner og annet "
         "lønnet fravær etter lov og Hovedtariffavtalen."),
        ("11. Oppsigelse",
         "Etter prøvetiden er oppsigelsesfristen 6 måneder, gjensidig. Oppsigelse skal være "
         "skriftlig."),
        ("12. Fraskrivelse av stillingsvern og etterlønn",
         "Kommunedirektøren fraskriver seg stillingsvernet etter arbeidsmiljøloven kapittel 15 "
         "mot etterlønn, jf. § 15-16 andre ledd. Etterlønnen utgjør 12 måneders lønn og "
         "reduseres krone for krone mot annen arbeidsinntekt i perioden. Ingen etterlønn ved "
         "avskjed."),
        ("13. Tariffavtaler",
         "Hovedavtalen og Hovedtariffavtalen mellom KS og LO Kommune, Unio, YS Kommune og "
         "Akademikerne Kommune."),
        ("14. Pensjon og forsikring",
         "Medlem av Kommunal Landspensjonskasse (KLP). Forsikringer etter Hovedtariffavtalen."),
        ("15. Kompetanseutvikling",
         "Kommunedirektøren har rett til kompetanseutvikling etter avtale i "
         "utviklingssamtalen."),
        ("16. Forventninger og resultatkrav",
         "Formannskapet og kommunedirektøren setter opp skriftlige, gjensidige forventninger og "
         "resultatkrav for hvert år."),
        ("17. Utviklingssamtale",
         "Utviklingssamtale holdes minst én gang per år med ordfører, varaordfører og en "
         "representant for mindretallet."),
        ("18. Uenighet",
         "Oppstår uenighet om forventninger eller resultater, tas dette opp med ordføreren og "
         "deretter i formannskapet."),
        ("19. Taushetsplikt",
         "Taushetsplikt etter forvaltningsloven § 13 flg., også etter fratreden."),
        ("20. Bierverv og verv",
         "Bierverv og verv krever godkjenning fra formannskapet."),
        ("21. CV",
         "Kommunedirektøren samtykker i at CV offentliggjøres."),
        ("22. Endringer",
         "Endringer i avtalen krever skriftlig enighet mellom partene."),
    ]
    for head, text in items:
        p(doc, head, space_after=0)
        p(doc, text)
    p(doc, "23. Underskrifter", space_after=0)
    p(doc, "Sted/dato: ____________________")
    p(doc, "For Tverrå kommune: ____________________  (ordfører Gunn Elin Storø)")
    p(doc, "Kommunedirektør: ____________________  (Anders Wold Kristiansen)")
    doc.save(OUT / "tverraa-utkast-arbeidsavtale.docx")


# ---------------------------------------------------------------------------
# 4. Agreement referring to law and tariff agreement for most details
# ---------------------------------------------------------------------------
def doc_myrvoll():
    doc = new_doc("Myrvoll kommune", "Arbeidsavtale")
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Myrvoll kommune"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Arbeidsavtale", level=1)
    p(doc, "mellom Myrvoll kommune (arbeidsgiver) og Elisabeth Nordgård Aas, Tjernveien 9, "
           "3630 Myrvoll (arbeidstaker)")
    headed(doc, [
        ("1. Stilling", [
            "Kommunedirektør, fast stilling, 100 %. Stillingen er kommunens øverste "
            "administrative lederstilling, med ansvar og myndighet som følger av kommuneloven "
            "§ 13-1 og kommunens delegeringsreglement."]),
        ("2. Arbeidssted", ["Myrvoll rådhus."]),
        ("3. Tiltredelse", ["1. november 2025."]),
        ("4. Grunnlag", ["Kommunestyrets vedtak 11. september 2025, sak 61/25."]),
        ("5. Prøvetid", ["6 måneder, jf. arbeidsmiljøloven § 15-6."]),
        ("6. Lønn", [
            f"Årslønn {kr(1240000)}. I tillegg kommer et fast tillegg på {kr(40000)} per år for "
            "ansvaret som administrativ leder av vertskommunesamarbeidet om barnevern. "
            "Utbetaling skjer etter Hovedtariffavtalens bestemmelser."]),
        ("7. Lønnsregulering", [
            "Lønnen vurderes årlig, jf. Hovedtariffavtalen kap. 3 pkt. 3.4.1."]),
        ("8. Arbeidstid og pauser", [
            "Etter arbeidsmiljøloven kapittel 10. Stillingen er en ledende stilling, jf. § 10-12 "
            "første ledd."]),
        ("9. Ferie", ["Etter ferieloven og Hovedtariffavtalen."]),
        ("10. Annet lønnet fravær", [
            "Etter arbeidsmiljøloven, folketrygdloven, Hovedtariffavtalen og kommunens "
            "permisjonsreglement."]),
        ("11. Oppsigelse", [
            "Oppsigelsesfrist 6 måneder. Framgangsmåte og formkrav ved oppsigelse følger "
            "arbeidsmiljøloven kapittel 15."]),
        ("12. Tariffavtaler", [
            "Hovedavtalen og Hovedtariffavtalen mellom KS og arbeidstakerorganisasjonene."]),
        ("13. Pensjon og forsikring", [
            "Tjenestepensjon i KLP. Forsikringer etter Hovedtariffavtalen."]),
        ("14. Kompetanseutvikling", [
            "Rett til kompetanseutvikling etter Hovedavtalen og kommunens plan for "
            "kompetanseutvikling."]),
        ("15. Særlige vilkår for kommunedirektøren", [
            "Taushetsplikt etter forvaltningsloven § 13 flg. Bierverv og verv krever godkjenning "
            "fra formannskapet. Kommunedirektøren samtykker i offentliggjøring av CV.",
            "Det gjennomføres årlig utviklingssamtale etter KS' anbefalinger. I samtalen "
            "fastsettes gjensidige forventninger og resultatkrav skriftlig, og de følges opp i "
            "neste samtale. Uenighet om forventninger eller resultater behandles av "
            "formannskapet etter drøfting med kommunedirektøren."]),
        ("16. Endringer", ["Endringer i avtalen krever skriftlig enighet."]),
    ])
    sign_block(doc, "Myrvoll, ____________ 2025",
               "For Myrvoll kommune\nordfører Kjell Arne Lie",
               "Elisabeth Nordgård Aas")
    doc.save(OUT / "myrvoll-arbeidsavtale.docx")


# ---------------------------------------------------------------------------
# 5. Short nynorsk agreement, § 1 … § 14; no confidentiality, side jobs, dispute procedure
# ---------------------------------------------------------------------------
def doc_solbraa():
    doc = new_doc("Solbrå herad", "Arbeidsavtale kommunedirektør")
    p(doc, "SOLBRÅ HERAD", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Arbeidsavtale for kommunedirektøren", bold=True, size=14,
      align=WD_ALIGN_PARAGRAPH.CENTER)
    paras = [
        ("§ 1 Partar",
         f"Denne avtalen er gjord mellom Solbrå herad, org.nr. {orgnr('93448271')}, og Olav "
         "Hegglund Strand, Tunvegen 2, 5745 Solbrå."),
        ("§ 2 Vedtak",
         "Heradsstyret tilsette Olav Hegglund Strand som kommunedirektør i møte 5. juni 2025, "
         "sak 38/25."),
        ("§ 3 Stilling og arbeidsstad",
         "Kommunedirektøren er øvste leiar for administrasjonen i heradet, med ansvar og mynde "
         "etter kommunelova § 13-1 og delegeringsreglementet. Arbeidsstaden er heradshuset i "
         "Solbrå."),
        ("§ 4 Tiltreding og tilsetjingsform",
         "Fast stilling, 100 %, frå 15. august 2025."),
        ("§ 5 Prøvetid", "Prøvetida er 6 månader."),
        ("§ 6 Arbeidstid",
         "Leiande stilling, jf. arbeidsmiljølova § 10-12 første ledd."),
        ("§ 7 Løn",
         f"Årsløn {kr(1095000)}, utbetalt den 20. i kvar månad."),
        ("§ 8 Lønsregulering",
         "Løna vert vurdert kvart år, jf. Hovudtariffavtalen kap. 3 pkt. 3.4.1."),
        ("§ 9 Ferie og permisjonar",
         "Ferie etter ferielova og Hovudtariffavtalen. Permisjonar etter lov og "
         "Hovudtariffavtalen."),
        ("§ 10 Pensjon",
         "Kommunedirektøren er medlem av Solbrå kommunale pensjonskasse."),
        ("§ 11 Tariffavtale",
         "Hovudavtalen og Hovudtariffavtalen i KS-området gjeld for arbeidsforholdet."),
        ("§ 12 Kompetanseutvikling og utviklingssamtale",
         "Kommunedirektøren har rett til fagleg utvikling. Ordføraren, varaordføraren og ein "
         "representant for opposisjonen har utviklingssamtale med kommunedirektøren kvart år."),
        ("§ 13 Forventningar og resultatkrav",
         "I utviklingssamtalen vert det sett opp skriftlege, gjensidige forventningar og "
         "resultatkrav for det komande året."),
        ("§ 14 Oppseiing",
         "Gjensidig oppseiingsfrist er tre månader."),
    ]
    for head, text in paras:
        p(doc, head, bold=True, space_after=0)
        p(doc, text)
    sign_block(doc, "Solbrå, 12. juni 2025",
               "For Solbrå herad\nBjørg Tveitnes, ordførar",
               "Olav Hegglund Strand")
    doc.save(OUT / "solbraa-arbeidsavtale-nn.docx")


# ---------------------------------------------------------------------------
# 6. Sound agreement in a two-column page layout, bold paragraph labels, åremål 6 years
# ---------------------------------------------------------------------------
def set_columns(section, num=2, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def doc_kvitbergen():
    doc = new_doc("Kvitbergen kommune", "Arbeidsavtale kommunedirektør", size=10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    p(doc, "Kvitbergen kommune", bold=True, size=13)
    p(doc, "Arbeidsavtale for kommunedirektøren", bold=True, size=12)
    new = doc.add_section(0)  # WD_SECTION.CONTINUOUS
    set_columns(new, 2)

    blocks = [
        ("Parter:",
         f"Kvitbergen kommune, org.nr. {orgnr('97720463')}, Torvet 3, 9440 Kvitbergen, og "
         "Marianne Hals Ødegård, Sjøgata 17, 9441 Kvitbergen."),
        ("Grunnlag:",
         "Kommunestyret ansatte Marianne Hals Ødegård som kommunedirektør i møte 16. oktober "
         "2025, sak 71/25. Ordføreren skriver under på vegne av kommunestyret."),
        ("Stilling og ansvar:",
         "Kommunedirektør, kommunens øverste administrative leder. Kommunedirektøren leder hele "
         "administrasjonen innenfor kommunestyrets vedtak og instrukser, jf. kommuneloven § 13-1, "
         "har personalansvaret og den myndigheten delegeringsreglementet gir."),
        ("Arbeidssted:", "Kvitbergen rådhus, Torvet 3."),
        ("Tiltredelse og åremål:",
         "Kommunedirektøren ansettes i åremål for seks år, fra 1. januar 2026 til 31. desember "
         "2031, jf. kommuneloven § 13-2. Kommunestyret avgjør senest ett år før utløpet om "
         "åremålet skal fornyes. Ved fornyelse gjelder ingen ny prøvetid. Fornyes ikke "
         "åremålet, fratrer kommunedirektøren ved periodens utløp, med rett til "
         "retrettstilling som nedenfor."),
        ("Stillingsomfang:", "100 % stilling."),
        ("Prøvetid:",
         "6 måneder fra tiltredelse. Oppsigelsesfristen i prøvetiden er 1 måned."),
        ("Arbeidstid:",
         "Ledende stilling, jf. arbeidsmiljøloven § 10-12 første ledd. Kommunedirektøren "
         "disponerer selv arbeidstiden, også pauser. Arbeid ut over normal arbeidstid er "
         "kompensert gjennom lønnen."),
        ("Lønn:",
         f"Årslønn {kr(1355000)}, utbetalt den 12. hver måned. Ingen faste tillegg."),
        ("Lønnsregulering:",
         "Lønnen vurderes hvert år i lønnssamtale med ordføreren. Formannskapet fastsetter ny "
         "lønn etter delegasjon fra kommunestyret, jf. Hovedtariffavtalen kap. 3 pkt. 3.4.1."),
        ("Ferie:",
         "Ferie og feriepenger etter ferieloven og Hovedtariffavtalen. Ferie avtales med "
         "ordføreren."),
        ("Permisjoner og annet fravær:",
         "Rett til lønnet permisjon og annet fravær betalt av arbeidsgiver følger av lov, "
         "Hovedtariffavtalen og kommunens permisjonsreglement."),
        ("Oppsigelse:",
         "I åremålsperioden er oppsigelsesfristen 6 måneder for begge parter. Oppsigelse skal "
         "være skriftlig, og for øvrig gjelder arbeidsmiljøloven kapittel 15."),
        ("Fraskrivelse av stillingsvern og etterlønn:",
         "Kommunedirektøren fraskriver seg på forhånd stillingsvernet etter arbeidsmiljøloven "
         "kapittel 15 om oppsigelse, mot etterlønn, jf. § 15-16 andre ledd. Vedtar "
         "kommunestyret at kommunedirektøren skal fratre før åremålet er ute, betales etterlønn "
         "i 12 måneder. Inntekt fra annet arbeid i perioden trekkes fra krone for krone. Det gis "
         "ikke etterlønn ved avskjed."),
        ("Retrettstilling:",
         "Når åremålet utløper uten fornyelse, har kommunedirektøren rett til en stilling som "
         "rådgiver i kommunens sentraladministrasjon, med oppgaver tilpasset kompetanse og "
         f"erfaring. Lønnen i retrettstillingen er {kr(950000)} per år, regulert i de ordinære "
         "lønnsoppgjørene. Retten gjelder ikke ved avskjed."),
        ("Tariffavtaler:",
         "Hovedavtalen og Hovedtariffavtalen mellom KS og LO Kommune, Unio, YS Kommune og "
         "Akademikerne Kommune."),
        ("Pensjon og forsikring:",
         "Medlem av offentlig tjenestepensjon i KLP. Forsikringer etter Hovedtariffavtalen."),
        ("Kompetanseutvikling:",
         "Kommunedirektøren har rett til faglig utvikling og lederutvikling, avtalt i "
         "utviklingssamtalen."),
        ("Forventninger og resultatkrav:",
         "Formannskapet og kommunedirektøren formulerer hvert år skriftlige, gjensidige "
         "forventninger og resultatkrav med utgangspunkt i økonomiplanen og kommunestyrets "
         "vedtak."),
        ("Utviklingssamtale:",
         "Minst én gang i året med ordfører, varaordfører og en representant for mindretallet. "
         "Referat legges fram for kommunestyret."),
        ("Uenighet om forventninger og resultater:",
         "Tas først opp mellom ordføreren og kommunedirektøren og, om nødvendig, i "
         "formannskapet i lukket møte, der kommunedirektøren får uttale seg."),
        ("Taushetsplikt:",
         "Etter forvaltningsloven § 13 flg., også etter at arbeidsforholdet er slutt."),
        ("Bierverv og verv:",
         "Krever samtykke fra formannskapet på forhånd."),
        ("Offentliggjøring av CV:",
         "Kommunedirektøren samtykker i at CV-en publiseres på kommunens nettsider."),
        ("Endringer i avtalen:",
         "Endringer krever skriftlig enighet mellom partene."),
    ]
    for label, text in blocks:
        p(doc, label, bold=True, space_after=0)
        p(doc, text, space_after=6)
    p(doc, "Underskrifter:", bold=True, space_after=0)
    p(doc, "Kvitbergen, 22. oktober 2025")
    p(doc, "\n____________________________\nFor Kvitbergen kommune\nTrond Isaksen, ordfører")
    p(doc, "\n____________________________\nMarianne Hals Ødegård")
    doc.save(OUT / "kvitbergen-arbeidsavtale.docx")


if __name__ == "__main__":
    doc_havbotn()
    doc_ostre_rud()
    doc_tverraa()
    doc_myrvoll()
    doc_solbraa()
    doc_kvitbergen()
    print("written:", sorted(x.name for x in OUT.glob("*.docx")))
