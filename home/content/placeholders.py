"""Pages that stand in for Frivilligkraft and the föreningslots' form.

They are plain text pages until the real page types replace them at the same addresses.
"""

FRIVILLIGKRAFT_PLACEHOLDER = {
    "type": "home.ContentPage",
    "slug": {"sv": "frivilligkraft", "en": "frivilligkraft"},
    "title": {"sv": "Frivilligkraft", "en": "Frivilligkraft"},
    "search_description": {
        "sv": (
            "Frivilligkraft i Lunds kommun förmedlar uppdrag till volontärer. Snart kan du se och "
            "lägga upp uppdrag här på webbplatsen."
        ),
        "en": (
            "Frivilligkraft in Lund Municipality passes on tasks to volunteers. Soon you will be "
            "able to see and post tasks here on this website."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Frivilligkraft förmedlar uppdrag till volontärer i Lund. Snart kan du se och "
                "lägga upp uppdrag här."
            ),
            "en": (
                "Frivilligkraft passes on tasks to volunteers in Lund. Soon you will be able to see "
                "and post tasks here."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad är Frivilligkraft?", "en": "What is Frivilligkraft?"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Frivilligkraft är en del av Lunds kommun. Den förmedlar uppdrag till "
                        "volontärer. Det kan vara att hjälpa någon att handla mat. Det kan vara att "
                        "servera fika på ett evenemang. Det kan också vara att stötta någon som är "
                        "ensam.</p>"
                        "<p>Verksamheter, föreningar och privatpersoner kan lägga upp uppdrag. En "
                        "förening kan till exempel få hjälp med en aktivitet som den ordnar.</p>"
                    ),
                    "en": (
                        "<p>Frivilligkraft is part of Lund Municipality. It passes on tasks to "
                        "volunteers. It may be helping someone to buy food. It may be serving "
                        "coffee at an event. It may also be supporting someone who is lonely.</p>"
                        "<p>Organisations, associations and private persons can post tasks. An "
                        "association can, for example, get help with an activity it holds.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Bli volontär", "en": "Become a volunteer"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Som volontär gör du något för andra på din fritid. Du väljer ett "
                        "uppdrag som passar dig.</p>"
                    ),
                    "en": (
                        "<p>As a volunteer, you do something for others in your free time. You "
                        "choose a task that suits you.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Snart på den här webbplatsen",
                        "en": "Coming soon to this website",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Snart kan du se alla lediga uppdrag här. Du kan söka bland dem och "
                        "anmäla intresse. Du kan också lägga upp ett eget uppdrag. Frivilligkraft "
                        "läser varje uppdrag innan det visas på webbplatsen.</p>"
                    ),
                    "en": (
                        "<p>Soon you will be able to see all open tasks here. You can search them "
                        "and say that you are interested. You can also post a task of your own. "
                        "Frivilligkraft reads every task before it is shown on the website.</p>"
                    ),
                },
            },
        ],
    },
}

FORENINGSLOTSEN_PLACEHOLDER = {
    "type": "home.ContentPage",
    "slug": {"sv": "foreningslotsen", "en": "association-guide"},
    "title": {"sv": "Föreningslotsen", "en": "The association guide"},
    "search_description": {
        "sv": (
            "Föreningslotsen hjälper föreningar som vill samarbeta med Lunds kommun. Här hittar "
            "du e-post, telefon, adress och öppettider."
        ),
        "en": (
            "The association guide helps associations that want to work with Lund Municipality. "
            "Find the email, phone number, address and opening hours here."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Föreningslotsen hjälper föreningar som vill samarbeta med Lunds kommun. Hör av "
                "dig om du har en idé eller en fråga."
            ),
            "en": (
                "The association guide (föreningslotsen) helps associations that want to work with "
                "Lund Municipality. Get in touch if you have an idea or a question."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Det här gör föreningslotsen",
                        "en": "What the association guide does",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Svarar på frågor om hur din förening kan samarbeta med kommunen.",
                            "en": "Answers questions about how your association can work with the municipality.",
                        },
                        {
                            "sv": "Hjälper dig att hitta rätt person på rätt förvaltning.",
                            "en": "Helps you find the right person in the right administration.",
                        },
                        {
                            "sv": "Tar emot idéer om samarbete och för dem vidare.",
                            "en": "Receives ideas for collaboration and passes them on.",
                        },
                        {
                            "sv": (
                                "Berättar vad som krävs av föreningen, till exempel att den har "
                                "anslutit sig till överenskommelsen."
                            ),
                            "en": (
                                "Explains what is required of the association, for example that it "
                                "has joined the Agreement."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Så når du föreningslotsen",
                        "en": "How to reach the association guide",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "E-post: foreningslots@lund.se",
                            "en": "Email: foreningslots@lund.se",
                        },
                        {
                            "sv": "Telefon: 046-359 50 00, välj knappval 5",
                            "en": "Phone: 046-359 50 00, then press 5",
                        },
                        {
                            "sv": "Besök: Kristallen, medborgarcenter, Brotorget 1, Lund",
                            "en": "Visit: Kristallen, citizen service centre (medborgarcenter), Brotorget 1, Lund",
                        },
                        {
                            "sv": "Öppettider: måndag–torsdag klockan 8–17, fredag klockan 8–16",
                            "en": "Opening hours: Monday–Thursday 8 am–5 pm, Friday 8 am–4 pm",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Skicka en idé", "en": "Send an idea"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Snart kan du skicka din idé om samarbete genom ett formulär här på "
                        "sidan. Du får då ett ärendenummer och en bekräftelse via e-post. Till dess "
                        "kan du mejla eller ringa föreningslotsen.</p>"
                    ),
                    "en": (
                        "<p>Soon you will be able to send your idea for collaboration through a "
                        "form here on this page. You will then get a reference number and a "
                        "confirmation by email. Until then, you can email or phone the association "
                        "guide.</p>"
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {
                        "sv": "Hur går ett samarbete till?",
                        "en": "How does a collaboration work?",
                    },
                    "text": {
                        "sv": "Läs om de fem stegen, från idé till uppföljning.",
                        "en": "Read about the five steps, from idea to follow-up.",
                    },
                    "page": "page:/samverkansprocessen/",
                    "link_text": {"sv": "Läs om de fem stegen", "en": "Read about the five steps"},
                },
            },
        ],
    },
}
