#!/usr/bin/env python3
"""Blind test corpus r1: minutes (referat) of the yearly development dialogue
(utviklingssamtale) with the kommunedirektør / fylkeskommunedirektør.

All municipalities, people and figures are invented. Writes the .docx files next to this
script. Labels are kept by hand in labels.yaml (not generated here).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space for money / numbers


# ---------------------------------------------------------------- helpers

def new_doc(lang, title, author):
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    rpr.append(el)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.language = lang
    return d


def para(d, text="", bold=False, italic=False, style=None, size=None, align=None,
         indent=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def lettered(d, items, indent=1.0):
    """Typed «a)», «b)» items as indented paragraphs (no Word numbering)."""
    for i, text in enumerate(items):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run(f"{chr(ord('a') + i)})\t{text}")


def label_para(d, label, text):
    """«Label: text» with the label in bold."""
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def write_cell(cell, content):
    """content: str, or list of str / (kind, str) where kind in {'b','i','bi'}."""
    if isinstance(content, str):
        content = [content]
    first = True
    for item in content:
        kind, text = ("", item) if isinstance(item, str) else item
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if text:
            r = p.add_run(text)
            r.bold = "b" in kind
            r.italic = "i" in kind


def table(d, rows, widths=None, style="Table Grid", header=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for ri, row in enumerate(rows):
        for ci, content in enumerate(row):
            c = t.cell(ri, ci)
            if header and ri == 0 and isinstance(content, str):
                content = [("b", content)]
            write_cell(c, content)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def save(d, name):
    path = os.path.join(OUT, name)
    d.save(path)
    print("wrote", path)


# ---------------------------------------------------------------- 01
# One big table holds the whole minutes; bokmål; complete.

def doc01():
    d = new_doc("nb-NO", "Referat utviklingssamtale 2025", "Anne Sæther")
    rows = [
        [[("b", "STORVIK KOMMUNE – REFERAT FRA UTVIKLINGSSAMTALE MED KOMMUNEDIREKTØREN 2025")], ""],
        [[("b", "Dato og tid")], "14. mars 2025, kl. 09.00–12.30"],
        [[("b", "Sted")], "Formannskapssalen, Storvik rådhus"],
        [[("b", "Til stede")],
         "Ordfører Kari Holm, varaordfører Tor Einar Lie, gruppeleder Mona Strand og "
         "kommunedirektør Jon Arild Berg. HR-sjef Anne Sæther førte referat og deltok ikke i "
         "selve samtalen."],
        [[("b", "Grunnlag")],
         "Arbeidsavtalen, resultat- og utviklingsplanen for 2024, budsjett 2025 og økonomiplan "
         "2025–2028 og arbeidsgiverstrategien vedtatt av kommunestyret 12. september 2023 "
         "(sak 45/23). Kommunedirektøren sendte en skriftlig egenevaluering til utvalget en uke "
         "før møtet."],
        [[("b", "Oppsummering av resultatene i 2024")],
         ["Målene i resultat- og utviklingsplanen for 2024 ble gått gjennom punkt for punkt.",
          "Nådd: Regnskapet viser et netto driftsresultat på 2,3 %, over målet på 1,75 %. Den nye "
          "barnehagen på Nesset åpnet i august som planlagt, og alle søkere med rett til plass "
          "fikk tilbud ved hovedopptaket. Elektronisk avvikssystem er tatt i bruk i alle enheter.",
          "Ikke nådd: Sykefraværet endte på 8,9 % mot målet på 8,0 %. Revisjonen av "
          "delegeringsreglementet er forsinket og kom ikke til kommunestyret i 2024. Digitalt "
          "nattilsyn kom i gang, men bare 11 brukere er med, mot planlagt 25.",
          "Utvalget mener kommunedirektøren har styrt godt gjennom et krevende budsjettår."]],
        [[("b", "Mål 2025 – Økonomi")],
         ["• Netto driftsresultat på minst 1,75 %.",
          "• Disposisjonsfondet skal utgjøre minst 8 % av brutto driftsinntekter ved utgangen av 2026.",
          "• Avvik på mer enn 2 % av en enhets ramme meldes formannskapet i neste månedsrapport."]],
        [[("b", "Mål 2025 – Brukere av tjenester")],
         ["• Søknader om hjemmetjenester avgjøres innen 14 dager.",
          "• Brukerundersøkelse i hjemmetjenesten gjennomføres innen 1. oktober; målet er et "
          "snitt på minst 4,5 av 6.",
          "• Ungdomsskolen skal ligge på eller over landssnittet på nasjonale prøver i lesing."]],
        [[("b", "Mål 2025 – Medarbeidere")],
         ["• Samlet sykefravær ned til 8,0 %, i helse og omsorg fra 11,2 til 10 %.",
          "• Andelen hele stillinger i helse og omsorg økes fra 38 til 45 %.",
          "• Medarbeiderundersøkelsen gjennomføres i alle enheter, og hver enhet lager en "
          "oppfølgingsplan."]],
        [[("b", "Mål 2025 – Interne prosesser og rutiner")],
         ["• Revidert delegeringsreglement legges fram for kommunestyret innen 19. juni 2025.",
          "• Oversikt over politiske vedtak som ikke er gjennomført, legges fram for "
          "formannskapet hvert tertial.",
          "• Internkontrollen i helse og omsorg dokumenteres i kvalitetssystemet innen årsskiftet."]],
        [[("b", "Mål 2025 – Innovasjon, læring og utvikling")],
         ["• Digitalt nattilsyn utvides til minst 25 brukere.",
          "• Kommunen går inn i et regionalt innovasjonsnettverk sammen med nabokommunene.",
          "• Alle ledere gjennomfører grunnopplæring i tjenestedesign i løpet av året."]],
        [[("b", "Samhandling mellom folkevalgte og administrasjonen")],
         ["Begge parter opplever samarbeidet som godt og tillitsfullt. Dette ble presisert:",
          "• Ordfører og kommunedirektør møtes fast mandag morgen til gjensidig orientering; "
          "saker avgjøres ikke der.",
          "• Informasjon som gis til én gruppeleder, gis til alle gruppeledere samtidig.",
          "• Folkevalgte som har spørsmål om en tjeneste, retter dem til kommunedirektøren og "
          "ikke direkte til enhetslederne.",
          "• Kommunedirektøren gir sin faglige tilråding også når den går mot et kjent politisk "
          "flertall."]],
        [[("b", "Utviklingstiltak for kommunedirektøren")],
         "Det ble avtalt at kommunedirektøren deltar i et lederutviklingsprogram for toppledere i "
         "regi av KS i 2025–2026, og at han kan bruke ekstern coach i inntil seks samtaler. "
         "Kostnaden dekkes av det sentrale kompetansebudsjettet."],
        [[("b", "Lønn")],
         "Lønnssamtale ble gjennomført til slutt i møtet. Utvalgets forslag til ny lønn legges "
         "fram for formannskapet 8. april 2025, jf. Hovedtariffavtalen kap. 3 pkt. 3.4.1."],
        [[("b", "Offentlighet")],
         "Referatet legges fram for kommunestyret som referatsak og er offentlig. Det som ble "
         "sagt i fortrolighet, er ikke gjengitt."],
        [[("b", "Godkjent")],
         ["Storvik, 21. mars 2025", "",
          "Kari Holm, ordfører", "Jon Arild Berg, kommunedirektør"]],
    ]
    t = table(d, rows, widths=[4.5, 12])
    first = t.rows[0]
    first.cells[0].merge(first.cells[1])
    save(d, "01-storvik-kommune-stor-tabell.docx")


# ---------------------------------------------------------------- 02
# Running prose, no theme headings; bokmål; innovation absent, development measures postponed.

def doc02():
    d = new_doc("nb-NO", "Referat utviklingssamtale kommunedirektør", "Geir Aune")
    para(d, "Lundeby kommune", bold=True, size=14)
    para(d, "Referat fra utviklingssamtale med kommunedirektøren", bold=True, size=12)
    para(d,
         "Utviklingssamtalen ble holdt på ordførerens kontor 3. desember 2024. Til stede var "
         "ordfører Geir Aune, varaordfører Hilde Moen og gruppeleder Petter Vik, som utgjør "
         "utvalget kommunestyret har gitt ansvaret for samtalen, samt kommunedirektør Siri Lunde. "
         "Samtalen tok utgangspunkt i kommunedirektørens egenevaluering og målene som ble avtalt "
         "i fjor høst.")
    para(d,
         "Gjennomgangen viste at kommunen har nådd de fleste målene for 2024. Prognosen etter "
         "andre tertial peker mot et netto driftsresultat på om lag 2,1 %, slik at målet på 2 % "
         "ser ut til å bli nådd for første gang på fire år. Alle barn med rett til "
         "barnehageplass fikk tilbud ved hovedopptaket i august, og ventelisten er dermed borte. "
         "Målet om å få sykefraværet i pleie og omsorg under 9 % er ikke nådd; det ligger "
         "fortsatt rundt 10,5 %. Revisjonen av delegeringsreglementet er forsinket og er ikke "
         "ferdig.")
    para(d,
         "For 2025 var partene enige om at økonomistyringen fortsatt skal ha høy prioritet. "
         "Kommunedirektøren legger fram et budsjett som gir minst 2 % netto driftsresultat, og "
         "alle enheter skal holde seg innenfor sin ramme. Innbyggerne skal merke bedre "
         "tilgjengelighet i helse og omsorg: søknader om hjemmetjenester skal besvares innen tre "
         "uker, og ingen skal vente mer enn en måned på korttidsplass. Sykefraværet i pleie og "
         "omsorg skal ned til 9 % innen utgangen av 2025, og kommunedirektøren lager sammen med "
         "de tillitsvalgte en plan for flere hele stillinger. Det reviderte "
         "delegeringsreglementet legges fram for kommunestyret før sommeren, og rutinen for "
         "oppfølging av politiske vedtak gjøres kjent for alle ledere og rapporteres hvert "
         "tertial.")
    para(d,
         "Om samarbeidet sa de folkevalgte at de setter pris på at saksframleggene er blitt "
         "kortere og tydeligere, men at enkelte saker har kommet sent til formannskapet. Partene "
         "ble enige om at ordfører og kommunedirektør møtes fast hver tirsdag, at folkevalgte som "
         "ønsker informasjon om en tjeneste går til kommunedirektøren og ikke direkte til de "
         "ansatte, og at informasjon gis til alle gruppeledere samtidig. Kommunedirektøren ba om "
         "at misnøye med administrasjonens arbeid tas opp med henne direkte før det tas opp i "
         "mediene, og det var det enighet om.")
    para(d,
         "Kommunedirektøren har tidligere nevnt at hun kunne tenke seg et lederprogram, men det "
         "ble ikke drøftet nærmere denne gangen. Eventuelle utviklingstiltak for "
         "kommunedirektøren tas opp i neste samtale.")
    para(d,
         "Lønnssamtalen ble holdt i samme møte. Forslag til lønnsregulering legges fram for "
         "formannskapet i januar. Referatet legges fram for kommunestyret som referatsak.")
    para(d, "Lundeby, 10. desember 2024")
    para(d, "Geir Aune, ordfører\t\tSiri Lunde, kommunedirektør")
    save(d, "02-lundeby-kommune-lopende-tekst.docx")


# ---------------------------------------------------------------- 03
# Numbered lists (Word 'List Number' for the parts, typed a) for goals); nynorsk;
# fylkeskommune; complete.

def doc03():
    d = new_doc("nn-NO", "Referat utviklingssamtale fylkeskommunedirektøren", "Liv Haugland")
    para(d, "Vestfjell fylkeskommune", bold=True, size=13)
    d.add_heading("Referat frå utviklingssamtalen med fylkeskommunedirektøren 2025", level=1)
    label_para(d, "Dato:", "6. februar 2025, kl. 10.00–14.00")
    label_para(d, "Stad:", "Fylkeshuset, møterom Breidablikk")
    label_para(d, "Til stades:",
               "fylkesordførar Astrid Nesheim, fylkesvaraordførar Olav Tveit, gruppeleiar "
               "Ragnhild Sunde og fylkeskommunedirektør Einar Skeie. Referent: "
               "organisasjonsdirektør Liv Haugland.")
    para(d,
         "Samtalen vart halden av arbeidsutvalet som fylkestinget valde i sak 12/24. "
         "Fylkeskommunedirektøren hadde sendt ei skriftleg eigenvurdering på førehand.")

    para(d, "Gjennomgang av resultata for 2024", bold=True, style="List Number")
    lettered(d, [
        "Økonomi: Netto driftsresultat enda på 2,4 %, over målet på 2 %. Investeringane vart "
        f"140{NB}mill. kr lågare enn budsjettert fordi to skulebygg vart utsette.",
        "Brukarar av tenester: Delen elevar som fullfører og består vidaregåande opplæring, "
        "auka frå 79 til 81 %, men målet på 83 % vart ikkje nådd. Tannhelsetenesta har teke "
        "igjen etterslepet på innkallingar.",
        "Medarbeidarar: Sjukefråværet gjekk ned frå 6,8 til 6,1 %, og målet på 6,5 % vart nådd. "
        "Det er framleis vanskeleg å rekruttere lærarar i realfag og tannhelsesekretærar.",
        "Interne prosessar og rutinar: Nytt sak- og arkivsystem vart innført i mars utan store "
        "avbrot. Berre to av tre tertialrapportar hadde med oversikta over politiske vedtak.",
        "Innovasjon, læring og utvikling: Piloten med KI-støtte i saksbehandlinga i "
        "samferdselsavdelinga vart gjennomført og evaluert. Alle skulane har no ein plan for "
        "digital kompetanse, slik målet var.",
    ])
    para(d, "Mål og forventningar for 2025", bold=True, style="List Number")
    lettered(d, [
        "Økonomi: Netto driftsresultat på minst 2 %. Lånegjelda skal ikkje vere over 75 % av "
        "driftsinntektene ved utgangen av økonomiplanperioden.",
        "Brukarar av tenester: Minst 83 % fullfører og består vidaregåande opplæring. Ventetida "
        "til ordinær tannhelsekontroll for prioriterte grupper skal ikkje vere over 18 månader. "
        "Punktlegheita for bussrutene skal vere minst 92 %.",
        "Medarbeidarar: Sjukefråvær under 6 %. Ein rekrutteringsplan for realfagslærarar vert "
        "lagd fram for hovudutvalet for opplæring innan juni.",
        "Interne prosessar og rutinar: Alle tertialrapportar skal ha oversikt over politiske "
        "vedtak som ikkje er gjennomførte. Delegeringsreglementet vert revidert innan utgangen "
        "av 2025.",
        "Innovasjon, læring og utvikling: Fylkeskommunedirektøren legg fram ei sak om vidare "
        "bruk av KI-verktøy etter piloten. Minst to innovasjonsprosjekt skal søkjast "
        "finansierte med eksterne midlar.",
    ])
    para(d, "Samhandling mellom folkevalde og administrasjonen", bold=True, style="List Number")
    para(d, "Partane gjekk gjennom kva som har fungert og kva som kan bli betre, og vart samde om:",
         indent=0.6)
    lettered(d, [
        "Informasjon som vert gitt til éin gruppeleiar, vert gitt til alle gruppeleiarane "
        "samstundes.",
        "Fylkesordføraren og fylkeskommunedirektøren har faste møte kvar måndag.",
        "Bestillingar av utgreiingar kjem gjennom vedtak i fylkesutvalet eller fylkestinget, "
        "ikkje frå einskilde folkevalde.",
        "Fylkeskommunedirektøren gir alltid si faglege tilråding, òg når ho kan gå mot "
        "fleirtalet sitt syn.",
    ])
    para(d, "Utviklingstiltak for fylkeskommunedirektøren", bold=True, style="List Number")
    lettered(d, [
        "Fylkeskommunedirektøren held fram med ekstern coach, fire samtalar i 2025.",
        "Det vart avtalt at fylkeskommunedirektøren deltek på toppleiarprogrammet til KS "
        "hausten 2025.",
    ])
    para(d, "Lønssamtale", bold=True, style="List Number")
    para(d, "Lønssamtalen vart gjennomført. Fylkesutvalet handsamar framlegg til ny løn i møtet "
            "4. mars 2025.", indent=0.6)
    para(d, "Vidare oppfølging og offentlegheit", bold=True, style="List Number")
    para(d, "Referatet vert lagt fram for fylkestinget som referatsak, og måla vert følgde opp i "
            "tertialrapportane. Det som vart sagt i fortruleg samtale, er ikkje teke med.",
         indent=0.6)
    para(d, "")
    para(d, "Fylkeshuset, 13. februar 2025")
    para(d, "Astrid Nesheim, fylkesordførar\t\tEinar Skeie, fylkeskommunedirektør")
    save(d, "03-vestfjell-fylkeskommune-nummerert-nynorsk.docx")


# ---------------------------------------------------------------- 04
# Form with tables, partly filled; guidance left in three places; bokmål.

def doc04():
    d = new_doc("nb-NO", "Mal referat utviklingssamtale", "Turid Vang")
    para(d, "Elvestad kommune", bold=True, size=13)
    d.add_heading("Referat fra utviklingssamtale med kommunedirektøren", level=1)
    para(d, "Skjemaet fylles ut av referenten og sendes utvalget og kommunedirektøren til "
            "godkjenning. Ferdig referat legges fram for kommunestyret.", italic=True)
    table(d, [
        [[("b", "Dato")], "11. april 2025"],
        [[("b", "Sted")], "Rådhuset, møterom Elva"],
        [[("b", "Til stede")],
         "Ordfører Randi Kolstad, varaordfører Øyvind Sletten, Marit Hovde (formannskapet) og "
         "kommunedirektør Stein Ove Nygård"],
        [[("b", "Referent")], "Personalsjef Turid Vang"],
    ], widths=[4, 12.5])

    d.add_heading("1. Oppsummering av resultatoppnåelse", level=2)
    table(d, [
        [[("i", "Beskriv kort hvilke mål som ble nådd og hvilke som ikke ble nådd.")]],
        [["Driftsresultatet for 2024 ble 1,1 %, under målet på 1,75 %. Merforbruket skyldes i "
          "hovedsak ressurskrevende tjenester som kom til i løpet av året.",
          "Ventetiden på sykehjemsplass er redusert fra 40 til 12 dager, og målet på 14 dager er "
          "nådd.",
          "Sykefraværet gikk ned fra 9,4 til 8,7 %. Målet var 8,5 %, så det er nesten nådd."]],
    ], widths=[16.5])

    d.add_heading("2. Mål for neste periode", level=2)
    para(d, "Målene skal være forankret i budsjett, økonomiplan og arbeidsgiverstrategi.",
         italic=True)
    table(d, [
        ["Tema", "Mål 2025–2026", "Måles ved"],
        [[("b", "Økonomi")],
         f"Netto driftsresultat på minst 1,75 % i 2025. Tiltakspakken på 6{NB}mill. kr i helse "
         "og omsorg gjennomføres som vedtatt.",
         "Regnskap og tertialrapporter"],
        [[("b", "Brukere av tjenester")],
         "Ventetiden på sykehjemsplass holdes under 14 dager. Alle brukere av hjemmetjenesten "
         "har fast primærkontakt innen 1. september 2025.",
         "Fagsystemet, KOSTRA"],
        [[("b", "Medarbeidere")],
         "Sykefravær under 8,5 %. Turnover blant sykepleiere under 12 %.",
         "HR-statistikk"],
        [[("b", "Interne prosesser og rutiner")],
         [("i", "Skriv her …")],
         [("i", "Skriv her …")]],
        [[("b", "Innovasjon, læring og utvikling")],
         [("i", "Fyll inn målene for innovasjon, læring og utvikling.")],
         [("i", "Fyll inn …")]],
    ], widths=[4.5, 8, 4], header=True)

    d.add_heading("3. Samhandling mellom folkevalgte og administrasjonen", level=2)
    table(d, [
        [[("i", "Hvilke prinsipper for samarbeid ble avtalt?")]],
        [["Ordfører og kommunedirektør har faste ukentlige møter. Folkevalgte som ønsker "
          "informasjon om en tjeneste, tar kontakt med kommunedirektøren og ikke med "
          "enhetslederne. Informasjon gis til alle gruppeledere på samme tid. Uenighet mellom "
          "politisk ledelse og kommunedirektøren tas opp direkte og ikke gjennom mediene."]],
    ], widths=[16.5])

    d.add_heading("4. Utviklingstiltak for kommunedirektøren", level=2)
    table(d, [
        [[("i", "Avtalte tiltak for kommunedirektørens egen utvikling i kommende periode.")]],
        [[("i", "[beskriv tiltak, tidspunkt og hvem som har ansvar]")]],
    ], widths=[16.5])

    d.add_heading("5. Lønnssamtale", level=2)
    table(d, [
        [[("i", "Er lønnssamtale gjennomført? Når behandles lønnen?")]],
        [["Gjennomført. Forslag til ny lønn fremmes for formannskapet 6. mai 2025."]],
    ], widths=[16.5])

    para(d, "")
    table(d, [
        ["Sted og dato", "Ordfører", "Kommunedirektør"],
        ["Elvestad, 25. april 2025", "", ""],
    ], widths=[5.5, 5.5, 5.5], header=True)
    save(d, "04-elvestad-kommune-skjema-delvis-utfylt.docx")


# ---------------------------------------------------------------- 05
# Completely blank form; nynorsk.

def doc05():
    d = new_doc("nn-NO", "Mal – referat frå utviklingssamtale", "Solbrekke kommune")
    para(d, "Solbrekke kommune", bold=True, size=13)
    d.add_heading("Referat frå utviklingssamtale med kommunedirektøren", level=1)
    para(d, "Malen vert fylt ut av sekretæren for utvalet. Referatet skal leggjast fram for "
            "kommunestyret. Det som vert sagt i fortruleg samtale, skal ikkje gjengivast.",
         italic=True)
    table(d, [
        [[("b", "Dato")], ""],
        [[("b", "Stad")], ""],
        [[("b", "Til stades")], ""],
        [[("b", "Referent")], ""],
    ], widths=[4, 12.5])

    d.add_heading("1. Oppsummering av resultatoppnåing", level=2)
    para(d, "Oppsummer kort kva for mål som er nådde, og kva som ikkje er nådde i perioden. "
            "Vis til eigenvurderinga til kommunedirektøren.", italic=True)
    table(d, [[""]], widths=[16.5])

    d.add_heading("2. Nye mål og forventningar", level=2)
    para(d, "Skriv inn mål for kvart tema. Måla skal vere forankra i budsjett, kommuneplan og "
            "arbeidsgjevarstrategi, og det skal gå fram korleis dei vert målte "
            "(t.d. nøkkeltal frå KOSTRA, brukarundersøkingar, sjukefråvær).", italic=True)
    table(d, [
        ["Tema", "Mål for komande periode", "Korleis målet vert målt"],
        [[("b", "Økonomi")], "", ""],
        [[("b", "Brukarar av tenester")], "", ""],
        [[("b", "Medarbeidarar")], "", ""],
        [[("b", "Interne prosessar og rutinar")], "", ""],
        [[("b", "Innovasjon, læring og utvikling")], "", ""],
    ], widths=[4.5, 7.5, 4.5], header=True)

    d.add_heading("3. Prinsipp for samhandling mellom folkevalde og administrasjonen", level=2)
    para(d, "Beskriv kort kva partane er samde om når det gjeld roller, informasjon og "
            "arbeidsform.", italic=True)
    table(d, [[""]], widths=[16.5])

    d.add_heading("4. Utviklingstiltak for kommunedirektøren", level=2)
    table(d, [[[("i", "[skildre tiltak, tidspunkt og ansvar]")]]], widths=[16.5])

    d.add_heading("5. Lønssamtale", level=2)
    table(d, [
        [[("b", "Gjennomført (ja/nei)")], ""],
        [[("b", "Handsama i")], ""],
    ], widths=[4.5, 12])

    para(d, "")
    table(d, [
        ["Stad og dato", "Ordførar", "Kommunedirektør"],
        ["", "", ""],
    ], widths=[5.5, 5.5, 5.5], header=True)
    save(d, "05-solbrekke-kommune-blankt-skjema-nynorsk.docx")


# ---------------------------------------------------------------- 06
# Parts named in the agenda / introduction, then not dealt with; bokmål; Word headings.

def doc06():
    d = new_doc("nb-NO", "Referat utviklingssamtale 22.10.2024", "Nina Berg")
    d.add_heading("Moseby kommune – referat fra utviklingssamtale med kommunedirektøren", level=0)
    label_para(d, "Dato:", "22. oktober 2024")
    label_para(d, "Sted:", "Moseby rådhus, møterom 2")
    label_para(d, "Til stede:",
               "ordfører Bjørn Kvam, varaordfører Elin Rud, Hans Petter Dahl (formannskapet) og "
               "kommunedirektør Trine Solberg. Personalsjef Nina Berg førte referat.")

    d.add_heading("Dagsorden", level=1)
    for line in ["1. Gjennomgang av resultater siden forrige samtale",
                 "2. Nye mål og forventninger for 2025",
                 "3. Samhandling mellom politikk og administrasjon",
                 "4. Utviklingstiltak for kommunedirektøren",
                 "5. Lønnssamtale",
                 "6. Eventuelt"]:
        para(d, line, indent=0.5, space_after=0)

    d.add_heading("Innledning", level=1)
    para(d,
         "Ordføreren ønsket velkommen og viste til at samtalen etter KS' anbefaling skal dekke de "
         "fem temaene økonomi, brukere av tjenester, medarbeidere, interne prosesser og rutiner, "
         "og innovasjon, læring og utvikling. Kommunedirektøren hadde sendt ut en egenevaluering "
         "på forhånd og takket medarbeiderne i staben for godt forarbeid.")

    d.add_heading("1. Resultater siden forrige samtale", level=1)
    para(d,
         "Kommunedirektøren gikk gjennom egenevalueringen. Regnskapet for 2023 ga et netto "
         "driftsresultat på 0,9 %, mot målet på 1,5 %. Hovedårsakene var merforbruk i barnevernet "
         "og lavere skatteinngang enn budsjettert. Målet om at alle barn med rett til "
         "barnehageplass skulle få tilbud ved hovedopptaket, ble nådd. Foreldreundersøkelsen i "
         "barnehagene ga 4,8 av 6, samme nivå som året før.")

    d.add_heading("3. Samhandling mellom politikk og administrasjon", level=1)
    para(d,
         "Utvalget og kommunedirektøren snakket om rollene etter flere krevende saker i "
         "kommunestyret i vår. Partene ble enige om følgende arbeidsform:")
    for line in [
        "Ordfører og kommunedirektør har et fast møte hver torsdag.",
        "Saker om enkeltansatte er kommunedirektørens ansvar; folkevalgte som får henvendelser "
        "om slike saker, viser dem videre til kommunedirektøren.",
        "Kommunedirektøren orienterer alle gruppelederne samtidig når det skjer noe vesentlig "
        "i tjenestene.",
        "Folkevalgte henvender seg til kommunedirektøren og ikke direkte til ansatte når de "
        "ønsker opplysninger til en sak.",
    ]:
        para(d, line, style="List Bullet")

    d.add_heading("5. Lønnssamtale", level=1)
    para(d,
         "Lønnssamtalen ble gjennomført til slutt. Forslag til lønnsjustering behandles i "
         "formannskapet 19. november.")

    d.add_heading("6. Eventuelt", level=1)
    para(d, "Nye mål for 2025 fastsettes når kommunestyret har vedtatt budsjettet i desember.")
    para(d, "Referatet er offentlig og sendes kommunestyret til orientering.")
    save(d, "06-moseby-kommune-dagsorden-uten-innhold.docx")


# ---------------------------------------------------------------- 07
# ALL CAPS heading lines; some parts only «–», «Ingen.», «Ikke behandlet»; bokmål.

def doc07():
    d = new_doc("nb-NO", "Referat utviklingssamtale kommunedirektør 2025", "Sigrun Eide")
    para(d, "RYPDAL KOMMUNE", bold=True)
    para(d, "REFERAT – UTVIKLINGSSAMTALE MED KOMMUNEDIREKTØR 2025", bold=True)
    para(d, "Dato: 5. juni 2025. Sted: Rypdal rådhus. Til stede: ordfører Sigrun Eide, "
            "varaordfører Kjell Olav Rønning, Arne Fossheim (formannskapet), kommunedirektør "
            "Marius Haug.")
    para(d, "")
    para(d, "RESULTATER 2024")
    para(d,
         "Kommunedirektøren la fram egenevalueringen. Regnskapet for 2024 ble gjort opp med et "
         "netto driftsresultat på 1,2 %, mot målet på 2 %; hovedårsaken var økte utgifter til "
         "barnevern. Målet om at ingen skulle vente mer enn 30 dager på sykehjemsplass, er nådd "
         "fra mai. Sykefraværet gikk ned fra 10,1 til 9,3 %, men målet på 9 % ble ikke nådd.")
    para(d, "")
    para(d, "MÅL FOR 2025")
    para(d, "ØKONOMI")
    para(d,
         "Netto driftsresultat på minst 1,5 % i 2025 og 2 % fra 2026. Budsjettavvik over "
         f"1{NB}mill. kr meldes straks til formannskapet.")
    para(d, "BRUKERE AV TJENESTER")
    para(d,
         "Ingen skal vente mer enn 30 dager på sykehjemsplass. Andelen elever som oppgir i "
         "elevundersøkelsen at de blir mobbet, skal ned fra 9 til 6 %.")
    para(d, "MEDARBEIDERE")
    para(d, "–")
    para(d, "INTERNE PROSESSER OG RUTINER")
    para(d, "Ikke behandlet.")
    para(d, "INNOVASJON, LÆRING OG UTVIKLING")
    para(d, "–")
    para(d, "")
    para(d, "SAMHANDLING MELLOM FOLKEVALGTE OG ADMINISTRASJONEN")
    para(d, "Ingen merknader.")
    para(d, "")
    para(d, "UTVIKLINGSTILTAK FOR KOMMUNEDIREKTØREN")
    para(d, "Ingen.")
    para(d, "")
    para(d, "LØNN")
    para(d, "Lønnssamtale gjennomført. Forslag til ny lønn legges fram for formannskapet som egen "
            "sak.")
    para(d, "")
    para(d, "Rypdal, 12. juni 2025 – Sigrun Eide, ordfører / Marius Haug, kommunedirektør")
    save(d, "07-rypdal-kommune-store-bokstaver-streker.docx")


# ---------------------------------------------------------------- 08
# Complete, sound, bokmål; Word heading styles with own wording.

def doc08():
    d = new_doc("nb-NO", "Utviklingssamtale 2025 – referat", "Ingrid Fjeld")
    d.add_heading("Brattås kommune", level=0)
    para(d, "Referat fra den årlige utviklingssamtalen med kommunedirektøren", bold=True, size=12)

    d.add_heading("Om samtalen", level=1)
    para(d,
         "Utviklingssamtalen for 2025 ble holdt 27. januar 2025 på Brattås rådhus. Fra utvalget "
         "som kommunestyret oppnevnte i sak 88/23, deltok ordfører Ingrid Fjeld, varaordfører "
         "Ola Brenna og Sara Mikkelsen. Kommunedirektør Knut Opsahl hadde sendt en skriftlig "
         "egenevaluering i forkant. Samtalen varte i om lag tre timer.")

    d.add_heading("Hvor langt kom vi i 2024?", level=1)
    para(d,
         "Av de fjorten målene i resultat- og utviklingsplanen for 2024 ble ti nådd, tre delvis "
         "nådd og ett ikke nådd. Driftsresultatet ble 2,6 %, og målet for disposisjonsfondet ble "
         "nådd ett år tidligere enn planlagt. Helsestasjonen nådde målet om hjemmebesøk hos alle "
         "nyfødte innen ti dager etter fødsel.")
    para(d,
         "Ikke nådd ble målet om at halvparten av stillingene i omsorgstjenesten skulle være "
         "hele stillinger; resultatet ble 41 %. Delvis nådd: ny internkontroll i tekniske "
         "tjenester, digital innbyggerdialog på nettsidene og lederopplæringen for nye ledere.")

    d.add_heading("Forventninger til 2025", level=1)
    d.add_heading("Økonomi og drift", level=2)
    para(d,
         "Netto driftsresultat på minst 2 %. Driftsutgiftene i pleie og omsorg skal ikke øke mer "
         "enn lønns- og prisveksten. Investeringene i økonomiplanen gjennomføres uten at "
         "lånegjelden passerer 90 % av driftsinntektene.")
    d.add_heading("Tjenestene til innbyggerne", level=2)
    para(d,
         "Minst 90 % av byggesakene avgjøres innen lovens frist. Foreldretilfredsheten i "
         "barnehagene skal være minst 5,0 av 6. Alle som får vedtak om hjemmetjenester, får "
         "besøk innen tre dager.")
    d.add_heading("Personal og HMS", level=2)
    para(d,
         "Andelen hele stillinger i omsorgstjenesten økes til 50 %. Sykefraværet holdes under "
         "7 %. Kommunen tar inn minst 12 lærlinger i løpet av året.")
    d.add_heading("Styring, rutiner og internkontroll", level=2)
    para(d,
         "Internkontrollen i tekniske tjenester fullføres innen 1. juni. Alle enheter bruker "
         "det felles avvikssystemet. Status for politiske vedtak som ikke er gjennomført, "
         "rapporteres hvert tertial.")
    d.add_heading("Utvikling, digitalisering og læring", level=2)
    para(d,
         "Chat med servicetorget tas i bruk på nettsidene innen sommeren. Alle hjemmeboende som "
         "har behov for det, får tilbud om elektronisk medisindispenser. Kommunen gjennomfører "
         "minst ett tjenestedesignprosjekt der brukerne deltar fra starten.")

    d.add_heading("Samspillet mellom politikk og administrasjon", level=1)
    para(d,
         "Utvalget og kommunedirektøren er enige om at samspillet i hovedsak er godt. For å holde "
         "det slik gjelder fortsatt disse prinsippene: Kommunedirektøren er lojal mot hele "
         "kommunestyret og ikke mot et flertall, og gir uavhengige faglige råd. Ordfører og "
         "kommunedirektør har ukentlige samtaler. All vesentlig informasjon om tjenestene gis "
         "til alle folkevalgte samtidig, normalt i kommunestyrets orienteringsrunde. "
         "Folkevalgte går via kommunedirektøren og ikke direkte til enhetsledere.")

    d.add_heading("Kommunedirektørens egen utvikling", level=1)
    para(d,
         "Det ble avtalt at kommunedirektøren tar et etterutdanningskurs i offentlig styring og "
         "ledelse (15 studiepoeng) høsten 2025, med permisjon med lønn til samlingene. I tillegg "
         "får han en mentor, en erfaren kommunedirektør fra en annen region, med fire samtaler "
         "i løpet av året.")

    d.add_heading("Lønn", level=1)
    para(d,
         "Lønnssamtalen bygde på KS' kriterier: oppnådde resultater mot kommunens mål, "
         "administrativ styring og ledelse, og gjennomføring av tiltakene fra forrige samtale. "
         f"Utvalget tilrår at årslønnen reguleres fra kr{NB}1{NB}285{NB}000 til "
         f"kr{NB}1{NB}342{NB}000 fra 1. mai 2025. Formannskapet fatter vedtak.")

    d.add_heading("Fortrolighet og offentlighet", level=1)
    para(d,
         "Referatet er offentlig og legges fram for kommunestyret 13. februar 2025. Det som ble "
         "sagt i fortrolighet i samtalen, er ikke gjengitt.")
    para(d, "")
    para(d, "Brattås, 3. februar 2025")
    para(d, "Ingrid Fjeld, ordfører\t\tKnut Opsahl, kommunedirektør")
    save(d, "08-brattas-kommune-komplett-bokmal.docx")


# ---------------------------------------------------------------- 09
# Complete, nynorsk; bold plain paragraphs as headings; herad.

def doc09():
    d = new_doc("nn-NO", "Referat utviklingssamtale 2024", "Bente Mo")
    para(d, "Kvitevoll herad", bold=True, size=13)
    para(d, "Referat frå utviklingssamtale med kommunedirektøren", bold=True, size=12)
    para(d,
         "Tid: 18. november 2024, kl. 12.00–15.30. Stad: Heradshuset, kontoret til ordføraren. "
         "Til stades: ordførar Bente Mo, varaordførar Lars Kvåle, Nils Øvrebø (formannskapet) "
         "og kommunedirektør Gunhild Tufte.")

    para(d, "Korleis gjekk det i år?", bold=True)
    para(d,
         "Kommunedirektøren hadde laga ei skriftleg eigenvurdering. Prognosen for 2024 viser "
         "eit netto driftsresultat på 1,8 %, slik at målet på 1,5 % vert nådd. Alle elevar på "
         "1.–4. trinn har fått tilbod om gratis SFO-plass, slik heradsstyret bad om. "
         "Sjukefråværet i heimetenesta er framleis høgt, 11 %, og målet på 9 % er ikkje nådd. "
         "Den nye arkivplanen er vedteken, men rutinen for journalføring av e-post er ikkje "
         "innført. Digital tryggleiksalarm er no på plass hjå alle brukarane som hadde den "
         "gamle analoge alarmen.")

    para(d, "Økonomi", bold=True)
    para(d,
         "Netto driftsresultat på minst 1,5 % i 2025. Disposisjonsfondet skal aukast til 10 % av "
         "driftsinntektene innan 2027. Kommunedirektøren melder avvik til formannskapet kvar "
         "månad.")
    para(d, "Tenestene", bold=True)
    para(d,
         "Søknader om heimeteneste skal vere avgjorde innan 14 dagar. Elevane på 5. trinn skal "
         "liggje på landssnittet i rekning. Minst 90 % av dei som svarar på brukarundersøkinga "
         "i heimetenesta, skal vere nøgde med tenesta.")
    para(d, "Medarbeidarar og arbeidsmiljø", bold=True)
    para(d,
         "Sjukefråværet i heimetenesta skal ned til 9 % innan utgangen av 2025. Nye stillingar "
         "vert lyste ut som heile stillingar så langt det går. Alle tilsette skal ha hatt "
         "medarbeidarsamtale innan 1. juni.")
    para(d, "Rutinar og internkontroll", bold=True)
    para(d,
         "Rutinen for journalføring av e-post skal vere innført i alle einingar innan 1. april. "
         "Internkontrollsystemet vert revidert, og heradsstyret får ein årleg rapport om "
         "internkontrollen.")
    para(d, "Nyskaping og læring", bold=True)
    para(d,
         "Kvitevoll skal vere med i det regionale programmet for velferdsteknologi og ta i bruk "
         "digitalt tilsyn for minst 15 brukarar. Einingsleiarane skal gjennomføre eit felles "
         "kurs i endringsleiing.")
    para(d, "Samarbeidet mellom politikarane og administrasjonen", bold=True)
    para(d,
         "Partane er samde om at samarbeidet har vorte betre etter at ordføraren og "
         "kommunedirektøren byrja med faste møte kvar veke. Det skal halde fram. Saker som "
         "formannskapet vil ha greidd ut, skal bestillast gjennom vedtak og ikkje på telefon. "
         "Kommunedirektøren gir same informasjon til alle gruppeleiarane samstundes, og "
         "folkevalde tek kontakt med kommunedirektøren og ikkje med einskilde tilsette når dei "
         "har spørsmål om ei sak.")
    para(d, "Utvikling for kommunedirektøren", bold=True)
    para(d,
         "Det vart avtalt at kommunedirektøren deltek i nettverket for kommunedirektørar i "
         "regionen med fire samlingar i 2025, og at ho får ein mentor frå ein nabokommune.")
    para(d, "Løn", bold=True)
    para(d,
         "Lønssamtalen vart gjennomført. Utvalet legg fram tilråding om ny løn for "
         "formannskapet i desember.")
    para(d, "Teieplikt og offentlegheit", bold=True)
    para(d,
         "Referatet er ope og vert lagt fram for heradsstyret. Det som vart sagt i fortruleg "
         "samtale, er ikkje gjengitt.")
    para(d, "")
    para(d, "Kvitevoll, 25. november 2024")
    para(d, "Bente Mo, ordførar\t\tGunhild Tufte, kommunedirektør")
    save(d, "09-kvitevoll-herad-komplett-nynorsk.docx")


# ---------------------------------------------------------------- 10
# Defective, nynorsk; Word headings.

def doc10():
    d = new_doc("nn-NO", "Referat utviklingssamtale 2025", "Haugavik kommune")
    d.add_heading("Haugavik kommune", level=0)
    para(d, "Referat frå utviklingssamtale med kommunedirektøren, 2025", bold=True)
    label_para(d, "Dato og stad:", "2. april 2025, rådhuset")
    label_para(d, "Til stades:",
               "ordførar Eirik Skår, varaordførar Solveig Brekke, gruppeleiar Jan Tore Aas og "
               "kommunedirektør Helge Myklebust")

    d.add_heading("Resultat for 2024", level=1)
    para(d,
         "Kommunedirektøren gjekk munnleg gjennom eigenvurderinga si. Det vart vist til "
         "årsmeldinga for 2024.")

    d.add_heading("Mål for 2025", level=1)
    d.add_heading("Økonomi", level=2)
    para(d,
         "Netto driftsresultat på minst 1,5 %. Lånegjelda skal ikkje auke ut over 95 % av "
         "driftsinntektene.")
    d.add_heading("Brukarar av tenester", level=2)
    para(d,
         "Ventetida på heimeteneste skal ned til under to veker. Alle elevar med vedtak om "
         "spesialundervisning skal ha individuell opplæringsplan innan 1. oktober.")
    d.add_heading("Medarbeidarar", level=2)
    para(d, "Ingen merknader.")
    d.add_heading("Interne prosessar og rutinar", level=2)
    para(d, "Ikkje handsama.")
    d.add_heading("Innovasjon, læring og utvikling", level=2)
    para(d, "Vert fastsett i neste møte.")

    d.add_heading("Samhandling", level=1)
    para(d, "Samhandlinga mellom folkevalde og administrasjonen vart ikkje drøfta denne gongen.")

    d.add_heading("Utviklingstiltak", level=1)
    para(d,
         "Det vart avtalt at kommunedirektøren tek del i leiarprogrammet til KS for "
         "kommunedirektørar hausten 2025. Kommunen dekkjer kursavgift og reise.")

    d.add_heading("Løn", level=1)
    para(d, "Lønssamtale vert halden i mai.")
    save(d, "10-haugavik-kommune-mangelfull-nynorsk.docx")


# ---------------------------------------------------------------- 11
# Short minutes, bold headings, small goals table with «Se over» and «Ikke aktuelt i år»;
# bokmål; judgement calls.

def doc11():
    d = new_doc("nb-NO", "Kort referat utviklingssamtale", "Tornes kommune")
    para(d, "Tornes kommune – kort referat fra utviklingssamtale med kommunedirektøren", bold=True,
         size=12)
    para(d, "9. januar 2025. Ordfører Lise Bakken, varaordfører Rune Hegg, Vidar Strøm og "
            "kommunedirektør Anita Sørli.")
    para(d, "Resultater", bold=True)
    para(d,
         "Kommunedirektørens egenevaluering ble gjennomgått. Partene var enige om at målene for "
         "2024 i hovedsak er nådd. Unntaket er sykefraværet, som endte på 7,9 % mot målet på 7 %.")
    para(d, "Mål for 2025", bold=True)
    table(d, [
        ["Område", "Mål"],
        ["Økonomi", "Netto driftsresultat på 1,75 %. Ingen låneopptak utover vedtatt investeringsbudsjett."],
        ["Brukere av tjenester", "Se over."],
        ["Medarbeidere", "Sykefravær under 7,5 %."],
        ["Interne prosesser og rutiner",
         "Restanseliste over politiske vedtak legges fram hvert tertial."],
        ["Innovasjon, læring og utvikling", "Ikke aktuelt i år."],
    ], widths=[5, 11.5], header=True)
    para(d, "Samhandling", bold=True)
    para(d, "Samarbeidet fungerer godt. Ingen endringer.")
    para(d, "Utviklingstiltak", bold=True)
    para(d, "Kommunedirektøren får veiledning av en ekstern mentor, fire samlinger i 2025.")
    para(d, "Lønn", bold=True)
    para(d, "Lønnssamtale holdes i februar.")
    save(d, "11-tornes-kommune-kort-referat.docx")


# ---------------------------------------------------------------- 12
# Complete, bokmål, fylkeskommune; bold headings with informal wording (no KS names).

def doc12():
    d = new_doc("nb-NO", "Referat utviklingssamtale fylkeskommunedirektør", "Per Ivar Dahle")
    para(d, "Nordkyst fylkeskommune", bold=True, size=14)
    para(d, "Referat fra utviklingssamtale med fylkeskommunedirektøren – 2025", bold=True, size=12)
    para(d,
         "Møtet ble holdt 30. januar 2025 i fylkeshuset. Til stede: fylkesordfører Trond Vassli, "
         "fylkesvaraordfører Mette Aasen, Khalid Noor (fylkesutvalget) og "
         "fylkeskommunedirektør Hanne Lykke. Referent: HR-direktør Per Ivar Dahle.")

    para(d, "Tilbakeblikk på 2024", bold=True)
    para(d,
         "Fylkeskommunen leverte et netto driftsresultat på 3,1 %, godt over målet på 2 %, "
         "mest på grunn av høyere skatteinngang. Gjennomføringen i videregående skole økte til "
         "82 %, mot målet på 80 %. Punktligheten i hurtigbåtrutene ble bare 89 % mot målet på "
         "95 %, i stor grad på grunn av to fartøyhavarier. Sykefraværet i sentraladministrasjonen "
         "ble 5,2 %, innenfor målet. Nytt økonomisystem kom på plass, men avviksrapporteringen i "
         "det nye systemet ble forsinket til høsten. Forsøket med bestillingsstyrt transport i "
         "to distrikter ble gjennomført og gjort permanent.")

    para(d, "Penger og drift", bold=True)
    para(d,
         "Netto driftsresultat på minst 2 % hvert år i økonomiplanperioden. Ingen sektor skal "
         "ha merforbruk ved årsslutt uten at fylkesutvalget er varslet i andre tertial.")
    para(d, "Elever, reisende og pasienter", bold=True)
    para(d,
         "Gjennomføringen i videregående skole skal opp til 84 %. Punktligheten i hurtigbåt- og "
         "fergerutene skal være minst 95 %. Barn og unge skal kalles inn til tannhelsekontroll "
         "innen fastsatt intervall.")
    para(d, "Folka våre", bold=True)
    para(d,
         "Sykefraværet i hele organisasjonen skal under 5,5 %. Fylkeskommunen tar inn minst "
         "60 lærlinger i egen organisasjon. Det lages en plan for rekruttering av lærere i "
         "yrkesfag, med tiltak for å beholde dem vi har.")
    para(d, "Slik jobber vi – styring og rutiner", bold=True)
    para(d,
         "Fylkestinget får en samlet rapport om internkontroll i juni. Alle avvik registreres i "
         "det felles avvikssystemet, og avviksrapporteringen i økonomisystemet skal fungere fra "
         "første tertial.")
    para(d, "Nye måter å jobbe på", bold=True)
    para(d,
         "Bestillingsstyrt transport utvides til to nye distrikter. Det lages retningslinjer for "
         "bruk av kunstig intelligens i administrasjonen. Fylkeskommunen starter et "
         "innovasjonspartnerskap for utvikling av nullutslippsferje.")
    para(d, "Hvordan vi jobber sammen", bold=True)
    para(d,
         "Fylkeskommunedirektøren skal være uavhengig og lojal mot hele fylkestinget. "
         "Fylkesordfører og fylkeskommunedirektør møtes hver uke. Når administrasjonen får "
         "spørsmål fra én partigruppe, sendes svaret til alle gruppene. Utredninger bestilles "
         "gjennom vedtak i fylkesutvalget eller fylkestinget.")
    para(d, "Fylkeskommunedirektørens utvikling", bold=True)
    para(d,
         "Fylkeskommunedirektøren ønsker å styrke sin kunnskap om samferdselsøkonomi. Det ble "
         "avtalt at hun tar et etterutdanningskurs i transportøkonomi våren 2026, og at hun og "
         "fylkesordføreren sammen deltar på KS' samling om samspillet mellom politikk og "
         "administrasjon i høst.")
    para(d, "Lønn", bold=True)
    para(d,
         "Lønnssamtalen ble gjennomført. Fylkesutvalget behandler lønnen i møtet 18. februar.")
    para(d, "Referatet er offentlig og legges fram for fylkestinget.", italic=True)
    save(d, "12-nordkyst-fylkeskommune-uformelle-overskrifter.docx")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11,
              doc12):
        f()
