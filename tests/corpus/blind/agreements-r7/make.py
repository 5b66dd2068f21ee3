#!/usr/bin/env python
"""Blind test corpus r7: six invented employment agreements for a kommunedirektør /
fylkeskommunedirektør (rådmann in the oldest one). All municipalities, people and
organisation numbers are invented. Org. numbers are 9 digits with a valid MOD11 check digit.
One draft (E) deliberately contains an invented, syntactically valid fødselsnummer
(15037741814) to test the personal_id_in_document finding.

Run:  /work/blind/.venv/bin/python make.py   (writes the .docx files next to this script)
"""
import copy
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


def kr(n):
    """1385000 -> '1 385 000' with non-breaking spaces."""
    return f"{n:,}".replace(",", NBSP)


# --------------------------------------------------------------------------- helpers

def base_doc(font="Calibri", size=11, author="", created=None, title=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    if created:
        cp.created = created
        cp.modified = created
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None,
         space_after=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """Text with **bold** segments."""
    parts = text.split("**")
    for i, seg in enumerate(parts):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def lead(doc, label, text):
    """Paragraph with a bold lead-in label followed by text."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)


def signature_table(doc, left, right, size=None):
    """Two-column signature block. left/right: lists of lines."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        set_cell(cell, "\n".join(lines), size=size)
    return t


# ------------------------------------------------------------ Word automatic numbering

NUMBERING_ABSTRACT = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="77">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
    <w:rPr><w:b/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr>
  </w:lvl>
</w:abstractNum>
"""


def add_multilevel_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING_ABSTRACT)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    numbering.append(num)
    return 77


def numbered(doc, text, level, num_id, style=None, bold=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, bold=bold)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


# --------------------------------------------------------------------------- footnotes

class Footnotes:
    """Minimal footnote support (python-docx has none): collects footnotes and writes
    word/footnotes.xml when finish() is called."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>')
        paragraph._p.append(r)
        return fid

    def finish(self):
        from xml.sax.saxutils import escape
        body = []
        body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>')
        body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                    '</w:r></w:p></w:footnote>')
        for fid, text in self.notes:
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {nsdecls("w", "r")}>' + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # declare the separator footnotes in settings.xml (footnotePr precedes compat)
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/>'
                        '<w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)


# ============================================================================
# A  Ravnsund kommune – bokmål, fast, Word automatic numbering, complete and sound
# ============================================================================

