"""The home page: what the agreement is, the four areas, and the main ways in."""

HOME = {
    "type": "home.HomePage",
    "slug": {"sv": "start", "en": "home"},
    "title": {"sv": "Samverkan Lund", "en": "Samverkan Lund"},
    "search_description": {
        "sv": (
            "Så samarbetar Lunds kommun och föreningarna i Lund. Läs om överenskommelsen, "
            "de fyra områdena, IOP-avtal, Frivilligkraft och föreningslotsen."
        ),
        "en": (
            "How Lund Municipality and the associations in Lund work together. Read about the "
            "Agreement, the four areas, IOP, Frivilligkraft and the association guide."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Överenskommelsen är ett löfte om hur Lunds kommun och föreningarna i Lund "
                "ska samarbeta. Målet är att vi lär känna varandra och tillsammans gör Lund "
                "bättre för alla."
            ),
            "en": (
                "The Agreement is a promise about how Lund Municipality and the associations in "
                "Lund will work together. The aim is to get to know each other and make Lund "
                "better for everyone, together."
            ),
        },
        "areas_heading": {
            "sv": "Fyra områden vi samarbetar om",
            "en": "Four areas we work on together",
        },
        "areas_intro": {
            "sv": "I samverkansplanen har kommunen och föreningarna valt ut fyra områden att arbeta med.",
            "en": "In the collaboration plan, the municipality and the associations have chosen four areas to work on.",
        },
        "entry_points": [
            {
                "type": "entry_point",
                "value": {
                    "title": {"sv": "IOP-avtal", "en": "IOP agreements"},
                    "text": {
                        "sv": (
                            "Se vilka partnerskap kommunen har med föreningar. Du ser vem som "
                            "är med, vad det gäller och hur länge."
                        ),
                        "en": (
                            "See which partnerships the municipality has with associations. You "
                            "can see who takes part, what it is about and for how long."
                        ),
                    },
                    "page": "page:/iop/",
                    "link_text": {"sv": "Till IOP-avtalen", "en": "Go to the IOP agreements"},
                },
            },
            {
                "type": "entry_point",
                "value": {
                    "title": {"sv": "Bli volontär", "en": "Become a volunteer"},
                    "text": {
                        "sv": (
                            "Frivilligkraft förmedlar uppdrag till volontärer. Hitta ett uppdrag "
                            "eller be om hjälp."
                        ),
                        "en": (
                            "Frivilligkraft passes on tasks to volunteers. Find a task or ask "
                            "for help."
                        ),
                    },
                    "page": "page:/frivilligkraft/",
                    "link_text": {"sv": "Till Frivilligkraft", "en": "Go to Frivilligkraft"},
                },
            },
            {
                "type": "entry_point",
                "value": {
                    "title": {"sv": "Fråga föreningslotsen", "en": "Ask the association guide"},
                    "text": {
                        "sv": (
                            "Föreningslotsen hjälper din förening att hitta rätt i kommunen. "
                            "Hör av dig om du har en idé."
                        ),
                        "en": (
                            "The association guide helps your association find its way in the "
                            "municipality. Get in touch if you have an idea."
                        ),
                    },
                    "page": "page:/foreningslotsen/",
                    "link_text": {
                        "sv": "Kontakta föreningslotsen",
                        "en": "Contact the association guide",
                    },
                },
            },
            {
                "type": "entry_point",
                "value": {
                    "title": {"sv": "Starta ett samarbete", "en": "Start a collaboration"},
                    "text": {
                        "sv": "Så går det till, från idé till färdigt samarbete, i fem steg.",
                        "en": "How it works, from idea to finished collaboration, in five steps.",
                    },
                    "page": "page:/samverkansprocessen/",
                    "link_text": {"sv": "Läs om de fem stegen", "en": "Read about the five steps"},
                },
            },
        ],
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Sex principer för samarbetet",
                        "en": "Six principles for working together",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Kommunen och föreningarna har lovat att följa sex principer:</p>",
                    "en": "<p>The municipality and the associations have promised to follow six principles:</p>",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "Självständighet och oberoende", "en": "Independence and autonomy"},
                        {"sv": "Dialog", "en": "Dialogue"},
                        {"sv": "Kvalitet", "en": "Quality"},
                        {"sv": "Långsiktighet", "en": "A long-term approach"},
                        {"sv": "Öppenhet och insyn", "en": "Openness and transparency"},
                        {"sv": "Mångfald", "en": "Diversity"},
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {
                        "sv": "Vad betyder principerna?",
                        "en": "What do the principles mean?",
                    },
                    "text": {
                        "sv": "Läs vad varje princip betyder i praktiken.",
                        "en": "Read what each principle means in practice.",
                    },
                    "page": "page:/principer/",
                    "link_text": {
                        "sv": "Läs om de sex principerna",
                        "en": "Read about the six principles",
                    },
                },
            },
        ],
    },
}
