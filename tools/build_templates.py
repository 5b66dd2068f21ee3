"""Build the four Word templates in templates/ (agreement and minutes, bokmål and nynorsk) from the text below.

The .docx in templates/ is what ships and may be edited in Word. This script is its readable
source; running it again replaces Word edits, so it refuses to overwrite without --force.
Section headings come from schemas/clauses.yaml (title.nb), so template and checker agree.
Every paragraph is written as a single run, so no Jinja tag is split across runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import docx
import yaml
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from agreements import wordxml  # noqa: E402
from agreements.minutes import GUIDANCE_STYLES  # noqa: E402

# A section is (clause id, jinja condition or None, body). Body items:
#   "text"                     a paragraph
#   ("bullets", seq, item)     one bulleted paragraph per element: {%p for x in seq %}
#   ("if", cond, [items])      paragraphs only when cond holds
#   ("terms", seq)             the user's additional terms for the section, one paragraph each
#   ("signatures",)            the signature table
NB_SECTIONS = [
    ("parties", None, [
        "Denne arbeidsavtalen er inngått mellom:",
        ("bullets", None, "Arbeidsgiver: {{ employer.name }}, organisasjonsnummer {{ employer.orgnr }}, "
                          "{{ employer.address }}."),
        ("bullets", None, "Arbeidstaker: {{ employee.name }}, {{ employee.address }}."),
        "{{ t.council_cap }} er arbeidsgiver for {{ t.chief_def }} og tilsetter selv, "
        "jf. kommuneloven § 13-1. I avtalen kalles partene arbeidsgiveren og arbeidstakeren.",
    ]),
    ("council_decision", None, [
        "Avtalen bygger på vedtak i {{ decision.body }} {{ decision.date }} i sak {{ decision.case_number }}. "
        "{{ employer.signatory_name }} ({{ employer.signatory_title }}) undertegner avtalen på vegne av {{ t.council }}.",
    ]),
    ("position", None, [
        "Arbeidstakeren ansettes som {{ position.title }} i {{ employer.name }}. Stillingen er "
        "{{ t.entity_gen }} øverste administrative lederstilling.",
        ("terms", "position.terms"),
    ]),
    ("workplace", None, [
        "Arbeidsstedet er {{ workplace.address }}. Arbeidstakeren må regne med reiser og møter andre "
        "steder når stillingen krever det.",
        ("terms", "workplace.terms"),
    ]),
    ("start_date", None, [
        "Arbeidstakeren tiltrer stillingen {{ start_date }}.",
    ]),
    ("employment_form", None, [
        "{% if employment.fixed_term %}Arbeidstakeren ansettes på åremål for {{ fixed_term.period }}, "
        "jf. kommuneloven § 13-2 og arbeidsmiljøloven § 14-10. Vilkårene for åremålet står i punktet "
        "om åremål.{% else %}Arbeidstakeren ansettes fast. Ansettelsen er ikke midlertidig.{% endif %}",
    ]),
    ("employment_percentage", None, [
        "{% if employment.full_time %}Stillingen er en heltidsstilling ({{ employment.percentage }}).{% else %}"
        "Stillingsomfanget er {{ employment.percentage }} av en heltidsstilling.{% endif %}",
    ]),
    ("fixed_term", "fixed_term", [
        "Åremålsperioden er {{ fixed_term.period }}, fra og med {{ fixed_term.start }} til og med "
        "{{ fixed_term.end }}.",
        "{% if fixed_term.renewable %}Perioden kan fornyes etter vedtak i {{ t.council }}. Partene skal i "
        "god tid før perioden går ut, avklare om en ny periode er aktuell. Ved fornyelse gjelder ingen "
        "ny prøvetid.{% else %}Perioden kan ikke fornyes.{% endif %}",
        "Når perioden går ut uten å være fornyet, fratrer arbeidstakeren stillingen uten at oppsigelse "
        "er nødvendig{% if retreat %}, og arbeidstakeren har da rett til retrettstillingen som står i "
        "punktet om retrettstilling{% endif %}. I perioden kan arbeidsforholdet sies opp etter punktet "
        "om oppsigelse.",
        ("terms", "fixed_term.terms"),
    ]),
    ("retreat_position", "retreat", [
        "Når arbeidsforholdet som {{ position.title }} avsluttes, unntatt ved avskjed, har "
        "arbeidstakeren rett til å gå over i en retrettstilling på disse vilkårene:",
        ("bullets", None, "Stilling: {{ retreat.position }}"),
        ("bullets", None, "Lønn: {{ retreat.salary }}"),
        ("bullets", None, "Varighet: {{ retreat.duration }}"),
        ("terms", "retreat.terms"),
    ]),
    ("probation", "probation", [
        "Det gjelder en prøvetid på {{ probation.period }} fra tiltredelsen, jf. arbeidsmiljøloven § 15-6. "
        "I prøvetiden er den gjensidige oppsigelsesfristen {{ probation.notice }}.",
        "{% if probation.extension %}Har arbeidstakeren vært borte fra arbeidet i prøvetiden, kan "
        "arbeidsgiveren forlenge prøvetiden med en periode som svarer til fraværet, etter reglene i "
        "arbeidsmiljøloven § 15-6. Denne avtalen er arbeidstakerens skriftlige orientering om dette, og "
        "arbeidsgiveren skal varsle skriftlig om forlengelsen før prøvetiden går ut.{% else %}Prøvetiden "
        "forlenges ikke ved fravær.{% endif %}",
    ]),
    ("working_time", None, [
        "Stillingen er en ledende stilling etter arbeidsmiljøloven § 10-12 første ledd. Normal "
        "arbeidstid følger det som gjelder for {{ t.entity }} etter tariffavtalene. Arbeidstakeren "
        "disponerer selv arbeidstiden og pausene innenfor det stillingen krever. Det er ikke avtalt "
        "særlige arbeidstidsordninger.",
        "Arbeid ut over normal arbeidstid er kompensert gjennom lønnen, og det betales ikke særskilt "
        "godtgjøring for overtid.",
        ("terms", "working_time.terms"),
    ]),
    ("salary", None, [
        "Arbeidstakerens faste årslønn er {{ salary.annual }} fra tiltredelsen. Lønnen er fastsatt "
        "individuelt, jf. Hovedtariffavtalen kapittel 3 pkt. 3.4.1.",
        ("if", "salary.supplements", [
            "I tillegg til årslønnen betales disse tilleggene, hvert for seg:",
            ("bullets", "salary.supplements", "{{ item.description }}: {{ item.amount }} per år"),
            "Samlet årlig lønn med tillegg er {{ salary.total }}.",
        ]),
        ("if", "not salary.supplements", [
            "Det er ikke avtalt tillegg ut over årslønnen.",
        ]),
        "Lønnen{% if salary.supplements %} og tilleggene{% endif %} utbetales månedlig med en tolvtedel "
        "av årsbeløpet, den {{ salary.payment_day }} i hver måned, ved innbetaling til arbeidstakerens "
        "bankkonto.",
        ("terms", "salary.terms"),
    ]),
    ("salary_review", None, [
        "Lønnen vurderes {{ salary_review.timing }} i en lønnssamtale. Lønnen fastsettes av {{ salary_review.body }}"
        "{% if salary_review.delegation %} etter delegering i {{ salary_review.delegation }}{% endif %}, "
        "jf. Hovedtariffavtalen kapittel 3 pkt. 3.4.1.",
        "Vurderingen kan bygge på oppnådde resultater målt mot {{ t.entity_gen }} mål, utøvelsen av "
        "administrativ styring og ledelse og gjennomføringen av mål og tiltak som er avtalt "
        "{% if dialogue %}i utviklingssamtalen{% else %}med {{ t.mayor_def }}{% endif %}.",
        ("terms", "salary_review.terms"),
    ]),
    ("holiday", None, [
        "Arbeidstakeren har rett til ferie og feriepenger etter ferieloven og Hovedtariffavtalen."
        "{% if holiday.extra_days %} I tillegg er det avtalt {{ holiday.extra_days }} ekstra ferie per "
        "ferieår.{% endif %}",
        "Tidspunktet for ferien fastsettes etter ferieloven, etter drøfting mellom arbeidstakeren og "
        "{{ t.mayor_def }}.",
        ("terms", "holiday.terms"),
    ]),
    ("paid_leave", None, [
        "Arbeidstakeren har rett til permisjon og annet fravær med lønn etter lov, Hovedtariffavtalen "
        "og {{ t.entity_gen }} til enhver tid gjeldende reglementer, på samme vilkår som andre "
        "ansatte.",
        ("terms", "paid_leave.terms"),
    ]),
    ("pension_insurance", None, [
        "Arbeidstakeren er medlem av {{ t.entity_gen }} ordning for {{ pension.scheme }} i "
        "{{ pension.institution }}, etter Hovedtariffavtalen.",
        "Arbeidstakeren omfattes av de forsikringsordningene som gjelder for ansatte i "
        "{{ t.entity }} etter Hovedtariffavtalen.",
        ("terms", "pension.terms"),
    ]),
    ("collective_agreements", None, [
        "Arbeidsforholdet reguleres av disse tariffavtalene, med de særlige vilkårene som følger av "
        "denne avtalen:",
        ("bullets", "tariff.agreements", "{{ item }}"),
        "Tariffpartene er {{ tariff.parties }}.",
        ("terms", "tariff.terms"),
    ]),
    ("competence_development", None, [
        "Arbeidstakeren har rett til den kompetanseutviklingen som stillingen krever. Behov og tiltak "
        "drøftes {% if dialogue %}i utviklingssamtalen{% else %}med {{ t.mayor_def }}{% endif %}, og "
        "arbeidsgiveren dekker kostnadene ved tiltak som blir avtalt.",
        ("terms", "competence.terms"),
    ]),
    ("responsibility_authority", None, [
        "Arbeidstakeren er leder for den samlede administrasjonen og har de oppgavene og den myndigheten "
        "som følger av kommuneloven § 13-1, {{ t.entity_gen }} delegeringsreglement og instrukser fra "
        "{{ t.council }}.",
        "Arbeidstakeren skal se til at saker som legges fram for folkevalgte organer, er forsvarlig "
        "utredet, og at vedtak blir gjennomført. Arbeidstakeren har det løpende personalansvaret og kan "
        "delta i møtene i folkevalgte organer, unntatt kontrollutvalget.",
        ("terms", "responsibility.terms"),
    ]),
    ("performance_expectations", None, [
        "Partene utarbeider sammen skriftlige, gjensidige forventninger og resultatkrav for "
        "arbeidstakeren. Målene skal være konkrete og forankret i vedtak i {{ t.council }}, som "
        "budsjett, planer og arbeidsgiverstrategi, og samles i en resultat- og utviklingsplan for den "
        "kommende perioden.",
        ("terms", "expectations.terms"),
    ]),
    ("development_dialogue", "dialogue", [
        "Partene holder en utviklingssamtale minst én gang i året. Arbeidsgiveren representeres av "
        "{{ dialogue.body }}, med minst {{ t.mayor_def }}, {{ t.deputy_mayor_def }} og én annen ledende "
        "folkevalgt.",
        "Samtalen tar utgangspunkt i resultat- og utviklingsplanen og gjennomgår oppnådde resultater, "
        "samspillet mellom folkevalgte og administrasjonen og arbeidstakerens utviklingsbehov. Det "
        "skrives referat, som gjøres kjent for {{ t.council }}. Arbeidsavtalen gjennomgås i samtalen.",
        ("terms", "dialogue.terms"),
    ]),
    ("expectation_disputes", None, [
        "Mener en av partene at forventninger eller resultatkrav ikke blir innfridd, eller er partene "
        "uenige om dem, skal det tas opp med den andre parten så snart som mulig. {{ t.mayor_def_cap }} "
        "og arbeidstakeren skal først søke å avklare saken i en samtale. Lykkes ikke det, legges saken "
        "fram for {% if dialogue %}{{ dialogue.body }}{% else %}{{ t.exec_committee }}{% endif %}, og "
        "partene avtaler skriftlig hva som skal gjøres og når det skal følges opp.",
        ("terms", "disputes.terms"),
    ]),
    ("confidentiality", None, [
        "Arbeidstakeren har taushetsplikt etter forvaltningsloven § 13 flg. og annen lovgivning. "
        "Taushetsplikten gjelder også etter at arbeidsforholdet er avsluttet.",
        ("terms", "confidentiality.terms"),
    ]),
    ("cv_publication", None, [
        "{% if cv_consent %}Arbeidstakeren samtykker i at {{ t.entity }} offentliggjør arbeidstakerens CV "
        "med utdanning og yrkeserfaring, for eksempel på {{ t.entity_gen }} nettsider.{% else %}"
        "Arbeidstakeren samtykker ikke i at {{ t.entity }} offentliggjør arbeidstakerens CV ut over det "
        "som følger av offentleglova.{% endif %}",
    ]),
    ("side_jobs", None, [
        "Arbeidstakeren kan ikke påta seg bierverv, lønnet eller ulønnet, eller styreverv og andre verv "
        "uten at {{ side_jobs.approval_body }} har godkjent det på forhånd.",
        ("if", "side_jobs.approved", [
            "Disse biervervene og vervene er godkjent når avtalen inngås:",
            ("bullets", "side_jobs.approved", "{{ item }}"),
        ]),
        ("terms", "side_jobs.terms"),
    ]),
    ("notice_and_termination", None, [
        "Den gjensidige oppsigelsesfristen er {{ notice.period }}, regnet fra den første dagen i måneden "
        "etter at oppsigelsen er mottatt.{% if probation %} I prøvetiden gjelder fristen i punktet om "
        "prøvetid.{% endif %}",
        "Oppsigelse skal være skriftlig. Før arbeidsgiveren beslutter oppsigelse, skal saken drøftes med "
        "arbeidstakeren, jf. arbeidsmiljøloven § 15-1. Oppsigelse fra arbeidsgiveren besluttes av "
        "{{ t.council }}, skal oppfylle formkravene i arbeidsmiljøloven § 15-4 og leveres personlig "
        "eller sendes rekommandert til arbeidstakerens adresse.",
        ("terms", "notice.terms"),
    ]),
    ("employment_protection_waiver", "waiver", [
        "Arbeidstakeren fraskriver seg på forhånd stillingsvernet etter arbeidsmiljøloven kapittel 15 "
        "mot etterlønn etter punktet om etterlønn, jf. arbeidsmiljøloven § 15-16 andre ledd. "
        "Arbeidstakeren kan dermed ikke påberope seg lovens regler om stillingsvern ved oppsigelse når "
        "{{ t.council }} beslutter at arbeidsforholdet skal avsluttes.",
        "Fraskrivelsen gjelder ikke avskjed etter arbeidsmiljøloven § 15-14.",
    ]),
    ("severance_pay", "severance", [
        "Beslutter {{ t.council }} at arbeidsforholdet skal avsluttes, har arbeidstakeren rett til "
        "etterlønn i {{ severance.period }} regnet fra fratredelsen. Etterlønnen beregnes av den faste "
        "årslønnen på fratredelsestidspunktet og utbetales månedlig på vanlig lønningsdag.",
        "{% if severance.reduce %}Etterlønnen reduseres krone for krone med arbeidsinntekt og andre "
        "ytelser arbeidstakeren mottar i perioden. Arbeidstakeren skal av eget tiltak opplyse om slik "
        "inntekt.{% else %}Etterlønnen reduseres ikke mot annen inntekt.{% endif %}",
        "Etterlønn betales ikke når arbeidstakeren selv sier opp{% if fixed_term %}, når "
        "åremålsperioden går ut uten å være fornyet{% endif %}{% if retreat %}, når arbeidstakeren går "
        "over i retrettstillingen{% endif %}, eller ved avskjed etter arbeidsmiljøloven § 15-14.",
        ("terms", "severance.terms"),
    ]),
    ("changes", None, [
        "Endringer i denne avtalen krever skriftlig enighet mellom partene. Avtalen gjennomgås "
        "{% if dialogue %}i utviklingssamtalen{% else %}jevnlig{% endif %} og justeres ved behov.",
        ("terms", "changes.terms"),
    ]),
    ("signatures", None, [
        "Avtalen er utferdiget i to likelydende eksemplarer, ett til hver av partene."
        "{% if signing.date %} {{ signing.place }}, {{ signing.date }}.{% else %} Avtalen undertegnes i "
        "{{ signing.place }}, og hver part skriver dato ved sin underskrift.{% endif %}",
        ("signatures",),
    ]),
]

NN_SECTIONS = [
    ("parties", None, [
        "Denne arbeidsavtalen er inngått mellom:",
        ("bullets", None, "Arbeidsgjevar: {{ employer.name }}, organisasjonsnummer {{ employer.orgnr }}, "
                          "{{ employer.address }}."),
        ("bullets", None, "Arbeidstakar: {{ employee.name }}, {{ employee.address }}."),
        "{{ t.council_cap }} er arbeidsgjevar for {{ t.chief_def }} og tilset sjølv, "
        "jf. kommunelova § 13-1. I avtalen vert partane kalla arbeidsgjevaren og arbeidstakaren.",
    ]),
    ("council_decision", None, [
        "Avtalen byggjer på vedtak i {{ decision.body }} {{ decision.date }} i sak {{ decision.case_number }}. "
        "{{ employer.signatory_name }} ({{ employer.signatory_title }}) skriv under avtalen på vegner av {{ t.council }}.",
    ]),
    ("position", None, [
        "Arbeidstakaren vert tilsett som {{ position.title }} i {{ employer.name }}. Stillinga er den "
        "øvste administrative leiarstillinga i {{ t.entity }}.",
        ("terms", "position.terms"),
    ]),
    ("workplace", None, [
        "Arbeidsstaden er {{ workplace.address }}. Arbeidstakaren må rekne med reiser og møte andre "
        "stader når stillinga krev det.",
        ("terms", "workplace.terms"),
    ]),
    ("start_date", None, [
        "Arbeidstakaren tiltrer stillinga {{ start_date }}.",
    ]),
    ("employment_form", None, [
        "{% if employment.fixed_term %}Arbeidstakaren vert tilsett på åremål for {{ fixed_term.period }}, "
        "jf. kommunelova § 13-2 og arbeidsmiljølova § 14-10. Vilkåra for åremålet står i punktet "
        "om åremål.{% else %}Arbeidstakaren vert tilsett fast. Tilsetjinga er ikkje mellombels.{% endif %}",
    ]),
    ("employment_percentage", None, [
        "{% if employment.full_time %}Stillinga er ei heiltidsstilling ({{ employment.percentage }}).{% else %}"
        "Stillingsomfanget er {{ employment.percentage }} av ei heiltidsstilling.{% endif %}",
    ]),
    ("fixed_term", "fixed_term", [
        "Åremålsperioden er {{ fixed_term.period }}, frå og med {{ fixed_term.start }} til og med "
        "{{ fixed_term.end }}.",
        "{% if fixed_term.renewable %}Perioden kan fornyast etter vedtak i {{ t.council }}. Partane skal i "
        "god tid før perioden går ut, avklare om ein ny periode er aktuell. Ved fornying gjeld inga "
        "ny prøvetid.{% else %}Perioden kan ikkje fornyast.{% endif %}",
        "Når perioden går ut utan å vere fornya, fråtrer arbeidstakaren stillinga utan at oppseiing "
        "trengst{% if retreat %}, og arbeidstakaren har då rett til retrettstillinga som står i "
        "punktet om retrettstilling{% endif %}. I perioden kan arbeidsforholdet seiast opp etter punktet "
        "om oppseiing.",
        ("terms", "fixed_term.terms"),
    ]),
    ("retreat_position", "retreat", [
        "Når arbeidsforholdet som {{ position.title }} tek slutt, med unntak av avskil, har "
        "arbeidstakaren rett til å gå over i ei retrettstilling på desse vilkåra:",
        ("bullets", None, "Stilling: {{ retreat.position }}"),
        ("bullets", None, "Løn: {{ retreat.salary }}"),
        ("bullets", None, "Varigheit: {{ retreat.duration }}"),
        ("terms", "retreat.terms"),
    ]),
    ("probation", "probation", [
        "Det gjeld ei prøvetid på {{ probation.period }} frå tiltredinga, jf. arbeidsmiljølova § 15-6. "
        "I prøvetida er den gjensidige oppseiingsfristen {{ probation.notice }}.",
        "{% if probation.extension %}Har arbeidstakaren vore borte frå arbeidet i prøvetida, kan "
        "arbeidsgjevaren forlengje prøvetida med ein periode som svarar til fråværet, etter reglane i "
        "arbeidsmiljølova § 15-6. Denne avtalen er den skriftlege orienteringa til arbeidstakaren om dette, "
        "og arbeidsgjevaren skal varsle skriftleg om forlenginga før prøvetida går ut.{% else %}Prøvetida "
        "vert ikkje forlengd ved fråvær.{% endif %}",
    ]),
    ("working_time", None, [
        "Stillinga er ei leiande stilling etter arbeidsmiljølova § 10-12 første ledd. Normal "
        "arbeidstid følgjer det som gjeld for {{ t.entity }} etter tariffavtalane. Arbeidstakaren "
        "disponerer sjølv arbeidstida og pausane innanfor det stillinga krev. Det er ikkje avtalt "
        "særlege arbeidstidsordningar.",
        "Arbeid ut over normal arbeidstid er kompensert gjennom løna, og det vert ikkje betalt særskild "
        "godtgjersle for overtid.",
        ("terms", "working_time.terms"),
    ]),
    ("salary", None, [
        "Den faste årsløna til arbeidstakaren er {{ salary.annual }} frå tiltredinga. Løna er fastsett "
        "individuelt, jf. Hovudtariffavtalen kapittel 3 pkt. 3.4.1.",
        ("if", "salary.supplements", [
            "I tillegg til årsløna vert desse tillegga betalte, kvart for seg:",
            ("bullets", "salary.supplements", "{{ item.description }}: {{ item.amount }} per år"),
            "Samla årleg løn med tillegg er {{ salary.total }}.",
        ]),
        ("if", "not salary.supplements", [
            "Det er ikkje avtalt tillegg ut over årsløna.",
        ]),
        "Løna{% if salary.supplements %} og tillegga{% endif %} vert utbetalt månadleg med ein tolvdel "
        "av årsbeløpet, den {{ salary.payment_day }} i kvar månad, til bankkontoen til arbeidstakaren.",
        ("terms", "salary.terms"),
    ]),
    ("salary_review", None, [
        "Løna vert vurdert {{ salary_review.timing }} i ein lønssamtale. Løna vert fastsett av "
        "{{ salary_review.body }}{% if salary_review.delegation %} etter delegering i "
        "{{ salary_review.delegation }}{% endif %}, jf. Hovudtariffavtalen kapittel 3 pkt. 3.4.1.",
        "Vurderinga kan byggje på oppnådde resultat samanlikna med måla til {{ t.entity }}, utøvinga av "
        "administrativ styring og leiing og gjennomføringa av mål og tiltak som er avtalte "
        "{% if dialogue %}i utviklingssamtalen{% else %}med {{ t.mayor_def }}{% endif %}.",
        ("terms", "salary_review.terms"),
    ]),
    ("holiday", None, [
        "Arbeidstakaren har rett til ferie og feriepengar etter ferielova og Hovudtariffavtalen."
        "{% if holiday.extra_days %} I tillegg er det avtalt {{ holiday.extra_days }} ekstra ferie per "
        "ferieår.{% endif %}",
        "Tidspunktet for ferien vert fastsett etter ferielova, etter drøfting mellom arbeidstakaren og "
        "{{ t.mayor_def }}.",
        ("terms", "holiday.terms"),
    ]),
    ("paid_leave", None, [
        "Arbeidstakaren har rett til permisjon og anna fråvær med løn etter lov, Hovudtariffavtalen "
        "og dei til kvar tid gjeldande reglementa i {{ t.entity }}, på same vilkår som andre "
        "tilsette.",
        ("terms", "paid_leave.terms"),
    ]),
    ("pension_insurance", None, [
        "Arbeidstakaren er medlem av ordninga for {{ pension.scheme }} i {{ t.entity }}, i "
        "{{ pension.institution }}, etter Hovudtariffavtalen.",
        "Arbeidstakaren er omfatta av dei forsikringsordningane som gjeld for tilsette i "
        "{{ t.entity }} etter Hovudtariffavtalen.",
        ("terms", "pension.terms"),
    ]),
    ("collective_agreements", None, [
        "Arbeidsforholdet er regulert av desse tariffavtalane, med dei særlege vilkåra som følgjer av "
        "denne avtalen:",
        ("bullets", "tariff.agreements", "{{ item }}"),
        "Tariffpartane er {{ tariff.parties }}.",
        ("terms", "tariff.terms"),
    ]),
    ("competence_development", None, [
        "Arbeidstakaren har rett til den kompetanseutviklinga som stillinga krev. Behov og tiltak "
        "vert drøfta {% if dialogue %}i utviklingssamtalen{% else %}med {{ t.mayor_def }}{% endif %}, og "
        "arbeidsgjevaren dekkjer kostnadene ved tiltak som vert avtalte.",
        ("terms", "competence.terms"),
    ]),
    ("responsibility_authority", None, [
        "Arbeidstakaren er leiar for heile administrasjonen og har dei oppgåvene og det myndet som "
        "følgjer av kommunelova § 13-1, delegeringsreglementet i {{ t.entity }} og instruksar frå "
        "{{ t.council }}.",
        "Arbeidstakaren skal sjå til at saker som vert lagde fram for folkevalde organ, er forsvarleg "
        "utgreidde, og at vedtak vert gjennomførte. Arbeidstakaren har det løpande personalansvaret og kan "
        "delta i møta i folkevalde organ, bortsett frå kontrollutvalet.",
        ("terms", "responsibility.terms"),
    ]),
    ("performance_expectations", None, [
        "Partane utarbeider saman skriftlege, gjensidige forventningar og resultatkrav for "
        "arbeidstakaren. Måla skal vere konkrete og forankra i vedtak i {{ t.council }}, som "
        "budsjett, planar og arbeidsgjevarstrategi, og vert samla i ein resultat- og utviklingsplan for den "
        "komande perioden.",
        ("terms", "expectations.terms"),
    ]),
    ("development_dialogue", "dialogue", [
        "Partane held ein utviklingssamtale minst éin gong i året. Arbeidsgjevaren er representert ved "
        "{{ dialogue.body }}, med minst {{ t.mayor_def }}, {{ t.deputy_mayor_def }} og éin annan leiande "
        "folkevald.",
        "Samtalen tek utgangspunkt i resultat- og utviklingsplanen og går gjennom oppnådde resultat, "
        "samspelet mellom folkevalde og administrasjonen og utviklingsbehova til arbeidstakaren. Det "
        "vert skrive referat, som vert gjort kjent for {{ t.council }}. Arbeidsavtalen vert gjennomgått i "
        "samtalen.",
        ("terms", "dialogue.terms"),
    ]),
    ("expectation_disputes", None, [
        "Meiner ein av partane at forventningar eller resultatkrav ikkje vert innfridde, eller er partane "
        "usamde om dei, skal det takast opp med den andre parten så snart som mogleg. {{ t.mayor_def_cap }} "
        "og arbeidstakaren skal først freiste å avklare saka i ein samtale. Lukkast ikkje det, vert saka "
        "lagd fram for {% if dialogue %}{{ dialogue.body }}{% else %}{{ t.exec_committee }}{% endif %}, og "
        "partane avtaler skriftleg kva som skal gjerast og når det skal følgjast opp.",
        ("terms", "disputes.terms"),
    ]),
    ("confidentiality", None, [
        "Arbeidstakaren har teieplikt etter forvaltningslova § 13 flg. og anna lovgjeving. "
        "Teieplikta gjeld òg etter at arbeidsforholdet er avslutta.",
        ("terms", "confidentiality.terms"),
    ]),
    ("cv_publication", None, [
        "{% if cv_consent %}Arbeidstakaren samtykkjer i at {{ t.entity }} offentleggjer CV-en til arbeidstakaren "
        "med utdanning og yrkeserfaring, til dømes på nettsidene til {{ t.entity }}.{% else %}"
        "Arbeidstakaren samtykkjer ikkje i at {{ t.entity }} offentleggjer CV-en til arbeidstakaren ut over det "
        "som følgjer av offentleglova.{% endif %}",
    ]),
    ("side_jobs", None, [
        "Arbeidstakaren kan ikkje ta på seg bierverv, løna eller uløna, eller styreverv og andre verv "
        "utan at {{ side_jobs.approval_body }} har godkjent det på førehand.",
        ("if", "side_jobs.approved", [
            "Desse biverva og verva er godkjende når avtalen vert inngått:",
            ("bullets", "side_jobs.approved", "{{ item }}"),
        ]),
        ("terms", "side_jobs.terms"),
    ]),
    ("notice_and_termination", None, [
        "Den gjensidige oppseiingsfristen er {{ notice.period }}, rekna frå den første dagen i månaden "
        "etter at oppseiinga er motteken.{% if probation %} I prøvetida gjeld fristen i punktet om "
        "prøvetid.{% endif %}",
        "Oppseiing skal vere skriftleg. Før arbeidsgjevaren avgjer oppseiing, skal saka drøftast med "
        "arbeidstakaren, jf. arbeidsmiljølova § 15-1. Oppseiing frå arbeidsgjevaren vert avgjord av "
        "{{ t.council }}, skal oppfylle formkrava i arbeidsmiljølova § 15-4 og skal leverast personleg "
        "eller sendast rekommandert til adressa til arbeidstakaren.",
        ("terms", "notice.terms"),
    ]),
    ("employment_protection_waiver", "waiver", [
        "Arbeidstakaren fråskriv seg på førehand stillingsvernet etter arbeidsmiljølova kapittel 15 "
        "mot etterløn etter punktet om etterløn, jf. arbeidsmiljølova § 15-16 andre ledd. "
        "Arbeidstakaren kan dermed ikkje påberope seg reglane i lova om stillingsvern ved oppseiing når "
        "{{ t.council }} avgjer at arbeidsforholdet skal avsluttast.",
        "Fråskrivinga gjeld ikkje avskil etter arbeidsmiljølova § 15-14.",
    ]),
    ("severance_pay", "severance", [
        "Avgjer {{ t.council }} at arbeidsforholdet skal avsluttast, har arbeidstakaren rett til "
        "etterløn i {{ severance.period }} rekna frå fråtredinga. Etterløna vert rekna ut frå den faste "
        "årsløna på fråtredingstidspunktet og vert utbetalt månadleg på vanleg løningsdag.",
        "{% if severance.reduce %}Etterløna vert redusert krone for krone med arbeidsinntekt og andre "
        "ytingar arbeidstakaren får i perioden. Arbeidstakaren skal av eige tiltak opplyse om slik "
        "inntekt.{% else %}Etterløna vert ikkje redusert mot anna inntekt.{% endif %}",
        "Etterløn vert ikkje betalt når arbeidstakaren sjølv seier opp{% if fixed_term %}, når "
        "åremålsperioden går ut utan å vere fornya{% endif %}{% if retreat %}, når arbeidstakaren går "
        "over i retrettstillinga{% endif %}, eller ved avskil etter arbeidsmiljølova § 15-14.",
        ("terms", "severance.terms"),
    ]),
    ("changes", None, [
        "Endringar i denne avtalen krev skriftleg semje mellom partane. Avtalen vert gjennomgått "
        "{% if dialogue %}i utviklingssamtalen{% else %}jamleg{% endif %} og justert ved behov.",
        ("terms", "changes.terms"),
    ]),
    ("signatures", None, [
        "Avtalen er skriven ut i to likelydande eksemplar, eitt til kvar av partane."
        "{% if signing.date %} {{ signing.place }}, {{ signing.date }}.{% else %} Avtalen vert underskriven i "
        "{{ signing.place }}, og kvar part skriv dato ved underskrifta si.{% endif %}",
        ("signatures",),
    ]),
]

# Fixed words around the sections, per language form.
STRINGS = {
    "nb": {"title": "Arbeidsavtale", "subtitle": "for {{ position.title }} i {{ employer.name }}",
           "header": "{{ employer.name }} – arbeidsavtale for {{ position.title }}", "page": ("Side ", " av "),
           "sign_heads": ("For arbeidsgiveren", "Arbeidstakeren"), "place_date": "Sted og dato",
           "lang_tag": "nb-NO"},
    "nn": {"title": "Arbeidsavtale", "subtitle": "for {{ position.title }} i {{ employer.name }}",
           "header": "{{ employer.name }} – arbeidsavtale for {{ position.title }}", "page": ("Side ", " av "),
           "sign_heads": ("For arbeidsgjevaren", "Arbeidstakaren"), "place_date": "Stad og dato",
           "lang_tag": "nn-NO"},
}


def _paragraph(doc, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(text)
    return p


def _tag(doc, tag):
    doc.add_paragraph().add_run(tag)


def _items(doc, items, strings=None):
    for item in items:
        if isinstance(item, str):
            _paragraph(doc, item)
        elif item[0] == "bullets":
            _, seq, text = item
            if seq:
                _tag(doc, f"{{%p for item in {seq} %}}")
            _paragraph(doc, text, "List Bullet")
            if seq:
                _tag(doc, "{%p endfor %}")
        elif item[0] == "terms":
            _tag(doc, f"{{%p for term in {item[1]} %}}")
            _paragraph(doc, "{{ term }}")
            _tag(doc, "{%p endfor %}")
        elif item[0] == "if":
            _tag(doc, f"{{%p if {item[1]} %}}")
            _items(doc, item[2], strings)
            _tag(doc, "{%p endif %}")
        elif item[0] == "signatures":
            _signature_table(doc, strings or STRINGS["nb"])
        else:
            raise ValueError(item)


def _signature_table(doc, strings):
    """Two signature blocks side by side: the heading, a line for place and date when the input
    gives no signing date (each party dates its own signature), the line to sign on, and under it
    the signer's printed name and role. Rows between {%tr if %} and {%tr endif %} come and go whole."""
    heads, place_date = strings["sign_heads"], strings["place_date"]
    names = ("{{ employer.signatory_name }}, {{ employer.signatory_title }}",
             "{{ employee.name }}, {{ position.title }}")
    table = doc.add_table(rows=0, cols=3)  # the middle column keeps the two blocks apart
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(texts=("", ""), line=False, bold=False):
        cells = table.add_row().cells
        for col, text in zip((0, 2), texts):
            if text:
                cells[col].paragraphs[0].add_run(text).bold = bold
            if line:  # room to write, and the line to write on
                cells[col].paragraphs[0].paragraph_format.space_before = Pt(36)
                wordxml.set_cell_border(cells[col], "bottom")
        return cells

    row(heads, bold=True)
    row(("{%tr if not signing.date %}", ""))
    row(line=True)
    row((place_date, place_date))
    row(("{%tr endif %}", ""))
    row(line=True)
    row(names)
    for r in table.rows:
        for cell, width in zip(r.cells, (Cm(7.5), Cm(1.0), Cm(7.5))):
            cell.width = width