def make_a():
    doc = base_doc("Calibri", 11, author="Ravnsund kommune, juridisk",
                   created=dt.datetime(2025, 9, 24, 10, 12), title="Arbeidsavtale kommunedirektør")
    nid = add_multilevel_numbering(doc)

    para(doc, "Ravnsund kommune", bold=True, size=12, space_after=0)
    para(doc, "ARBEIDSAVTALE", bold=True, size=18, space_after=0)
    para(doc, "for kommunedirektøren", italic=True, size=12, space_after=12)

    H = lambda t: numbered(doc, t, 0, nid, bold=True)
    P = lambda t: numbered(doc, t, 1, nid)

    H("Parter")
    P(f"Arbeidsgiver: Ravnsund kommune, org.nr. 964{NBSP}312{NBSP}702, Rådhusveien 2, 7890 Ravnsund. "
      "Kommunen representeres av ordfører Hilde Marie Sætre.")
    P("Arbeidstaker: Tor Einar Bakkevold, Lyngstien 14, 7890 Ravnsund.")

    H("Grunnlag")
    P("Kommunestyret ansatte Tor Einar Bakkevold som kommunedirektør i møtet 11. september 2025 "
      "(sak 57/25). Ordføreren skriver under avtalen etter fullmakt i det samme vedtaket.")

    H("Stilling, ansettelsesform og omfang")
    P("Tor Einar Bakkevold ansettes som kommunedirektør. Kommunedirektøren er kommunens øverste "
      "administrative leder.")
    P("Ansettelsen er fast og på heltid (100 %). Stillingen er ikke en åremålsstilling.")
    P("Kommunedirektøren begynner i stillingen 5. januar 2026.")
    P("Det er ikke avtalt prøvetid.")

    H("Arbeidssted")
    P("Kommunedirektøren har kontor på rådhuset i Ravnsund. Reiser og møter utenfor kommunen "
      "hører med til stillingen.")

    H("Ansvar og myndighet")
    P("Kommunedirektøren leder hele kommuneadministrasjonen innenfor de rammene kommunestyret "
      "setter, og skal sørge for at saker som legges fram for folkevalgte organer er godt nok "
      "utredet, og at vedtakene blir fulgt opp, jf. kommuneloven § 13-1.")
    P("Kommunedirektøren har personalansvaret for kommunens ansatte og den myndigheten som "
      "kommunens delegeringsreglement til enhver tid gir.")

    H("Arbeidstid")
    P("Kommunedirektøren er i en ledende stilling og legger selv opp arbeidsdagen sin. Reglene "
      "om arbeidstid i arbeidsmiljøloven kapittel 10 gjelder derfor i hovedsak ikke, jf. § 10-12 "
      "første ledd. Kveldsmøter og annet arbeid ut over vanlig arbeidstid er tatt hensyn til i "
      "lønnen og gir ikke rett til overtidsbetaling.")

    H("Lønn")
    P(f"Årslønnen er kr {kr(1385000)}. Lønnen utbetales den 12. i hver måned til den kontoen "
      "kommunedirektøren har oppgitt.")
    P("Lønnen vurderes én gang i året etter en lønnssamtale med formannskapet, som har fått "
      "fullmakt av kommunestyret til å fastsette kommunedirektørens lønn. Ny lønn gjelder fra "
      "1. mai.")

    H("Ferie og fravær")
    P("Kommunedirektøren har ferie som kommunens øvrige ansatte, det vil si etter ferieloven og "
      "Hovedtariffavtalen. Tidspunktet for ferien avtales med ordføreren.")
    P("Ved sykdom, barns sykdom, velferdspermisjon og annet fravær der arbeidsgiver betaler "
      "lønn, gjelder de samme reglene som for kommunens øvrige ansatte: lov, Hovedtariffavtalen "
      "og kommunens permisjonsreglement.")

    H("Pensjon og forsikring")
    P("Kommunedirektøren meldes inn i kommunens tjenestepensjonsordning i KLP. Kommunen har "
      "gruppelivsforsikring og yrkesskadeforsikring for sine ansatte etter Hovedtariffavtalen.")

    H("Tariffavtale")
    P("Hovedtariffavtalen mellom KS og arbeidstakerorganisasjonene (LO Kommune, Unio, YS Kommune "
      "og Akademikerne Kommune) gjelder så langt den passer. Lønnen fastsettes etter kapittel 3, "
      "punkt 3.4.1.")

    H("Avkall på stillingsvern")
    P("Kommunedirektøren gir med dette på forhånd avkall på vernet mot oppsigelse i "
      "arbeidsmiljøloven kapittel 15, jf. § 15-16 andre ledd. Om etterlønn, se punkt 12. "
      "Avkallet gjelder ikke ved avskjed.")

    H("Etterlønn")
    P("Avslutter kommunestyret arbeidsforholdet etter punkt 11, får kommunedirektøren etterlønn "
      "i 12 måneder fra fratredelsen, lik den faste lønnen på fratredelsestidspunktet.")
    P("Annen arbeids- og næringsinntekt i perioden trekkes fra krone for krone. Det gis ikke "
      "etterlønn ved avskjed eller når kommunedirektøren selv sier opp.")
    P("Det er ikke avtalt retrettstilling.")

    H("Oppsigelse")
    P("Begge parter kan si opp avtalen med seks måneders frist, regnet fra den første dagen i "
      "måneden etter at oppsigelsen kom fram. Oppsigelsen skal være skriftlig og ellers følge "
      "formkravene i arbeidsmiljøloven.")

    H("Kompetanseutvikling")
    P("Kommunedirektøren har rett til å holde seg faglig oppdatert og til å delta i "
      "lederutvikling. Kommunen betaler kurs, nettverk og videreutdanning etter avtale med "
      "ordføreren, innenfor budsjettet.")

    H("Mål, oppfølging og utviklingssamtale")
    P("Hvert år, når budsjettet er vedtatt, setter formannskapet og kommunedirektøren sammen opp "
      "skriftlige mål og gjensidige forventninger for året som kommer.")
    P("Ordføreren, varaordføreren og en representant som opposisjonen i formannskapet peker ut, "
      "har utviklingssamtale med kommunedirektøren minst én gang i året. Referatet legges fram "
      "for kommunestyret.")
    P("Mener en av partene at forventningene ikke blir innfridd, eller er de uenige om hvordan "
      "resultatene skal vurderes, tar ordføreren saken opp med kommunedirektøren i et eget møte "
      "innen fire uker. Blir de ikke enige, legges saken fram for formannskapet. Kommunedirektøren "
      "kan ta med seg en rådgiver.")

    H("Taushetsplikt")
    P("Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 flg. og annen lovgivning. "
      "Plikten gjelder også etter at arbeidsforholdet er slutt.")

    H("Bierverv og verv")
    P("Kommunedirektøren kan ikke ta lønnet arbeid ved siden av stillingen eller påta seg "
      "styreverv uten at formannskapet har sagt ja på forhånd.")

    H("Offentliggjøring av CV")
    P("Kommunedirektøren samtykker i at CV-en legges ut på kommunens nettsider.")

    H("Endringer")
    P("Avtalen kan bare endres når begge parter er enige, og endringen er skrevet ned og "
      "undertegnet. Avtalen gjennomgås i forbindelse med utviklingssamtalen.")

    H("Underskrifter")
    P("Avtalen er skrevet i to eksemplarer, ett til hver part.")
    para(doc, "")
    signature_table(doc,
                    ["Sted og dato: ______________________", "", "",
                     "______________________________", "Hilde Marie Sætre",
                     "ordfører, for Ravnsund kommune"],
                    ["Sted og dato: ______________________", "", "",
                     "______________________________", "Tor Einar Bakkevold", "kommunedirektør"])

    ft = doc.sections[0].footer.paragraphs[0]
    ft.text = "Ravnsund kommune – arbeidsavtale kommunedirektør"
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(HERE, "A_ravnsund_kommunedirektor_nummerert.docx"))


# ============================================================================
# B  Nordhei fylkeskommune – bokmål, åremål, «Vilkår | Avtalt» table + prose; defects
# ============================================================================

