"""The IOP register, its parties and the nine agreements on the municipality's page."""

import datetime

ASN = "snippet:partnerships.MunicipalBody:arbetsmarknads-och-socialnamnden"
KFN = "snippet:partnerships.MunicipalBody:kultur-och-fritidsnamnden"
VON = "snippet:partnerships.MunicipalBody:vard-och-omsorgsnamnden"
ASF = "snippet:partnerships.MunicipalBody:arbetsmarknads-och-socialforvaltningen"
AREAS = "page:/prioriterade-omraden/"
INCLUSION = AREAS + "inkludering/"
HEALTH = AREAS + "halsosamma-levnadsvanor/"
SUSTAINABLE = AREAS + "hallbar-utveckling/"
SAFETY = AREAS + "demokrati-delaktighet-trygghet/"
START_2021 = datetime.date(2021, 1, 1)
END_2023 = datetime.date(2023, 12, 31)


def org(slug: str) -> str:
    return f"snippet:partnerships.Organisation:{slug}"


MUNICIPAL_BODIES = [
    {
        "type": "partnerships.MunicipalBody",
        "slug": "arbetsmarknads-och-socialnamnden",
        "fields": {
            "name": {
                "sv": "Arbetsmarknads- och socialnämnden",
                "en": "Labour Market and Social Services Committee",
            },
            "kind": "board",
        },
    },
    {
        "type": "partnerships.MunicipalBody",
        "slug": "kultur-och-fritidsnamnden",
        "fields": {
            "name": {"sv": "Kultur- och fritidsnämnden", "en": "Culture and Leisure Committee"},
            "kind": "board",
        },
    },
    {
        "type": "partnerships.MunicipalBody",
        "slug": "vard-och-omsorgsnamnden",
        "fields": {
            "name": {"sv": "Vård- och omsorgsnämnden", "en": "Health and Care Committee"},
            "kind": "board",
        },
    },
    {
        "type": "partnerships.MunicipalBody",
        "slug": "arbetsmarknads-och-socialforvaltningen",
        "fields": {
            "name": {
                "sv": "Arbetsmarknads- och socialförvaltningen",
                "en": "Labour Market and Social Services Department",
            },
            "kind": "administration",
        },
    },
]

_ORGANISATIONS = [
    ("kvinnojouren-lund", "Kvinnojouren Lund"),
    ("tjejjouren-i-lund", "Tjejjouren i Lund"),
    ("rsmh-lund", "RSMH (Riksförbundet för Social och Mental Hälsa) i Lund"),
    ("prisma-ik-eos", "Prisma/IK EOS"),
    ("fontanhuset-lund", "Fontänhuset Lund"),
    ("friluftsframjandet", "Friluftsfrämjandet"),
    ("pro", "PRO"),
    ("vanskapens-hus", "Vänskapens hus"),
]
ORGANISATIONS = [
    {
        "type": "partnerships.Organisation",
        "slug": slug,
        "fields": {"name": {"sv": name, "en": name}, "has_joined": True},
    }
    for slug, name in _ORGANISATIONS
]


def agreement(slug, title, summary, scope, bodies, orgs, areas, start=None, end=None):
    return {
        "type": "partnerships.IOPAgreementPage",
        "slug": slug,
        "title": title,
        "fields": {
            "summary": summary,
            "scope": {language: f"<p>{text}</p>" for language, text in scope.items()},
            "start_date": start,
            "end_date": end,
        },
        "relations": {
            "municipal_bodies": bodies,
            "organisations": [org(o) for o in orgs],
            "priority_areas": areas,
        },
    }


