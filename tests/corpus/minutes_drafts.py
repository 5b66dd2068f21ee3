"""Minutes of the development dialogue written by hand in other people's styles, labelled by
reading them as a KS adviser would, before the minutes checker was run on them. They measure the
minutes catalogue (schemas/minutes_clauses.yaml) on text it was not written from."""

from __future__ import annotations

from .docxwriter import Doc

MINUTES_ORDER = ["results_summary", "new_goals", "interaction_principles", "development_measures",
                 "theme_economy", "theme_users", "theme_employees", "theme_internal_processes",
                 "theme_innovation"]


def strandvik() -> bytes:
    """Bokmål, prose under plain headings of its own; all four parts, themes in a goal table."""
    d = Doc(seed=21)
    h = lambda t: d.heading(t, 1, "Heading")  # noqa: E731
    p = d.para
    d.add(
        p("Referat – utviklingssamtale med kommunedirektøren 2026", style="Tittel"),
        p("Møtedato: 3. november 2026, formannskapssalen. Til stede: ordfører Kari Hansen, "
          "varaordfører Per Olsen og gruppeleder Anne Lie. Referent: HR-sjef Lise Moe."),
        h("1 Gjennomgang av året som har gått"),
        p("Kommunedirektøren la fram en egenvurdering. Partene oppsummerte at resultatene for 2026 "
          "i hovedsak er nådd: driftsbudsjettet ble holdt, og ventetiden i hjemmetjenesten gikk ned."),
        h("2 Mål og forventninger for 2027"),
        d.table([["Område", "Mål", "Forankring"],
                 ["Økonomi", "Netto driftsresultat på minst 1,75 prosent", "Økonomiplan 2027–2030"],
                 ["Brukere av tjenester", "Kortere saksbehandlingstid i byggesaker", "Planstrategien"],
                 ["Medarbeidere", "Sykefraværet ned til 7 prosent", "Arbeidsgiverstrategien"],
                 ["Interne prosesser og rutiner", "Nytt internkontrollsystem tatt i bruk", "Kontrollutvalgets rapport"],
                 ["Innovasjon, læring og utvikling", "To digitale tjenester for innbyggerne", "Digitaliseringsstrategien"]]),
        h("3 Samhandling mellom folkevalgte og administrasjonen"),
        p("Ordføreren og kommunedirektøren møtes hver uke. Saker til politisk behandling skal være "
          "ferdig utredet før de legges fram."),
        h("4 Utviklingstiltak"),
        p("Kommunedirektøren deltar i KS' lederprogram for toppledere våren 2027."),
        p("Referatet legges fram for kommunestyret som orienteringssak."),
    )
    return d.to_bytes()


STRANDVIK = {cid: "present" for cid in MINUTES_ORDER}


def fjellbygd() -> bytes:
    """Nynorsk, short; no development measures, and goals for three of the five themes only."""
    d = Doc(seed=22)
    h = lambda t: d.heading(t, 1, "Overskrift")  # noqa: E731
    p = d.para
    d.add(
        p("Referat frå utviklingssamtale med kommunedirektøren", style="Tittel"),
        p("Til stades: ordføraren, varaordføraren og leiaren i formannskapet si største gruppe."),
        h("Resultatoppnåing"),
        p("Kommunedirektøren gjekk gjennom resultata frå førre periode. Måla for økonomi vart nådde."),
        h("Nye mål"),
        p("Økonomi: balanse i drifta utan bruk av fond."),
        p("Medarbeidarar: betre rekruttering til helse og omsorg."),
        p("Brukarar av tenester: kortare ventetid på sakshandsaming."),
        h("Samspel mellom folkevalde og administrasjonen"),
        p("Partane er samde om at politiske saker skal førebuast i god tid, og at rollene skal "
          "respekterast."),
    )
    return d.to_bytes()


FJELLBYGD = dict({cid: "present" for cid in MINUTES_ORDER},
                 development_measures="missing", theme_internal_processes="missing", theme_innovation="missing")


def sjobyen() -> bytes:
    """Bokmål, a two-column table as the whole minutes; no interaction principles, no themes."""
    d = Doc(seed=23)
    p = d.para
    d.add(
        p("REFERAT UTVIKLINGSSAMTALE – KOMMUNEDIREKTØR", bold=True),
        d.table([["Dato", "12. oktober 2026"],
                 ["Deltakere", "Ordfører, varaordfører, leder av økonomiutvalget"],
                 ["Oppsummering av resultater", "Kommunedirektøren har levert på målene fra i fjor, "
                                                "med unntak av ny barnehage, som er forsinket."],
                 ["Nye resultatmål", "Ny barnehage ferdig innen august 2027. Ny kommuneplan vedtatt."],
                 ["Utviklingsbehov", "Kommunedirektøren ønsker veiledning i mediehåndtering; kommunen dekker kurs."]]),
    )
    return d.to_bytes()


SJOBYEN = dict({cid: "missing" for cid in MINUTES_ORDER},
               results_summary="present", new_goals="present", development_measures="present")


MINUTES_HANDWRITTEN = [("strandvik", strandvik, STRANDVIK), ("fjellbygd", fjellbygd, FJELLBYGD),
                       ("sjobyen", sjobyen, SJOBYEN)]