def make_b():
    doc = base_doc("Arial", 10, author="Nordhei fylkeskommune HR",
                   created=dt.datetime(2025, 10, 20, 14, 3), title="Arbeidsavtale fylkeskommunedirektør")
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Nordhei fylkeskommune"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, "Arbeidsavtale – fylkeskommunedirektør", bold=True, size=16, space_after=6)
    para(doc, "Mellom Nordhei fylkeskommune og Randi Aasgaard Lie er det inngått følgende "
              "arbeidsavtale. Avtalen bygger på fylkestingets vedtak 14. oktober 2025 i sak "
              "FT 61/25.", space_after=8)

    rows = [
        ("Arbeidsgiver", f"Nordhei fylkeskommune, org.nr. 940{NBSP}185{NBSP}521\nFylkeshuset, Kaigata 7, 8450 Brennvik"),
        ("Arbeidstaker", "Randi Aasgaard Lie\nFjellveien 3, 8450 Brennvik"),
        ("Stilling", "Fylkeskommunedirektør – øverste leder av fylkeskommunens administrasjon"),
        ("Arbeidssted", "Fylkeshuset i Brennvik"),
        ("Tiltredelse", "1. oktober 2025"),
        ("Ansettelsesform", "Åremål, jf. kommuneloven § 13-2"),
        ("Åremålsperiode", "4 år, fra tiltredelse til [dato]"),
        ("Stillingsprosent", "100"),
        ("Prøvetid", "6 måneder. Gjensidig oppsigelsesfrist i prøvetiden er én måned."),
        ("Arbeidstid", "Ledende stilling, jf. arbeidsmiljøloven § 10-12 (1). Ingen godtgjøring for "
                       "arbeid ut over normal arbeidstid."),
        ("Lønn", "kr ______ pr. år. Utbetales den 12. hver måned."),
        ("Lønnsregulering", "Årlig, etter lønnssamtale med fylkesutvalget"),
        ("Ferie", "Etter ferieloven og HTA"),
        ("Permisjoner", "Permisjoner med lønn etter HTA og fylkeskommunens permisjonsreglement"),
        ("Pensjon", "Medlem av fylkeskommunens pensjonsordning i KLP"),
        ("Tariffavtale", "Hovedtariffavtalen (KS), kap. 3.4.1"),
        ("Oppsigelsesfrist", "3 måneder gjensidig. Oppsigelse skal være skriftlig."),
        ("Stillingsvern", "Fylkeskommunedirektøren fraskriver seg på forhånd stillingsvernet etter "
                          "aml. kap. 15 mot etterlønn, jf. aml. § 15-16 (2)"),
        ("Etterlønn", "6 måneders lønn. Avkortes krone for krone mot annen inntekt."),
        ("Retrettstilling", "Se særskilt avtale"),
        ("Taushetsplikt", "Etter forvaltningsloven § 13 flg."),
        ("Bierverv og verv", "Må godkjennes av fylkesutvalget"),
        ("Endringer", "Skriftlig og med begge parters samtykke"),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    set_cell(hdr[0], "Vilkår", bold=True)
    set_cell(hdr[1], "Avtalt", bold=True)
    shade(hdr[0]); shade(hdr[1])
    for k, v in rows:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    for r in t.rows:
        r.cells[0].width = Cm(4.2)
        r.cells[1].width = Cm(11.8)

    para(doc, "")
    para(doc, "Ansvar og myndighet", bold=True, space_after=2)
    para(doc, "Fylkeskommunedirektøren leder fylkeskommunens samlede administrasjon og har "
              "personalansvaret, jf. kommuneloven § 13-1 og fylkeskommunens delegeringsreglement.")
    para(doc, "Forventninger og utviklingssamtale", bold=True, space_after=2)
    para(doc, "Fylkesutvalget og fylkeskommunedirektøren utarbeider hvert år i januar en skriftlig "
              "plan med gjensidige forventninger og resultatkrav. Planen følges opp i en årlig "
              "utviklingssamtale med fylkesordføreren, fylkesvaraordføreren og gruppelederen for "
              "det største partiet i opposisjon.")
    para(doc, "Blir partene ikke enige om forventningene, eller mener fylkesutvalget at "
              "resultatkravene ikke er nådd, drøftes saken i et eget møte mellom fylkesordføreren "
              "og fylkeskommunedirektøren. Fylkeskommunedirektøren kan ta med seg en rådgiver.")
    para(doc, "")
    para(doc, "Brennvik, ____________________")
    para(doc, "")
    signature_table(doc, ["______________________________", "Hans Petter Vik",
                          "fylkesordfører, for Nordhei fylkeskommune"],
                    ["______________________________", "Randi Aasgaard Lie"])
    doc.save(os.path.join(HERE, "B_nordhei_fylkeskommunedirektor_tabell.docx"))


# ============================================================================
# C  Vestmark fylkeskommune – nynorsk Tilsettingsbrev + Vedlegg; åremål; sound
# ============================================================================

def make_c():
    doc = base_doc("Cambria", 11, author="Vestmark fylkeskommune",
                   created=dt.datetime(2025, 10, 28, 9, 40), title="Tilsetjing som fylkeskommunedirektør")
    sec = doc.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(16))
    set_cell(ht.rows[0].cells[0], "**VESTMARK FYLKESKOMMUNE**\nFylkesordføraren")
    set_cell(ht.rows[0].cells[1], f"Org.nr. 972{NBSP}253{NBSP}162\nFylkeshuset, Storgata 20\n6690 Lundvik", size=8)
    ht.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Vestmark fylkeskommune · Postboks 400, 6691 Lundvik · Telefon 71 00 40 00"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    para(doc, "Sigrid Hovland Nesje", space_after=0)
    para(doc, "Bjørkelia 9", space_after=0)
    para(doc, "6690 Lundvik", space_after=12)
    para(doc, "Vår ref.: 25/01873-14\tDato: 28. oktober 2025", size=9, space_after=12)
    para(doc, "TILSETJING SOM FYLKESKOMMUNEDIREKTØR", bold=True, size=13, space_after=8)
    para(doc, "Fylkestinget i Vestmark gjorde i møtet 22. oktober 2025, sak FT-74/25, vedtak om å "
              "tilsetje deg som fylkeskommunedirektør. På vegner av fylkestinget har eg gleda av å "
              "stadfeste tilsetjinga på desse vilkåra:")

    lead(doc, "Stilling og omfang.", "Du vert tilsett i ei heiltidsstilling (100 prosent) som "
         "fylkeskommunedirektør, som er den øvste administrative leiaren i fylkeskommunen. "
         "Tilsetjinga er på åremål; vilkåra for åremålet står i punkt 1 i vedlegget.")
    lead(doc, "Tiltreding.", "Du tek til i stillinga måndag 2. februar 2026.")
    lead(doc, "Arbeidsstad.", "Fylkeshuset i Lundvik, Storgata 20. Stillinga krev ein del reising "
         "rundt i fylket.")
    lead(doc, "Prøvetid.", "Dei første seks månadene etter tiltredinga er prøvetid. I prøvetida "
         "kan kvar av partane seie opp med ein månads varsel. Er du borte frå arbeidet i "
         "prøvetida, kan fylkeskommunen forlengje ho med like lang tid som fråværet. Dette brevet "
         "er det skriftlege varselet om den moglegheita, og du vil i så fall få skriftleg melding "
         "før prøvetida går ut.")
    lead(doc, "Løn.", f"Årsløna di er {kr(1460000)} kr. I tillegg får du eit fast tillegg på "
         f"{kr(36000)} kr i året for ansvaret som leiar av den fylkeskommunale kriseleiinga. Løna "
         "vert utbetalt den 12. i kvar månad til kontoen du har oppgjeve.")
    lead(doc, "Lønsregulering.", "Løna vert vurdert ein gong i året, etter ein lønssamtale med "
         "fylkesutvalet. Fylkestinget har i det same vedtaket gjeve fylkesutvalet mynde til å "
         "fastsetje løna di.")
    lead(doc, "Arbeidstid.", "Stillinga di er ei leiande stilling. Du styrer sjølv arbeidsdagen "
         "din, og dei fleste reglane om arbeidstid i arbeidsmiljølova kapittel 10 gjeld ikkje, "
         "jf. § 10-12 første ledd. Arbeid på kveldstid og i helgene, til dømes politiske møte, er "
         "rekna med i løna.")
    lead(doc, "Ferie.", "Du har ferie etter ferielova og Hovudtariffavtalen. Kva tid ferien skal "
         "takast, avtalar du med fylkesordføraren.")
    lead(doc, "Fråvær med løn.", "Ved sjukdom, sjukt barn, velferdspermisjon og anna fråvær der "
         "arbeidsgjevaren betaler løn, gjeld lova, Hovudtariffavtalen og permisjonsreglementet til "
         "fylkeskommunen, slik som for andre tilsette.")
    lead(doc, "Oppseiing.", "Når prøvetida er over, er oppseiingsfristen seks månader for båe "
         "partar. Oppseiinga skal vere skriftleg og elles følgje formkrava i arbeidsmiljølova. Om "
         "fråskriving av stillingsvern og etterløn, sjå punkt 4 og 5 i vedlegget.")
    lead(doc, "Pensjon og forsikring.", "Du vert innmeld i Vestmark fylkeskommunale pensjonskasse. "
         "Du er òg med i dei kollektive forsikringane fylkeskommunen har for dei tilsette.")
    lead(doc, "Tariffavtale.", "Hovudtariffavtalen mellom KS og arbeidstakarorganisasjonane gjeld "
         "for tilsetjinga, og løna di er fastsett etter kapittel 3.4.1.")
    lead(doc, "Kompetanseutvikling.", "Du har rett til fagleg påfyll og leiarutvikling medan du er "
         "tilsett. Kva tiltak det skal vere, avtalar de i utviklingssamtalen, og fylkeskommunen "
         "dekkjer kostnadene.")
    para(doc, "Dette brevet og vedlegget «Særskilte vilkår» er til saman arbeidsavtalen din. "
              "Avtalen kan berre endrast når begge partar er samde, og endringa skal vere "
              "skriftleg. Vi ber deg skrive under på begge eksemplara og sende det eine tilbake "
              "til oss.")
    para(doc, "Vi gler oss til samarbeidet.", space_after=12)
    para(doc, "Med helsing", space_after=24)
    para(doc, "Kari Vollen Strand", space_after=0)
    para(doc, "fylkesordførar", space_after=18)

    signature_table(doc,
                    ["For Vestmark fylkeskommune", "", "Stad/dato: ____________________", "",
                     "______________________________", "Kari Vollen Strand, fylkesordførar"],
                    ["Eg tek imot stillinga på vilkåra i brevet og vedlegget.", "",
                     "Stad/dato: ____________________", "",
                     "______________________________", "Sigrid Hovland Nesje"])

    # ---- attachment in the same document
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Vedlegg: Særskilte vilkår", bold=True, size=14, space_after=2)
    para(doc, "til arbeidsavtalen mellom Vestmark fylkeskommune og Sigrid Hovland Nesje",
         italic=True, space_after=10)
    items = [
        ("1. Åremål", "Åremålsperioden er seks år, frå 2. februar 2026 til og med 1. februar "
         "2032. Fylkestinget tek stilling til om åremålet skal fornyast seinast tolv månader før "
         "perioden går ut. Ved fornying gjeld det inga ny prøvetid. Vert åremålet ikkje fornya, "
         "går du over i retrettstillinga etter punkt 3."),
        ("2. Ansvar og mynde", "Fylkeskommunedirektøren leiar heile den fylkeskommunale "
         "administrasjonen innanfor dei rammene fylkestinget set, har personalansvaret og det "
         "myndet som følgjer av delegeringsreglementet, jf. kommunelova § 13-1."),
        ("3. Retrettstilling", "Når åremålet går ut eller vert avslutta, har du rett til ei "
         "stilling som spesialrådgjevar i fylkeskommunen, med oppgåver som svarar til "
         "kompetansen og røynsla di. Løna i retrettstillinga er 85 prosent av løna du hadde som "
         "fylkeskommunedirektør ved fråtreding."),
        ("4. Fråskriving av stillingsvern", "Du gjev på førehand avkall på vernet mot oppseiing i "
         "arbeidsmiljølova kapittel 15, mot at du får etterløn etter punkt 5 dersom fylkestinget "
         "avsluttar arbeidsforholdet før åremålet er ute, jf. § 15-16 andre ledd. Avkallet gjeld "
         "ikkje avskil."),
        ("5. Etterløn", "Etterløna svarar til den faste løna di i 12 månader frå fråtredingsdagen. "
         "Anna inntekt i perioden vert trekt frå krone for krone. Vel du å gå over i "
         "retrettstillinga, fell retten til etterløn bort."),
        ("6. Teieplikt", "Du har teieplikt etter forvaltningslova § 13 flg. og særlovgjevinga. "
         "Teieplikta gjeld òg etter at du har gått av."),
        ("7. Offentleggjering av CV", "Du samtykkjer i at CV-en din vert publisert på nettsidene "
         "til fylkeskommunen."),
        ("8. Bierverv og verv", "Lønte bierverv, styreverv og andre verv må godkjennast av "
         "fylkesutvalet på førehand."),
        ("9. Forventningar og resultatkrav", "Innan 1. mars kvart år set fylkesutvalet og "
         "fylkeskommunedirektøren saman opp ein skriftleg resultat- og utviklingsplan med "
         "gjensidige forventningar, bygd på budsjettet og planane fylkestinget har vedteke."),
        ("10. Utviklingssamtale", "Fylkesordføraren, fylkesvaraordføraren og ein representant "
         "frå mindretalet i fylkesutvalet har utviklingssamtale med fylkeskommunedirektøren kvar "
         "haust. Der går dei gjennom resultat, samspel og utviklingsbehov, og arbeidsavtalen vert "
         "gjennomgått."),
        ("11. Usemje om forventningar", "Er partane usamde om forventningane, eller meiner "
         "fylkesutvalet at resultata ikkje er nådde, kallar fylkesordføraren inn til eit eige "
         "møte. Fylkeskommunedirektøren skal på førehand få vite kva saka gjeld, og kan ha med "
         "seg ein rådgjevar. Kjem ein ikkje til semje, vert saka lagd fram for fylkesutvalet."),
    ]
    for head, text in items:
        para(doc, head, bold=True, space_after=2)
        para(doc, text, space_after=8)
    doc.save(os.path.join(HERE, "C_vestmark_fylkeskommunedirektor_tilsetjingsbrev.docx"))


