"""Frivilligkraft: the list of assignments, its categories and (for development) examples."""

import datetime

INCLUSION = "page:/prioriterade-omraden/inkludering/"
HEALTH = "page:/prioriterade-omraden/halsosamma-levnadsvanor/"
DEMOCRACY = "page:/prioriterade-omraden/demokrati-delaktighet-trygghet/"

_CATEGORIES = [
    ("sallskap", "Sällskap", "Company"),
    ("praktisk-hjalp", "Praktisk hjälp", "Practical help"),
    ("evenemang", "Evenemang", "Events"),
    ("sprak-och-laxhjalp", "Språk och läxhjälp", "Language and homework help"),
    ("idrott-och-friluftsliv", "Idrott och friluftsliv", "Sport and outdoor life"),
]
CATEGORIES = [
    {
        "type": "partnerships.AssignmentCategory",
        "slug": slug,
        "fields": {"name": {"sv": swedish, "en": english}},
    }
    for slug, swedish, english in _CATEGORIES
]


def category(slug: str) -> str:
    return f"snippet:partnerships.AssignmentCategory:{slug}"


FRIVILLIGKRAFT = {
    "type": "partnerships.AssignmentIndexPage",
    "replaces": "home.ContentPage",
    "slug": {"sv": "frivilligkraft", "en": "frivilligkraft"},
    "title": {"sv": "Frivilligkraft", "en": "Frivilligkraft"},
    "search_description": {
        "sv": (
            "Vill du hjälpa till som volontär i Lund? Här finns uppdrag från föreningar och "
            "privatpersoner. Du kan också lägga upp ett eget uppdrag."
        ),
        "en": (
            "Would you like to volunteer in Lund? Here are tasks from associations and private "
            "people. You can also post a task of your own."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Frivilligkraft är kommunens volontärförmedling. Här hittar du uppdrag där någon "
                "behöver din hjälp. Hittar du något som passar? Anmäl ditt intresse."
            ),
            "en": (
                "Frivilligkraft is the municipality's volunteer service. Here you find tasks "
                "where someone needs your help. Found something that suits you? Tell us you are "
                "interested."
            ),
        },
        "body": {
            "sv": (
                "<p>Föreningar, företag och privatpersoner lägger upp uppdrag. Frivilligkraft "
                "läser varje uppdrag innan det visas här. Vi visar aldrig adresser eller "
                "telefonnummer: när du anmäler intresse skickar vi det vidare till arrangören, "
                "som svarar dig.</p>"
            ),
            "en": (
                "<p>Associations, businesses and private people post tasks. Frivilligkraft "
                "reads every task before it is shown here. We never show addresses or phone "
                "numbers: when you say you are interested, we pass it on to the organiser, who "
                "answers you.</p>"
            ),
        },
        "posting_intro": {
            "sv": (
                "<p>Behöver du eller din förening hjälp av en volontär? Beskriv uppdraget här. "
                "Frivilligkraft läser det och hör av sig innan det visas på webbplatsen.</p>"
            ),
            "en": (
                "<p>Do you or your association need help from a volunteer? Describe the task "
                "here. Frivilligkraft reads it and gets in touch before it is shown on the "
                "website.</p>"
            ),
        },
        "posting_thanks": {
            "sv": (
                "<p>Tack! Frivilligkraft läser uppdraget, oftast inom två arbetsdagar. Du får en "
                "bekräftelse via e-post nu och ett besked när uppdraget är publicerat.</p>"
            ),
            "en": (
                "<p>Thank you! Frivilligkraft reads the task, usually within two working days. "
                "You get a confirmation by email now and a message when the task is "
                "published.</p>"
            ),
        },
    },
}


def _example(slug, title, tasks, helps, organiser, kind, district, days, areas, **fields):
    today = datetime.date.today()
    return {
        "type": "partnerships.AssignmentPage",
        "slug": slug,
        "title": title,
        "fields": {
            "tasks": tasks,
            "helps": helps,
            "organiser_name": organiser,
            "district": district,
            "first_day": today + datetime.timedelta(days=days),
            "last_day": today + datetime.timedelta(days=days + 14),
            "is_example": True,
            "contact_name": "Exempel Exempelsson",
            "contact_email": "exempel@example.org",
            **fields,
        },
        "relations": {"category": [category(kind)], "priority_areas": areas},
    }


EXAMPLES = [
    _example(
        {"sv": "exempel-handla-mat", "en": "example-grocery-shopping"},
        {
            "sv": "Exempel: Handla mat åt en äldre granne",
            "en": "Example: Grocery shopping for an older neighbour",
        },
        {
            "sv": "Du handlar mat en gång i veckan åt en äldre person som inte kan gå till affären.",
            "en": "You do the grocery shopping once a week for an older person who cannot get to the shop.",
        },
        {"sv": "En äldre person som bor ensam.", "en": "An older person who lives alone."},
        "Gunilla",
        "praktisk-hjalp",
        "norr",
        3,
        [HEALTH],
        schedule="recurring",
        recurring_description={"sv": "Varje torsdag förmiddag", "en": "Every Thursday morning"},
    ),
    _example(
        {"sv": "exempel-fika-pa-traffpunkt", "en": "example-coffee-at-meeting-place"},
        {
            "sv": "Exempel: Servera fika på en träffpunkt",
            "en": "Example: Serve coffee at a meeting place",
        },
        {
            "sv": "Du hjälper till att duka, servera kaffe och prata med besökarna.",
            "en": "You help lay the tables, serve coffee and talk with the visitors.",
        },
        {"sv": "Äldre som vill träffa andra.", "en": "Older people who want to meet others."},
        "PRO",
        "evenemang",
        "centrum",
        10,
        [INCLUSION, HEALTH],
        volunteers_wanted=3,
        recurring_description={"sv": "En lördag kl. 13–16", "en": "One Saturday, 1–4 pm"},
    ),
    _example(
        {"sv": "exempel-laxhjalp", "en": "example-homework-help"},
        {"sv": "Exempel: Läxhjälp på biblioteket", "en": "Example: Homework help at the library"},
        {
            "sv": "Du hjälper barn med läxor i svenska och matte.",
            "en": "You help children with homework in Swedish and maths.",
        },
        {"sv": "Barn i årskurs 4–9.", "en": "Children in school years 4–9."},
        "Prisma/IK EOS",
        "sprak-och-laxhjalp",
        "oster",
        7,
        [INCLUSION],
        schedule="recurring",
        recurring_description={"sv": "Tisdagar kl. 16–18", "en": "Tuesdays, 4–6 pm"},
        minimum_age=18,
        needs_record_extract=True,
    ),
    _example(
        {"sv": "exempel-promenadsallskap", "en": "example-walking-companion"},
        {"sv": "Exempel: Promenadsällskap", "en": "Example: Walking companion"},
        {
            "sv": "Du tar en promenad och pratar med någon som känner sig ensam.",
            "en": "You go for a walk and talk with someone who feels lonely.",
        },
        {"sv": "En person som känner sig ensam.", "en": "A person who feels lonely."},
        "Vänskapens hus",
        "sallskap",
        "dalby",
        5,
        [HEALTH, DEMOCRACY],
        schedule="recurring",
        recurring_description={
            "sv": "En gång i veckan, dag efter överenskommelse",
            "en": "Once a week, on a day you agree on",
        },
        languages={"sv": "Svenska eller arabiska", "en": "Swedish or Arabic"},
    ),
]