def _styles(doc, numbered=True, lang_tag="nb-NO"):
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(12)
    h1.font.bold = True
    h1.font.name = "Calibri"
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(4)
    h1.paragraph_format.keep_with_next = True
    title = doc.styles["Title"]
    title.font.size = Pt(20)
    title.font.name = "Calibri"
    if numbered:
        wordxml.number_headings(doc, "Heading 1")
    wordxml.set_language(doc, lang_tag)


def _page(doc, header_text, page_words=("Side ", " av ")):
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    header = section.header.paragraphs[0]
    header.add_run(header_text)
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(page_words[0])
    wordxml.add_field(footer, "PAGE")
    footer.add_run(page_words[1])
    wordxml.add_field(footer, "NUMPAGES")


# --- minutes of the development dialogue --------------------------------------------------------

def _box(doc):
    """A bordered empty cell to write in, where the input holds no text."""
    table = doc.add_table(rows=1, cols=1)
    table.style = doc.styles["Table Grid"]
    table.cell(0, 0).paragraphs[0].paragraph_format.space_before = Pt(48)


def _guidance(doc, text, style):
    """A paragraph of guidance for whoever fills in the blank template, in ``style`` only (no
    direct formatting), so Word, the reader and the checker can tell it from content."""
    _tag(doc, "{%p if blank %}")
    doc.add_paragraph(style=style).add_run(text)
    _tag(doc, "{%p endif %}")