# ============================================================================
# D  Brattli kommune – bokmål, åremål, text converted from PDF; defects
# ============================================================================

def pdf_block(doc, lines, bold=False, size=None):
    """One paragraph whose visual lines are separated by hard line breaks (w:br)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def page_noise(doc, page, total):
    para(doc, f"Side {page} av {total}", size=8, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Brattli kommune – arbeidsavtale kommunedirektør", size=8, space_after=4)


def make_d():
    doc = base_doc("Times New Roman", 11, author="Adobe Acrobat Pro",
                   created=dt.datetime(2025, 6, 30, 8, 15), title="Arbeidsavtale_kommunedirektor_signert")
    pdf_block(doc, ["ARBEIDSAVTALE"], bold=True, size=16)
    pdf_block(doc, ["for kommunedirektør i Brattli kommune"], size=12)
    pdf_block(doc, ["Innhold"], bold=True)
    toc = [
        ("1 Parter", "1"), ("2 Stilling og tiltredelse", "1"), ("3 Åremål og retrettstilling", "1"),
        ("4 Prøvetid", "1"), ("5 Arbeidstid og arbeidssted", "1"), ("6 Lønn", "2"),
        ("7 Ferie og permisjoner", "2"), ("8 Pensjon", "2"), ("9 Oppsigelse og etterlønn", "2"),
        ("10 Ansvar og myndighet", "2"), ("11 Taushetsplikt", "2"), ("12 Bierverv og verv", "3"),
        ("13 Mål, forventninger og utviklingssamtale", "3"), ("14 Kompetanseutvikling", "3"),
        ("15 Andre bestemmelser", "3"),
    ]
    for name, pg in toc:
        dots = "." * max(4, 60 - len(name))
        para(doc, f"{name} {dots} {pg}", space_after=0)
    para(doc, "")

    pdf_block(doc, ["1 Parter"], bold=True)
    pdf_block(doc, ["Arbeidsgiver: Brattli kommune, org.nr. 938 760 411, Kirkegata 1, 3650 Brattli",
                    "Arbeidstaker: Anders Kvamme Holt, Solbergveien 22, 3650 Brattli"])
    pdf_block(doc, ["2 Stilling og tiltredelse"], bold=True)
    pdf_block(doc, ["Anders Kvamme Holt ansettes som kommunedirektør, som er kommunens øverste",
                    "administrative leder. Kommunestyret vedtok ansettelsen i møte 19. juni 2025,",
                    "sak 41/25. Stillingen er en 100 % stilling. Tiltredelse skjer 1. september",
                    "2025."])
    pdf_block(doc, ["3 Åremål og retrettstilling"], bold=True)
    pdf_block(doc, ["Stillingen er en åremålsstilling, jf. kommuneloven § 13-2. Åremålsperioden er",
                    "seks år, fra 1. september 2025 til 31. august 2031. Kommunestyret avgjør se-",
                    "nest ni måneder før utløpet om perioden skal forlenges."])
    pdf_block(doc, ["Ved utløpet av åremålsperioden har kommunedirektøren rett til en retrettstil-",
                    "ling som spesialrådgiver i kommunedirektørens stab, med en årslønn på",
                    "kr 865 000, regulert med de sentrale lønnsoppgjørene fram til tiltredelse i",
                    "stillingen."])
    pdf_block(doc, ["4 Prøvetid"], bold=True)
    pdf_block(doc, ["Det gjelder en prøvetid på 9 måneder fra tiltredelse. I prøvetiden er oppsi-",
                    "gelsesfristen 14 dager."])
    pdf_block(doc, ["5 Arbeidstid og arbeidssted"], bold=True)
    pdf_block(doc, ["Kommunedirektøren har ledende stilling, jf. arbeidsmiljøloven § 10-12 første",
                    "ledd, og lønnen dekker arbeid utover ordinær arbeidstid. Arbeidssted er Brattli",
                    "rådhus, men arbeidet medfører en del reising."])
    page_noise(doc, 1, 3)

    pdf_block(doc, ["6 Lønn"], bold=True)
    pdf_block(doc, ["Årslønn er kr 1 240 000 (brutto), utbetalt månedlig den 20. Lønnen fastsettes",
                    "av kommunestyret, jf. HTA kap. 3 pkt. 3.4.1, og vurderes årlig etter lønns-",
                    "samtale med ordfører og varaordfører."])
    pdf_block(doc, ["7 Ferie og permisjoner"], bold=True)
    pdf_block(doc, ["Ferie etter ferieloven og Hovedtariffavtalen. Permisjoner med lønn innvilges",
                    "etter lov, HTA og kommunens permisjonsreglement."])
    pdf_block(doc, ["8 Pensjon"], bold=True)
    pdf_block(doc, ["Kommunedirektøren meldes inn i kommunens pensjonsordning i KLP."])
    pdf_block(doc, ["9 Oppsigelse og etterlønn"], bold=True)
    pdf_block(doc, ["Gjensidig oppsigelsesfrist er 3 måneder etter prøvetidens utløp. Oppsigelse",
                    "skal skje skriftlig, jf. arbeidsmiljøloven § 15-1."])
    pdf_block(doc, ["Dersom kommunestyret avslutter arbeidsforholdet før åremålsperioden er ute,",
                    "har kommunedirektøren krav på etterlønn i 12 måneder. Etterlønnen reduseres",
                    "ikke for annen inntekt."])
    pdf_block(doc, ["10 Ansvar og myndighet"], bold=True)
    pdf_block(doc, ["Kommunedirektøren er leder for den samlede kommuneadministrasjonen og har",
                    "ansvar for at saker til politiske organer er forsvarlig utredet og at ved-",
                    "takene iverksettes, jf. kommuneloven § 13-1. Kommunedirektøren har perso-",
                    "nalansvaret for kommunens ansatte."])
    pdf_block(doc, ["11 Taushetsplikt"], bold=True)
    pdf_block(doc, ["Kommunedirektøren har taushetsplikt etter forvaltningsloven §§ 13 til 13 e.",
                    "Taushetsplikten gjelder også etter fratreden."])
    page_noise(doc, 2, 3)

    pdf_block(doc, ["13 Mål, forventninger og utviklingssamtale"], bold=True)
    pdf_block(doc, ["Formannskapet og kommunedirektøren utarbeider hvert år en skriftlig resul-",
                    "tat- og utviklingsplan med gjensidige forventninger og resultatkrav, forankret",
                    "i budsjett og økonomiplan. Planen følges opp i en utviklingssamtale mellom for-",
                    "mannskapet og kommunedirektøren én gang i året."])
    pdf_block(doc, ["14 Kompetanseutvikling"], bold=True)
    pdf_block(doc, ["Kommunedirektøren gis anledning til faglig oppdatering og lederutvikling,",
                    "blant annet gjennom KS' lederprogram, etter nærmere avtale med ordfører."])
    pdf_block(doc, ["15 Andre bestemmelser"], bold=True)
    pdf_block(doc, ["Kommunedirektøren samtykker i at CV kan offentliggjøres på kommunens nett-",
                    "sider. Endringer i avtalen skal avtales skriftlig mellom partene.",
                    "Avtalen er utferdiget i to eksemplarer, ett til hver av partene."])
    para(doc, "")
    pdf_block(doc, ["Sted og dato: ______________________"])
    para(doc, "")
    pdf_block(doc, ["______________________________          ______________________________",
                    "for Brattli kommune, ordfører                 Anders Kvamme Holt"])
    page_noise(doc, 3, 3)
    doc.save(os.path.join(HERE, "D_brattli_kommunedirektor_pdfkonvertert.docx"))


# ============================================================================
# E  Soltun kommune – bokmål, fast, consolidated agreement with «Endringer i arbeidsavtale»
# ============================================================================

def make_e():
    doc = base_doc("Calibri", 11, author="Soltun kommune, personal",
                   created=dt.datetime(2025, 3, 3, 12, 30), title="Arbeidsavtale kommunedirektør – konsolidert")
    para(doc, "ARBEIDSAVTALE – KOMMUNEDIREKTØR I SOLTUN KOMMUNE", bold=True, size=15, space_after=2)
    para(doc, "Konsolidert utgave med endringer per 1. mars 2025", italic=True, space_after=0)
    para(doc, "Opprinnelig avtale inngått 12. mars 2020", italic=True, space_after=10)

    def sec(title):
        para(doc, title, bold=True, size=12, space_after=2)

    sec("§ 1 Parter")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), f"**Arbeidsgiver**\nSoltun kommune\nOrg.nr. 961{NBSP}508{NBSP}932\nRådhusplassen 1, 2480 Soltun")
    set_cell(t.cell(0, 1), "**Arbeidstaker**\nIngrid Marie Fossheim\nFødselsnr.: 150377 41814\nTjernveien 6, 2480 Soltun")
    set_cell(t.cell(1, 0), "Representert ved ordføreren")
    set_cell(t.cell(1, 1), "")
    para(doc, "")

    sec("§ 2 Grunnlag")
    para(doc, "Ansettelsen bygger på kommunestyrets vedtak 5. mars 2020 i sak 14/20.")
    sec("§ 3 Stilling, tiltredelse og arbeidssted")
    para(doc, "Ingrid Marie Fossheim ansettes i fast stilling som kommunedirektør, kommunens øverste "
              "administrative leder. Stillingen er 100 %. Tiltredelse 3. august 2020. Arbeidssted "
              "er Soltun rådhus. Det gjelder en prøvetid på seks måneder.")
    sec("§ 4 Ansvar og myndighet")
    para(doc, "Kommunedirektøren leder den samlede administrasjonen og har ansvar for at saker til "
              "folkevalgte organer er forsvarlig utredet og at vedtak blir iverksatt, jf. "
              "kommuneloven § 13-1. Kommunedirektøren har det løpende personalansvaret.")
    sec("§ 5 Lønn")
    para(doc, f"Årslønn kr {kr(1050000)}. Lønnen utbetales den 12. hver måned.")
    sec("§ 6 Ferie og permisjoner")
    para(doc, "Ferie etter ferieloven og Hovedtariffavtalen. Permisjon med lønn etter "
              "Hovedtariffavtalen og kommunens permisjonsreglement.")
    sec("§ 7 Pensjon")
    para(doc, "Kommunedirektøren er medlem av kommunens tjenestepensjonsordning i KLP.")
    sec("§ 8 Tariffavtale")
    para(doc, "Hovedtariffavtalen for KS-området gjelder for arbeidsforholdet.")
    sec("§ 9 Oppsigelse")
    para(doc, "Gjensidig oppsigelsesfrist er 3 måneder. Oppsigelse skal være skriftlig.")
    sec("§ 10 Resultatkrav og forventninger")
    para(doc, "Formannskapet og kommunedirektøren fastsetter hvert år skriftlige resultatkrav og "
              "gjensidige forventninger, forankret i budsjett og økonomiplan. Oppfylles ikke "
              "resultatkravene, eller er partene uenige om dem, tas dette opp i et eget møte "
              "mellom ordføreren og kommunedirektøren, der kommunedirektøren kan ha med seg "
              "rådgiver.")
    sec("§ 11 Utviklingssamtale")
    para(doc, "")
    sec("§ 12 Taushetsplikt")
    para(doc, "Kommunedirektøren har taushetsplikt etter forvaltningsloven § 13 flg.")
    sec("§ 13 Bierverv og styreverv")
    para(doc, "Bierverv og styreverv skal godkjennes av formannskapet.")
    sec("§ 14 Kompetanseutvikling")
    para(doc, "Kommunedirektøren har rett til etter- og videreutdanning og til å delta i "
              "lederutviklingsprogram etter avtale med ordføreren.")
    sec("§ 15 Offentliggjøring av CV")
    para(doc, "Kommunedirektøren samtykker til at CV offentliggjøres: [Ja/Nei]")
    sec("§ 16 Endringer")
    para(doc, "Endringer i avtalen skal gjøres skriftlig og undertegnes av begge parter.")
    para(doc, "")
    para(doc, "Soltun, 12. mars 2020", space_after=6)
    signature_table(doc, ["Sign.", "Per Ove Lia, ordfører"], ["Sign.", "Ingrid Marie Fossheim"])

    para(doc, "")
    para(doc, "ENDRINGER I ARBEIDSAVTALE – 1. JULI 2023", bold=True, size=12, space_after=2)
    para(doc, "Etter vedtak i formannskapet 15. juni 2023, sak 38/23, gjøres følgende endring:")
    para(doc, f"§ 5 Lønn: Årslønnen endres til kr {kr(1180000)} fra 1. mai 2023. Beløpet erstatter "
              "årslønnen i § 5.")
    signature_table(doc, ["Sign.", "Per Ove Lia, ordfører"], ["Sign.", "Ingrid Marie Fossheim"])

    para(doc, "")
    para(doc, "ENDRINGER I ARBEIDSAVTALE – 1. MARS 2025", bold=True, size=12, space_after=2)
    para(doc, "Kommunestyret vedtok 20. februar 2025 i sak 9/25 følgende endringer i avtalen:")
    para(doc, f"1. § 5 Lønn: Årslønnen er fra 1. mars 2025 kr {kr(1296000)}. Beløpet erstatter "
              "årslønnen fastsatt i endringen av 1. juli 2023.")
    para(doc, "2. § 9 Oppsigelse: Første setning erstattes med: «Gjensidig oppsigelsesfrist er "
              "6 måneder.»")
    para(doc, "3. Ny § 17 Fraskrivelse av stillingsvern: Kommunedirektøren fraskriver seg "
              "stillingsvernet etter arbeidsmiljøloven kapittel 15 om oppsigelse, mot etterlønn i "
              "12 måneder etter § 18, jf. arbeidsmiljøloven § 15-16 andre ledd.")
    para(doc, "4. Ny § 18 Etterlønn: Avsluttes arbeidsforholdet etter § 17, utbetales etterlønn "
              "tilsvarende 9 månedslønner. Inntekt fra annet arbeid i perioden kommer til fradrag.")
    para(doc, "Øvrige bestemmelser i avtalen gjelder uendret.")
    para(doc, "")
    para(doc, "Sted og dato: ______________________", space_after=6)
    signature_table(doc, ["______________________________", "Marit Engen, ordfører"],
                    ["______________________________", "Ingrid Marie Fossheim"])
    doc.save(os.path.join(HERE, "E_soltun_kommunedirektor_endringer.docx"))


# ============================================================================
# F  Eikvåg herad – nynorsk, rådmann, 2016; terms in header/footer and footnotes
# ============================================================================

def make_f():
    doc = base_doc("Times New Roman", 12, author="eikvag-herad-postmottak",
                   created=dt.datetime(2016, 5, 2, 13, 5), title="Arbeidsavtale rådmann")
    sec = doc.sections[0]
    ht = sec.header.add_table(rows=1, cols=3, width=Cm(16))
    set_cell(ht.rows[0].cells[0], "**EIKVÅG HERAD**\nOrg.nr. 976 412 257", size=9)
    set_cell(ht.rows[0].cells[1], "**Arbeidsavtale**\nStilling: rådmann", size=9)
    set_cell(ht.rows[0].cells[2], "**Arbeidsstad**\nHeradshuset, Bryggjevegen 5, 5470 Eikvåg", size=9)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Avtalen er gjord i to eksemplar. Endringar i avtalen skal gjerast skriftleg og "
               "godkjennast av båe partar.")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)
    fn = Footnotes(doc)

    para(doc, "ARBEIDSAVTALE FOR RÅDMANNEN I EIKVÅG HERAD", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    def h(t):
        para(doc, t, bold=True, space_after=2)

    h("1. Partar")
    para(doc, "Arbeidsgjevar: Eikvåg herad, ved ordføraren.", space_after=0)
    para(doc, "Arbeidstakar: Olav Bjørnstad Nesheim, Kyrkjebakken 11, 5470 Eikvåg.")
    h("2. Stilling")
    p = para(doc, "Olav Bjørnstad Nesheim vert tilsett som rådmann i Eikvåg herad")
    fn.ref(p, "Heradsstyret, møte 26. april 2016, sak 23/16.")
    p.add_run(" i fast stilling, 100 %. Rådmannen er den øvste leiaren for den samla "
              "administrasjonen i heradet.")
    h("3. Tiltreding og prøvetid")
    para(doc, "Rådmannen tek til i stillinga 15. august 2016. Det gjeld ei prøvetid på seks "
              "månader.")
    h("4. Ansvar og mynde")
    para(doc, "Rådmannen skal sjå til at saker som vert lagde fram for dei folkevalde organa er "
              "forsvarleg utgreidde, og at vedtaka vert sette i verk, jf. kommunelova. Rådmannen "
              "har personalansvaret innanfor det delegeringsreglementet heradsstyret har vedteke.")
    h("5. Arbeidstid")
    para(doc, "Stillinga er ei leiande stilling etter arbeidsmiljølova § 10-12 første ledd, og "
              "arbeidstida er difor ikkje fastsett. Rådmannen får ikkje godtgjersle for overtid.")
    h("6. Løn")
    p = para(doc, "Løn etter avtale.")
    fn.ref(p, "Årsløn kr 915 000 frå tiltredinga. Løna vert vurdert kvart år i samband med det "
              "lokale lønsoppgjeret.")
    h("7. Ferie")
    para(doc, "Etter ferielova og Hovudtariffavtalen.")
    h("8. Permisjonar")
    para(doc, "Rådmannen har rett til permisjon med løn på same vilkår som andre tilsette i "
              "heradet, etter lov, tariffavtale og permisjonsreglementet.")
    h("9. Pensjon og forsikring")
    p = para(doc, "Rådmannen er medlem av den kommunale pensjonsordninga.")
    fn.ref(p, "Eikvåg herad har pensjonsordninga si i KLP.")
    h("10. Tariffavtale")
    para(doc, "Hovudtariffavtalen i KS gjeld så langt han høver.")
    h("11. Oppseiing")
    para(doc, "Oppseiingsfristen er tre veker for båe partar. I prøvetida er fristen 14 dagar. "
              "Oppseiing skal vere skriftleg.")
    h("12. Fråskriving av stillingsvern og etterløn")
    p = para(doc, "Rådmannen fråskriv seg på førehand stillingsvernet etter arbeidsmiljølova "
                  "kapittel 15, jf. § 15-16 andre ledd. Dersom heradsstyret avsluttar "
                  "arbeidsforholdet, får rådmannen etterløn.")
    fn.ref(p, "Etterløna svarar til 12 månader løn. Anna inntekt i perioden går til frådrag.")
    h("13. Teieplikt")
    para(doc, "Rådmannen har teieplikt etter forvaltningslova.")
    h("14. Bierverv")
    para(doc, "Rådmannen kan ikkje ha bierverv eller styreverv utan at formannskapet har godkjent "
              "det.")
    h("15. Kompetanseutvikling")
    para(doc, "Rådmannen har rett til å ta del i etter- og vidareutdanning og leiarutvikling som "
              "heradet kostar, etter avtale med ordføraren.")
    h("16. Utviklingssamtale")
    para(doc, "Ordføraren og varaordføraren har utviklingssamtale med rådmannen ein gong i året.")
    para(doc, "")
    para(doc, "Eikvåg, 2. mai 2016", space_after=18)
    signature_table(doc, ["______________________________", "Gunnhild Rysstad, ordførar"],
                    ["______________________________", "Olav Bjørnstad Nesheim"])
    fn.finish()
    doc.save(os.path.join(HERE, "F_eikvag_radmann_nynorsk_2016.docx"))


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    make_d()
    make_e()
    make_f()
    print("wrote:", sorted(f for f in os.listdir(HERE) if f.endswith(".docx")))