AGREEMENTS = [
    agreement(
        {"sv": "vald-i-nara-relationer", "en": "violence-in-close-relationships"},
        {
            "sv": "Stöd mot våld i nära relationer",
            "en": "Support against violence in close relationships",
        },
        {
            "sv": "Sociala aktiviteter och förebyggande stöd mot våld i nära relationer.",
            "en": "Social activities and preventive support against violence in close relationships.",
        },
        {
            "sv": "Kvinnojouren ger stöd och ordnar aktiviteter. Målet är att förebygga våld och hjälpa den som är utsatt.",
            "en": "The women's shelter gives support and runs activities. The aim is to prevent violence and help those affected.",
        },
        [ASN],
        ["kvinnojouren-lund"],
        [HEALTH, SAFETY],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "vald-tjejer-och-transpersoner", "en": "violence-girls-and-trans-people"},
        {
            "sv": "Stöd mot våld för tjejer och transpersoner 11–25 år",
            "en": "Support against violence for girls and trans people aged 11–25",
        },
        {
            "sv": "Sociala aktiviteter och förebyggande stöd mot våld för tjejer och transpersoner mellan 11 och 25 år.",
            "en": "Social activities and preventive support against violence for girls and trans people aged 11 to 25.",
        },
        {
            "sv": "Unga får stöd och en trygg plats att träffas på. Arbetet ska förebygga våld.",
            "en": "Young people get support and a safe place to meet. The work is meant to prevent violence.",
        },
        [ASN],
        ["kvinnojouren-lund"],
        [HEALTH, SAFETY],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "q-hanget", "en": "q-hanget"},
        {
            "sv": "Q-hänget – mötesplats för unga hbtq+-personer",
            "en": "Q-hänget – a meeting place for young LGBTQ+ people",
        },
        {
            "sv": "En trygg mötesplats för unga hbtq+-personer.",
            "en": "A safe meeting place for young LGBTQ+ people.",
        },
        {
            "sv": "Unga hbtq+-personer kan träffas, göra saker tillsammans och få stöd.",
            "en": "Young LGBTQ+ people can meet, do things together and get support.",
        },
        [KFN],
        ["kvinnojouren-lund", "tjejjouren-i-lund"],
        [INCLUSION],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "traffpunkt-psykisk-ohalsa", "en": "meeting-point-mental-ill-health"},
        {
            "sv": "Träffpunkt för personer med psykisk ohälsa",
            "en": "Meeting point for people with mental ill-health",
        },
        {
            "sv": "En träffpunkt där personer med psykisk ohälsa kan träffas och få gemenskap.",
            "en": "A meeting point where people with mental ill-health can meet and find company.",
        },
        {
            "sv": "Träffpunkten är öppen för alla med psykisk ohälsa. Den motverkar ensamhet.",
            "en": "The meeting point is open to everyone with mental ill-health. It works against loneliness.",
        },
        [ASN],
        ["rsmh-lund"],
        [HEALTH, INCLUSION],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "prisma", "en": "prisma"},
        {
            "sv": "Prisma – meningsfull fritid för nyanlända barn och familjer",
            "en": "Prisma – meaningful leisure for newly arrived children and families",
        },
        {
            "sv": "Uppsökande och vägledande verksamhet för en meningsfull fritid för nyanlända barn och barnfamiljer.",
            "en": "Outreach and guidance for meaningful leisure time for newly arrived children and families.",
        },
        {
            "sv": "Prisma söker upp nyanlända barn och familjer. De får hjälp att hitta aktiviteter och föreningar.",
            "en": "Prisma reaches out to newly arrived children and families. They get help to find activities and clubs.",
        },
        [KFN],
        ["prisma-ik-eos"],
        [INCLUSION],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "rehabilitering-psykisk-ohalsa", "en": "rehabilitation-mental-ill-health"},
        {
            "sv": "Stöd till rehabilitering vid psykisk ohälsa",
            "en": "Support for rehabilitation from mental ill-health",
        },
        {
            "sv": "Rehabiliteringsfrämjande stöd för personer med psykisk ohälsa.",
            "en": "Support that helps people with mental ill-health on their way back.",
        },
        {
            "sv": "Fontänhuset hjälper personer med psykisk ohälsa tillbaka till arbete och studier.",
            "en": "Fontänhuset helps people with mental ill-health back to work and studies.",
        },
        [ASN],
        ["fontanhuset-lund"],
        [HEALTH],
        START_2021,
        END_2023,
    ),
    agreement(
        {"sv": "naturum-skrylle", "en": "naturum-skrylle"},
        {"sv": "Naturum Skrylle", "en": "Naturum Skrylle"},
        {
            "sv": "Långsiktigt hållbar utveckling av verksamheten på Naturum Skrylle.",
            "en": "Long-term sustainable development of the activities at Naturum Skrylle.",
        },
        {
            "sv": "Kommunen och Friluftsfrämjandet utvecklar Naturum Skrylle tillsammans. Fler ska kunna vara ute i naturen.",
            "en": "The municipality and Friluftsfrämjandet develop Naturum Skrylle together. More people should be able to enjoy nature.",
        },
        [KFN],
        ["friluftsframjandet"],
        [SUSTAINABLE, HEALTH],
    ),
    agreement(
        {"sv": "traffpunkt-aldre", "en": "meeting-point-older-people"},
        {"sv": "Träffpunkt för äldre", "en": "Meeting point for older people"},
        {"sv": "Träffpunktsverksamhet för äldre.", "en": "Meeting points for older people."},
        {
            "sv": "Äldre kan träffas, fika och göra aktiviteter tillsammans. Det motverkar ensamhet.",
            "en": "Older people can meet, have coffee and do activities together. This works against loneliness.",
        },
        [VON],
        ["pro"],
        [HEALTH, INCLUSION],
    ),
    agreement(
        {"sv": "sjalvstandighet-vid-missbruk", "en": "independence-addiction"},
        {
            "sv": "Självständighet för personer med missbruk och beroende",
            "en": "Independence for people with addiction",
        },
        {
            "sv": "Stärka självständighet och självbestämmande för personer med missbruks- och beroendeproblematik.",
            "en": "Strengthening independence and self-determination for people with addiction problems.",
        },
        {
            "sv": "Vänskapens hus ger stöd och gemenskap. Personerna ska få mer makt över sina egna liv.",
            "en": "Vänskapens hus gives support and company. People are to gain more control over their own lives.",
        },
        [ASF],
        ["vanskapens-hus"],
        [HEALTH, SAFETY],
        START_2021,
        END_2023,
    ),
]

