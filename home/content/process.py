"""The five steps of a collaboration, and how an association gets started."""

PROCESS = {
    "type": "principles.ProcessPage",
    "slug": {"sv": "samverkansprocessen", "en": "collaboration-process"},
    "title": {"sv": "Samarbete i fem steg", "en": "Collaboration in five steps"},
    "search_description": {
        "sv": (
            "Så går ett samarbete mellan Lunds kommun och en förening till, från idé till "
            "uppföljning. Läs om de fem stegen och hur du kommer igång."
        ),
        "en": (
            "How a collaboration between Lund Municipality and an association works, from idea to "
            "follow-up. Read about the five steps and how to get started."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Ett samarbete mellan kommunen och en förening går igenom fem steg. Efter det "
                "sista steget börjar vi om, med nya erfarenheter."
            ),
            "en": (
                "A collaboration between the municipality and an association goes through five "
                "steps. After the last step we start again, with new experience."
            ),
        },
        "steps": [
            {
                "type": "step",
                "value": {
                    "title": {"sv": "Samverkansinitiativ", "en": "Collaboration initiative"},
                    "short_title": {"sv": "Initiativ", "en": "Initiative"},
                    "summary": {
                        "sv": (
                            "Kommunen och en förening ser ett gemensamt behov. De bestämmer sig för "
                            "att samarbeta inom ett av de fyra områdena."
                        ),
                        "en": (
                            "The municipality and an association see a shared need. They decide to "
                            "work together within one of the four areas."
                        ),
                    },
                    "body": {
                        "sv": (
                            "<p>Ett samarbete kan starta när som helst. Det som krävs är att båda "
                            "parter ser ett behov. Behovet ska höra till något av planens fyra "
                            "prioriterade områden.</p>"
                            "<p>Ibland behövs fler parter. Då hjälper vi till att hitta andra som "
                            "vill vara med.</p>"
                        ),
                        "en": (
                            "<p>A collaboration can start at any time. What it takes is that both "
                            "sides see a need. The need must belong to one of the plan's four "
                            "priority areas.</p>"
                            "<p>Sometimes more partners are needed. Then we help to find others who "
                            "want to take part.</p>"
                        ),
                    },
                },
            },
            {
                "type": "step",
                "value": {
                    "title": {"sv": "Genomförande", "en": "Carrying it out"},
                    "short_title": {"sv": "Genomförande", "en": "Action"},
                    "summary": {
                        "sv": (
                            "När båda parter är överens sätter ni igång. Ni väljer en form: IOP, "
                            "projekt eller något annat."
                        ),
                        "en": (
                            "When both sides agree, you get started. You choose a form: IOP, a "
                            "project or something else."
                        ),
                    },
                    "body": {
                        "sv": (
                            "<p>Ni väljer den form som passar bäst. Det kan vara ett idéburet "
                            "offentligt partnerskap (IOP), ett gemensamt projekt eller en annan "
                            "lösning.</p>"
                            "<p>Ett samarbete kan vara kort eller pågå länge. Det kan ha två eller "
                            "fler parter. Det viktiga är att det finns ett verkligt behov.</p>"
                        ),
                        "en": (
                            "<p>You choose the form that suits you best. It may be a public–non-"
                            "profit partnership (IOP), a shared project or another solution.</p>"
                            "<p>A collaboration can be short or go on for a long time. It can have "
                            "two or more partners. What matters is that there is a real need.</p>"
                        ),
                    },
                },
            },
            {
                "type": "step",
                "value": {
                    "title": {"sv": "Resultat och spridning", "en": "Results and sharing"},
                    "short_title": {"sv": "Resultat", "en": "Results"},
                    "summary": {
                        "sv": (
                            "Ni sammanfattar vad samarbetet ledde till. Resultatet delas med andra "
                            "så att fler kan lära sig."
                        ),
                        "en": (
                            "You sum up what the collaboration led to. The results are shared with "
                            "others so that more people can learn."
                        ),
                    },
                    "body": {
                        "sv": (
                            "<p>Resultatet skrivs ihop och delas med alla som är med i "
                            "överenskommelsen. Det ska också lämnas till Samverkansgruppen.</p>"
                            "<p>Konferensen vartannat år är ett bra tillfälle att berätta om "
                            "resultatet.</p>"
                        ),
                        "en": (
                            "<p>The results are written up and shared with everyone who is part of "
                            "the Agreement. They must also be reported to the Collaboration "
                            "Group.</p>"
                            "<p>The conference every second year is a good chance to talk about the "
                            "results.</p>"
                        ),
                    },
                },
            },
            {
                "type": "step",
                "value": {
                    "title": {"sv": "Utvärdering", "en": "Evaluation"},
                    "short_title": {"sv": "Utvärdering", "en": "Evaluation"},
                    "summary": {
                        "sv": (
                            "När samarbetet är slut utvärderar ni det. Vad gick bra och vad kan bli "
                            "bättre?"
                        ),
                        "en": (
                            "When the collaboration has ended, you evaluate it. What went well and "
                            "what could be better?"
                        ),
                    },
                    "body": {
                        "sv": (
                            "<p>Varje samarbete ska utvärderas när det är avslutat. Det vi lär oss "
                            "tar vi med till nästa samarbete.</p>"
                        ),
                        "en": (
                            "<p>Every collaboration must be evaluated when it has ended. What we "
                            "learn, we take with us to the next collaboration.</p>"
                        ),
                    },
                },
            },
            {
                "type": "step",
                "value": {
                    "title": {"sv": "Uppföljning och revidering", "en": "Follow-up and review"},
                    "short_title": {"sv": "Uppföljning", "en": "Follow-up"},
                    "summary": {
                        "sv": (
                            "Planen följs upp varje år och ses över vart fjärde år. "
                            "Överenskommelsen följs upp och ses över vart fjärde år."
                        ),
                        "en": (
                            "The plan is followed up every year and reviewed every four years. The "
                            "Agreement is followed up and reviewed every four years."
                        ),
                    },
                    "body": {
                        "sv": (
                            "<p>Erfarenheterna från alla samarbeten används när planen och "
                            "överenskommelsen ses över. Sedan börjar det om från början, med nya "
                            "idéer.</p>"
                        ),
                        "en": (
                            "<p>The experience from all collaborations is used when the plan and the "
                            "Agreement are reviewed. Then it starts again from the beginning, with "
                            "new ideas.</p>"
                        ),
                    },
                },
            },
        ],
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så kommer du igång", "en": "How to get started"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Har din förening en idé? Kontakta föreningslotsen. Lotsen hjälper dig "
                        "att komma i kontakt med rätt förvaltning. Lotsen kan också hjälpa dig att "
                        "hitta andra som vill vara med.</p>"
                    ),
                    "en": (
                        "<p>Does your association have an idea? Contact the association guide. The "
                        "guide helps you get in touch with the right administration. The guide can "
                        "also help you find others who want to take part.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Det här krävs", "en": "What is required"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>För att samarbeta med kommunen ska din förening:</p>",
                    "en": "<p>To work with the municipality, your association must:</p>",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "ha anslutit sig till överenskommelsen",
                            "en": "have joined the Agreement",
                        },
                        {
                            "sv": "stå för en demokratisk värdegrund och alla människors lika värde",
                            "en": "stand for democratic values and the equal worth of all people",
                        },
                        {
                            "sv": "göra nytta för både samhället och sina medlemmar",
                            "en": "benefit both society and its members",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vi lär oss tillsammans", "en": "We learn together"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Varje samarbete ger ny kunskap. Vi ordnar utbildningar, bland annat på "
                        "konferensen vartannat år. Föreningar ska om möjligt få gå på kommunens "
                        "utbildningar. Samverkansgruppen ser till att vi vet vilka utbildningar "
                        "som behövs.</p>"
                    ),
                    "en": (
                        "<p>Every collaboration brings new knowledge. We hold training, for example "
                        "at the conference every second year. Where possible, associations may "
                        "attend the municipality's training. The Collaboration Group makes sure we "
                        "know which training is needed.</p>"
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {"sv": "Har du en idé?", "en": "Do you have an idea?"},
                    "text": {
                        "sv": "Föreningslotsen hjälper dig att komma igång.",
                        "en": "The association guide helps you get started.",
                    },
                    "page": "page:/foreningslotsen/",
                    "link_text": {
                        "sv": "Kontakta föreningslotsen",
                        "en": "Contact the association guide",
                    },
                },
            },
        ],
    },
}
