"""Pages that stand in for the IOP register, Frivilligkraft and the föreningslots' form.

They are plain text pages until the real page types replace them at the same addresses.
"""

IOP_PLACEHOLDER = {
    "type": "home.ContentPage",
    "slug": {"sv": "iop", "en": "iop"},
    "title": {"sv": "IOP-avtal", "en": "IOP agreements"},
    "search_description": {
        "sv": (
            "Vad ett idéburet offentligt partnerskap (IOP) är, och vilka IOP-avtal Lunds kommun "
            "har med föreningar. Ett sökbart register kommer snart."
        ),
        "en": (
            "What a public–non-profit partnership (IOP) is, and which IOP agreements Lund "
            "Municipality has with associations. A searchable register is coming."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Snart kan du söka bland kommunens IOP-avtal här. Till dess finns en lista över "
                "avtalen längre ner på sidan."
            ),
            "en": (
                "Soon you will be able to search the municipality's IOP agreements here. Until "
                "then, there is a list of the agreements further down the page."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad är ett IOP?", "en": "What is an IOP?"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>IOP betyder idéburet offentligt partnerskap. Det är ett avtal mellan "
                        "kommunen och en eller flera föreningar. Tillsammans tar de sig an ett "
                        "avgränsat problem i samhället. De har kommit överens om vad problemet "
                        "är.</p>"
                        "<p>Avtalet gäller oftast en verksamhet som föreningen driver. Kommunen vill "
                        "vara med och stötta den. I avtalet står vad partnerskapet gäller och vad "
                        "var och en bidrar med. Där står också hur länge avtalet gäller.</p>"
                    ),
                    "en": (
                        "<p>IOP stands for idéburet offentligt partnerskap, a public–non-profit "
                        "partnership. It is an agreement between the municipality and one or more "
                        "associations. Together they take on a clearly defined problem in society. "
                        "They have agreed on what the problem is.</p>"
                        "<p>The agreement usually covers an activity that the association runs. The "
                        "municipality wants to take part and support it. The agreement says what "
                        "the partnership covers and what each side contributes. It also says how "
                        "long the agreement lasts.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Exempel på IOP-avtal", "en": "Examples of IOP agreements"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Här är exempel på avtal mellan kommunen och föreningar. Du ser vad "
                        "avtalet gäller, vilka år det gäller och vilka parterna är.</p>"
                    ),
                    "en": (
                        "<p>Here are examples of agreements between the municipality and "
                        "associations. You can see what each agreement covers, which years it runs "
                        "and who the partners are.</p>"
                    ),
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": (
                                "Sociala aktiviteter och förebyggande stöd mot våld i nära "
                                "relationer, 2021–2023. Parter: Arbetsmarknads- och socialnämnden "
                                "och Kvinnojouren Lund."
                            ),
                            "en": (
                                "Social activities and preventive support against violence in close "
                                "relationships, 2021–2023. Partners: the Labour Market and Social "
                                "Services Committee and Kvinnojouren Lund."
                            ),
                        },
                        {
                            "sv": (
                                "Sociala aktiviteter och förebyggande stöd mot våld för tjejer och "
                                "transpersoner 11–25 år, 2021–2023. Parter: Arbetsmarknads- och "
                                "socialnämnden och Kvinnojouren Lund."
                            ),
                            "en": (
                                "Social activities and preventive support against violence for girls "
                                "and trans people aged 11–25, 2021–2023. Partners: the Labour Market "
                                "and Social Services Committee and Kvinnojouren Lund."
                            ),
                        },
                        {
                            "sv": (
                                "Q-hänget – mötesplats för unga hbtq+-personer, 2021–2023. Parter: "
                                "Kultur- och fritidsnämnden, Kvinnojouren Lund och Tjejjouren i Lund."
                            ),
                            "en": (
                                "Q-hänget – a meeting place for young LGBTQ+ people, 2021–2023. "
                                "Partners: the Culture and Leisure Committee, Kvinnojouren Lund and "
                                "Tjejjouren i Lund."
                            ),
                        },
                        {
                            "sv": (
                                "Träffpunktsverksamhet för personer med psykisk ohälsa, 2021–2023. Parter: "
                                "Arbetsmarknads- och socialnämnden och Riksförbundet för Social och "
                                "Mental Hälsa (RSMH) i Lund."
                            ),
                            "en": (
                                "Meeting place activities for people with mental ill-health, "
                                "2021–2023. Partners: the Labour Market and Social Services "
                                "Committee and Riksförbundet för Social och Mental Hälsa (RSMH) i "
                                "Lund."
                            ),
                        },
                        {
                            "sv": (
                                "Prisma – uppsökande och vägledande verksamhet för en meningsfull "
                                "fritid för nyanlända barn och barnfamiljer, 2021–2023. Parter: "
                                "Kultur- och fritidsnämnden och Prisma/IK EOS."
                            ),
                            "en": (
                                "Prisma – outreach and guidance for a meaningful leisure time for "
                                "newly arrived children and families, 2021–2023. Partners: the "
                                "Culture and Leisure Committee and Prisma/IK EOS."
                            ),
                        },
                        {
                            "sv": (
                                "Rehabiliteringsfrämjande stöd för personer med psykisk ohälsa, "
                                "2021–2023. Parter: Arbetsmarknads- och socialnämnden och "
                                "Fontänhuset Lund."
                            ),
                            "en": (
                                "Support that promotes rehabilitation for people with mental ill-health, "
                                "2021–2023. Partners: the Labour Market and Social Services "
                                "Committee and Fontänhuset Lund."
                            ),
                        },
                        {
                            "sv": (
                                "Naturum Skrylle – långsiktigt hållbar utveckling av verksamheten. "
                                "Parter: Kultur- och fritidsnämnden och Friluftsfrämjandet."
                            ),
                            "en": (
                                "Naturum Skrylle – developing the visitor centre in a sustainable "
                                "way over the long term. Partners: the Culture and Leisure Committee "
                                "and Friluftsfrämjandet."
                            ),
                        },
                        {
                            "sv": (
                                "Träffpunktsverksamhet för äldre. Parter: Vård- och omsorgsnämnden och PRO."
                            ),
                            "en": (
                                "Meeting place activities for older people. Partners: the Health and Care "
                                "Committee and PRO."
                            ),
                        },
                        {
                            "sv": (
                                "Stärka självständighet och självbestämmande för personer med "
                                "missbruks- och beroendeproblematik, 2021–2023. Parter: "
                                "Arbetsmarknads- och socialförvaltningen och Vänskapens hus."
                            ),
                            "en": (
                                "Strengthening independence and self-determination for people with "
                                "substance abuse and addiction problems, 2021–2023. Partners: the "
                                "Labour Market and Social Services Administration and Vänskapens "
                                "hus."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Registret kommer snart", "en": "The register is coming soon"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi bygger ett register över kommunens IOP-avtal. Där kan du söka på "
                        "nämnd, förening, område och år. Du kan också läsa varje avtal.</p>"
                    ),
                    "en": (
                        "<p>We are building a register of the municipality's IOP agreements. There "
                        "you can search by committee, association, area and year. You can also read "
                        "each agreement.</p>"
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {
                        "sv": "Vill din förening starta ett IOP?",
                        "en": "Does your association want to start an IOP?",
                    },
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