def _items_or_box(doc, seq):
    _tag(doc, f"{{%p if {seq} %}}")
    _tag(doc, f"{{%p for item in {seq} %}}")
    _paragraph(doc, "{{ item }}", "List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, f"{{%p if not {seq} %}}")
    _box(doc)
    _tag(doc, "{%p endif %}")


def _row(table, *texts, bold=False):
    cells = table.add_row().cells
    for cell, text in zip(cells, texts):
        cell.paragraphs[0].add_run(text).bold = bold
    return cells


def _grid(doc, *headers):
    """A bordered table whose first row holds the bold column headers."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, headers):
        cell.paragraphs[0].add_run(text).bold = True
    return table


def _goal_table(doc, seq, headers, fields):
    table = _grid(doc, *headers)
    _row(table, f"{{%tr for theme in {seq} %}}", "", "")
    _row(table, "{{ theme.title }}", "", "", bold=True)
    _row(table, "{%tr for g in theme.goals %}", "", "")
    _row(table, *[f"{{% if g.{f} %}}{{{{ g.{f} }}}}{{% endif %}}" for f in fields])
    _row(table, "{%tr endfor %}", "", "")
    _row(table, "{%tr for _ in range(theme.empty_rows) %}", "", "")
    _row(table, "", "", "")
    _row(table, "{%tr endfor %}", "", "")
    _row(table, "{%tr endfor %}", "", "")


MINUTES_TEXT = {
    "nb": {
        "header": "{% if blank %}{{ t.chief_title_cap }}{% else %}{{ facts.employer }}{% endif %} – referat fra utviklingssamtale",
        "title": "Referat fra utviklingssamtale",
        "subtitle": "mellom folkevalgte og {{ t.chief_def }}",
        "guidance": {  # for whoever fills in the blank template: each in its own paragraph style
            "intro": "Malen følger KS' anbefalinger for utviklingssamtalen med kommunedirektøren. Fyll inn feltene "
                     "og tabellene i Word. Slett veiledningstekstene (i kursiv, stilen "
                     f"{GUIDANCE_STYLES['nb']}) før referatet sendes ut.",
            "participants": "KS anbefaler at minst {{ t.mayor_def }}, {{ t.deputy_mayor_def }} og én annen ledende "
                            "folkevalgt deltar, 3–5 personer i alt. Før også opp hvem som skriver referatet.",
            "preparation": "Skriv hovedpunktene fra egenevalueringen.",
            "results": "Gå gjennom målene fra forrige periode, tema for tema: hva ble oppnådd, og hvordan vurderer "
                       "partene resultatet?",
            "goals": "Formuler konkrete mål for kommende periode. Målene skal være forankret i vedtak i "
                     "{{ t.council }}, for eksempel budsjett, planer og arbeidsgiverstrategi.",
            "interaction": "Hva er avtalt om roller, informasjon og samspill mellom folkevalgte og administrasjonen?",
            "measures": "Hvilke utviklingsbehov og tiltak er avtalt for kommende periode?",
        },
        "facts": ("Arbeidsgiver", "{{ t.chief_title_cap }}", "Møtedato", "Møtested", "Perioden samtalen gjelder", "Organ"),
        "basis_label": "Grunnlag (vedtak om utvalg etter kommuneloven § 5-7)",
        "basis_default": "{{ t.exec_committee_cap }} holder samtalen",
        "participants": "Deltakere",
        "people_heads": ("Navn", "Rolle"),
        "preparation": "Forberedelse og egenevaluering",
        "preparation_text": "{{ t.chief_title_cap }}en har forberedt samtalen med en egenevaluering av oppnådde "
                            "resultater i perioden.",
        "results": "1 Oppsummering av resultatoppnåelse",
        "results_heads": ("Mål", "Resultat", "Vurdering"),
        "goals": "2 Nye resultatmål og forventninger",
        "goals_heads": ("Mål og forventning", "Hvordan det måles", "Forankring i vedtak"),
        "interaction": "3 Prinsipper for samhandling mellom folkevalgte og administrasjonen",
        "measures": "4 Utviklingstiltak for {{ t.chief_def }}",
        "review": "Gjennomgang av arbeidsavtalen",
        "review_text": "KS anbefaler at arbeidsavtalen gjennomgås i utviklingssamtalen og justeres ved behov. "
                       "Endringer i avtalen krever enighet mellom partene.",
        "salary": "Lønnssamtale",
        "salary_text": "Lønnen vurderes etter kriteriene KS peker på. Lønnen fastsettes av "
                       "{% if salary_talk.body %}{{ salary_talk.body }}{% else %}{{ t.council }} eller det organet "
                       "{{ t.council }} har gitt myndighet{% endif %}, jf. Hovedtariffavtalen kapittel 3 pkt. 3.4.1.",
        "criteria_heads": ("Kriterium", "Vurdering"),
        "outcome": ("Nåværende årslønn", "Ny årslønn", "Ny lønn gjelder fra", "Vedtak (organ, sak og dato)"),
        "public": "Offentlighet og fortrolighet",
        "public_text": "Referatet gjøres kjent for {{ t.council }} og er offentlig etter offentleglova, med de unntakene "
                       "loven gir. Det som blir sagt i fortrolighet i samtalen, gjengis ikke i referatet eller i andre "
                       "sammenhenger.",
        "signatures": "Underskrifter",
        "sign_heads": ("For {{ t.exec_committee }}", "{{ t.chief_title_cap }}"),
        "place_date": "Sted og dato",
        "lang_tag": "nb-NO",
    },
    "nn": {
        "header": "{% if blank %}{{ t.chief_title_cap }}{% else %}{{ facts.employer }}{% endif %} – referat frå utviklingssamtale",
        "title": "Referat frå utviklingssamtale",
        "subtitle": "mellom folkevalde og {{ t.chief_def }}",
        "guidance": {
            "intro": "Malen følgjer tilrådingane frå KS for utviklingssamtalen med kommunedirektøren. Fyll inn felta "
                     "og tabellane i Word. Slett rettleiingstekstane (i kursiv, stilen "
                     f"{GUIDANCE_STYLES['nn']}) før referatet vert sendt ut.",
            "participants": "KS tilrår at minst {{ t.mayor_def }}, {{ t.deputy_mayor_def }} og éin annan leiande "
                            "folkevald deltek, 3–5 personar i alt. Før òg opp kven som skriv referatet.",
            "preparation": "Skriv hovudpunkta frå eigenevalueringa.",
            "results": "Gå gjennom måla frå førre periode, tema for tema: kva vart oppnådd, og korleis vurderer "
                       "partane resultatet?",
            "goals": "Formuler konkrete mål for den komande perioden. Måla skal vere forankra i vedtak i "
                     "{{ t.council }}, til dømes budsjett, planar og arbeidsgjevarstrategi.",
            "interaction": "Kva er avtalt om roller, informasjon og samspel mellom folkevalde og administrasjonen?",
            "measures": "Kva utviklingsbehov og tiltak er avtalte for den komande perioden?",
        },
        "facts": ("Arbeidsgjevar", "{{ t.chief_title_cap }}", "Møtedato", "Møtestad", "Perioden samtalen gjeld", "Organ"),
        "basis_label": "Grunnlag (vedtak om utval etter kommunelova § 5-7)",
        "basis_default": "{{ t.exec_committee_cap }} held samtalen",
        "participants": "Deltakarar",
        "people_heads": ("Namn", "Rolle"),
        "preparation": "Førebuing og eigenevaluering",
        "preparation_text": "{{ t.chief_title_cap }}en har førebudd samtalen med ei eigenevaluering av oppnådde "
                            "resultat i perioden.",
        "results": "1 Oppsummering av resultatoppnåing",
        "results_heads": ("Mål", "Resultat", "Vurdering"),
        "goals": "2 Nye resultatmål og forventningar",
        "goals_heads": ("Mål og forventning", "Korleis det vert målt", "Forankring i vedtak"),
        "interaction": "3 Prinsipp for samhandling mellom folkevalde og administrasjonen",
        "measures": "4 Utviklingstiltak for {{ t.chief_def }}",
        "review": "Gjennomgang av arbeidsavtalen",
        "review_text": "KS tilrår at arbeidsavtalen vert gjennomgått i utviklingssamtalen og justert ved behov. "
                       "Endringar i avtalen krev semje mellom partane.",
        "salary": "Lønssamtale",
        "salary_text": "Løna vert vurdert etter kriteria KS peikar på. Løna vert fastsett av "
                       "{% if salary_talk.body %}{{ salary_talk.body }}{% else %}{{ t.council }} eller det organet "
                       "{{ t.council }} har gjeve mynde{% endif %}, jf. Hovudtariffavtalen kapittel 3 pkt. 3.4.1.",
        "criteria_heads": ("Kriterium", "Vurdering"),
        "outcome": ("Noverande årsløn", "Ny årsløn", "Ny løn gjeld frå", "Vedtak (organ, sak og dato)"),
        "public": "Offentlegheit og fortrulegheit",
        "public_text": "Referatet vert gjort kjent for {{ t.council }} og er offentleg etter offentleglova, med dei "
                       "unntaka lova gjev. Det som vert sagt i fortrulegheit i samtalen, vert ikkje attgjeve i referatet "
                       "eller i andre samanhengar.",
        "signatures": "Underskrifter",
        "sign_heads": ("For {{ t.exec_committee }}", "{{ t.chief_title_cap }}"),
        "place_date": "Stad og dato",
        "lang_tag": "nn-NO",
    },
}


def build_minutes(lang="nb"):
    m = MINUTES_TEXT[lang]
    help_text = m["guidance"]
    doc = docx.Document()
    _styles(doc, numbered=False, lang_tag=m["lang_tag"])
    guidance = doc.styles.add_style(GUIDANCE_STYLES[lang], WD_STYLE_TYPE.PARAGRAPH)
    guidance.base_style = doc.styles["Normal"]
    guidance.font.italic = True
    guidance.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    guidance.quick_style = True  # in Word's style gallery, so a user can find and select it
    _page(doc, m["header"], ("Side ", " av "))
    doc.add_paragraph(m["title"], style="Title")
    _paragraph(doc, m["subtitle"], "Subtitle")
    _guidance(doc, help_text["intro"], guidance)

    facts = doc.add_table(rows=0, cols=2)
    facts.style = doc.styles["Table Grid"]
    for label, value in zip(m["facts"], ("facts.employer", "facts.chief", "facts.date", "facts.place",
                                          "facts.period", "facts.body")):
        _row(facts, label, f"{{% if not blank %}}{{{{ {value} }}}}{{% endif %}}")
    _row(facts, m["basis_label"],
         "{% if not blank %}{% if facts.basis %}{{ facts.basis }}{% else %}" + m["basis_default"] + "{% endif %}{% endif %}")

    doc.add_paragraph(m["participants"], style="Heading 1")
    _guidance(doc, help_text["participants"], guidance)
    people = _grid(doc, *m["people_heads"])
    _row(people, "{%tr for p in participants %}", "")
    _row(people, "{{ p.name }}", "{{ p.role }}{% if p.description %} ({{ p.description }}){% endif %}")
    _row(people, "{%tr endfor %}", "")
    _row(people, "{%tr for _ in range(participant_rows) %}", "")
    _row(people, "", "")
    _row(people, "{%tr endfor %}", "")

    doc.add_paragraph(m["preparation"], style="Heading 1")
    _paragraph(doc, m["preparation_text"])
    _guidance(doc, help_text["preparation"], guidance)
    _items_or_box(doc, "self_evaluation")

    doc.add_paragraph(m["results"], style="Heading 1")
    _guidance(doc, help_text["results"], guidance)
    _goal_table(doc, "results", m["results_heads"], ("goal", "result", "assessment"))

    doc.add_paragraph(m["goals"], style="Heading 1")
    _guidance(doc, help_text["goals"], guidance)
    _goal_table(doc, "new_goals", m["goals_heads"], ("goal", "measure", "anchoring"))

    doc.add_paragraph(m["interaction"], style="Heading 1")
    _guidance(doc, help_text["interaction"], guidance)
    _items_or_box(doc, "interaction")

    doc.add_paragraph(m["measures"], style="Heading 1")
    _guidance(doc, help_text["measures"], guidance)
    _items_or_box(doc, "measures")

    doc.add_paragraph(m["review"], style="Heading 1")
    _paragraph(doc, m["review_text"])
    _items_or_box(doc, "review")

    _tag(doc, "{%p if salary_talk %}")
    doc.add_paragraph(m["salary"], style="Heading 1")
    _paragraph(doc, m["salary_text"])
    criteria = _grid(doc, *m["criteria_heads"])
    _row(criteria, "{%tr for c in salary_talk.criteria %}", "")
    _row(criteria, "{{ c }}", "")
    _row(criteria, "{%tr endfor %}", "")
    _paragraph(doc, "")
    outcome = doc.add_table(rows=0, cols=2)
    outcome.style = doc.styles["Table Grid"]
    values = ("{% if salary_talk.current %}{{ salary_talk.current }}{% endif %}",
              "{% if salary_talk.new %}{{ salary_talk.new }}{% endif %}",
              "{% if salary_talk.effective %}{{ salary_talk.effective }}{% endif %}", "")
    for label, value in zip(m["outcome"], values):
        _row(outcome, label, value)
    _tag(doc, "{%p endif %}")

    doc.add_paragraph(m["public"], style="Heading 1")
    _paragraph(doc, m["public_text"])

    doc.add_paragraph(m["signatures"], style="Heading 1")
    sign = doc.add_table(rows=3, cols=3)
    widths = (Cm(7.5), Cm(1.0), Cm(7.5))
    for row in sign.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    for col, head in zip((0, 2), m["sign_heads"]):
        sign.cell(0, col).paragraphs[0].add_run(head).bold = True
        sign.cell(1, col).paragraphs[0].paragraph_format.space_before = Pt(36)
        wordxml.set_cell_border(sign.cell(1, col), "bottom")
        sign.cell(2, col).paragraphs[0].add_run(m["place_date"])
    return doc


def build(sections, titles, lang):
    strings = STRINGS[lang]
    doc = docx.Document()
    _styles(doc, lang_tag=strings["lang_tag"])
    _page(doc, strings["header"], strings["page"])
    doc.add_paragraph(strings["title"], style="Title")
    _paragraph(doc, strings["subtitle"], "Subtitle")
    for clause_id, condition, body in sections:
        if condition:
            _tag(doc, f"{{%p if {condition} %}}")
        doc.add_paragraph(titles[clause_id][lang], style="Heading 1")
        _items(doc, body, strings)
        if condition:
            _tag(doc, "{%p endif %}")
    return doc


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite templates edited in Word")
    args = parser.parse_args(argv)
    catalogue = yaml.safe_load((ROOT / "schemas" / "clauses.yaml").read_text(encoding="utf-8"))
    titles = {c["id"]: c["title"] for c in catalogue["clauses"]}
    for sections in (NB_SECTIONS, NN_SECTIONS):
        missing = set(titles) - {s[0] for s in sections}
        if missing:
            sys.exit(f"clauses without a section: {sorted(missing)}")
    jobs = [("arbeidsavtale.nb.docx", lambda: build(NB_SECTIONS, titles, "nb"), "nb"),
            ("arbeidsavtale.nn.docx", lambda: build(NN_SECTIONS, titles, "nn"), "nn"),
            ("referat.nb.docx", lambda: build_minutes("nb"), "nb"),
            ("referat.nn.docx", lambda: build_minutes("nn"), "nn")]
    for name, make, lang in jobs:
        path = ROOT / "templates" / name
        if path.exists() and not args.force:
            sys.exit(f"{path} exists; use --force to rebuild it (Word edits are lost)")
        doc = make()
        props = doc.core_properties
        props.title, props.subject, props.author, props.comments = "", "", "", ""
        props.keywords, props.last_modified_by, props.language = "", "", lang
        doc.save(path)
        path.write_bytes(wordxml.deterministic_zip(path.read_bytes()))
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