DATASET = {
    "type": "home.ContentPage",
    "slug": {"sv": "om-datan", "en": "about-the-data"},
    "title": {"sv": "Om IOP-registret som öppna data", "en": "About the IOP register as open data"},
    "fields": {
        "intro": {
            "sv": "Du får använda uppgifterna i registret fritt. Här står vad filerna innehåller.",
            "en": "You may use the data in the register freely. Here is what the files contain.",
        },
        "body": [
            {
                "type": "heading",
                "value": {"text": {"sv": "Vem som publicerar", "en": "Publisher"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Lunds kommun publicerar registret. Licensen är CC0: du får använda, ändra och sprida uppgifterna utan att fråga.</p>",
                    "en": "<p>Lund Municipality publishes the register. The licence is CC0: you may use, change and share the data without asking.</p>",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Hur ofta den ändras", "en": "How often it changes"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Filerna ändras så fort ett avtal publiceras eller ändras. De har samma filter som listan.</p>",
                    "en": "<p>The files change as soon as an agreement is published or changed. They use the same filters as the list.</p>",
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Fälten", "en": "The fields"}, "level": "h2"},
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "id: avtalets nummer", "en": "id: the agreement's number"},
                        {"sv": "title: avtalets namn", "en": "title: the agreement's name"},
                        {"sv": "url: avtalets sida", "en": "url: the agreement's page"},
                        {"sv": "summary: kort om avtalet", "en": "summary: the agreement in brief"},
                        {
                            "sv": "municipal_bodies: kommunens parter",
                            "en": "municipal_bodies: the municipality's parties",
                        },
                        {
                            "sv": "organisations: föreningar med organisationsnummer",
                            "en": "organisations: associations with their organisation numbers",
                        },
                        {
                            "sv": "priority_areas: prioriterade områden",
                            "en": "priority_areas: priority areas",
                        },
                        {
                            "sv": "start_date och end_date: när avtalet gäller (ÅÅÅÅ-MM-DD)",
                            "en": "start_date and end_date: when the agreement applies (YYYY-MM-DD)",
                        },
                        {
                            "sv": "status: planned, active eller ended",
                            "en": "status: planned, active or ended",
                        },
                        {
                            "sv": "document_url: det undertecknade avtalet",
                            "en": "document_url: the signed agreement",
                        },
                        {
                            "sv": "last_modified: när sidan senast ändrades",
                            "en": "last_modified: when the page last changed",
                        },
                    ],
                },
            },
        ],
    },
}

IOP_REGISTER = {
    "type": "partnerships.IOPRegisterPage",
    "replaces": "home.ContentPage",
    "slug": {"sv": "iop", "en": "iop"},
    "title": {"sv": "IOP-avtal", "en": "IOP agreements"},
    "search_description": {
        "sv": "Alla IOP-avtal mellan Lunds kommun och föreningar. Filtrera på part, område, status och år, och ladda ner dem som öppna data.",
        "en": "All IOP agreements between Lund Municipality and associations. Filter by party, area, status and year, and download them as open data.",
    },
    "fields": {
        "intro": {
            "sv": "Ett IOP är ett partnerskap mellan kommunen och en förening. Här ser du alla avtal, vem som är med och hur länge de gäller.",
            "en": "An IOP is a partnership between the municipality and an association. Here you see every agreement, who takes part and how long it lasts.",
        },
    },
    "children": [*AGREEMENTS, DATASET],
}
