"""The accessibility statement (in the form Digg prescribes) and the privacy notice."""

ACCESSIBILITY = {
    "type": "home.ContentPage",
    "slug": {"sv": "tillganglighet", "en": "accessibility"},
    "title": {"sv": "Tillgänglighet för Samverkan Lund", "en": "Accessibility of Samverkan Lund"},
    "search_description": {
        "sv": (
            "Tillgänglighetsredogörelse för Samverkan Lund. Läs hur tillgänglig webbplatsen är "
            "och hur du rapporterar brister till Lunds kommun."
        ),
        "en": (
            "Accessibility statement for Samverkan Lund. Read how accessible the website is and "
            "how to report a problem to Lund Municipality."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Lunds kommun står bakom den här webbplatsen. Vi vill att alla ska kunna använda "
                "den. Här berättar vi hur tillgänglig den är och hur du säger till om något inte "
                "fungerar."
            ),
            "en": (
                "Lund Municipality runs this website. We want everyone to be able to use it. Here "
                "we explain how accessible it is and how to tell us if something does not work."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad redogörelsen gäller", "en": "What this statement covers"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Den här redogörelsen gäller webbplatsen Samverkan Lund. Lunds kommun "
                        "driver webbplatsen. Den ska följa lagen om tillgänglighet till digital "
                        "offentlig service.</p>"
                    ),
                    "en": (
                        "<p>This statement covers the website Samverkan Lund. Lund Municipality "
                        "runs the website. It must follow the Swedish law on accessibility of "
                        "digital public services.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Hur tillgänglig är webbplatsen?",
                        "en": "How accessible is the website?",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vårt mål är att webbplatsen ska vara helt förenlig med lagen. Vi har "
                        "byggt den för att uppfylla WCAG 2.1 på nivå AA. WCAG är en internationell "
                        "standard för tillgänglighet på webben. Vi testar webbplatsen "
                        "automatiskt.</p>"
                        "<p>Du ska kunna använda webbplatsen med bara tangentbordet. Du ska också "
                        "kunna använda den med skärmläsare och när du förstorar texten. Sidorna "
                        "ska fungera både på dator och i mobilen.</p>"
                    ),
                    "en": (
                        "<p>Our aim is for the website to be fully compliant with the law. We have "
                        "built it to meet WCAG 2.1 at level AA. WCAG is an international standard "
                        "for web accessibility. We test the website automatically.</p>"
                        "<p>You should be able to use the website with the keyboard alone. You "
                        "should also be able to use it with a screen reader and when you enlarge "
                        "the text. The pages should work both on a computer and on a mobile "
                        "phone.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Kända brister", "en": "Known problems"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi känner inte till några brister i tillgängligheten just nu. Men "
                        "automatiska tester hittar inte alla problem. Säg gärna till om något inte "
                        "fungerar för dig.</p>"
                        "<p>Vi har inte gjort undantag för något innehåll.</p>"
                    ),
                    "en": (
                        "<p>We do not know of any accessibility problems at the moment. But "
                        "automated tests do not find every problem. Please tell us if something "
                        "does not work for you.</p>"
                        "<p>We have not made exceptions for any content.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Rapportera brister", "en": "Report a problem"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Hittar du något som inte fungerar? Eller behöver du innehållet i en "
                        "annan form? Skicka e-post till foreningslots@lund.se. Skriv vilken sida "
                        "det gäller och vad som inte fungerar. Vi svarar så snart vi kan.</p>"
                    ),
                    "en": (
                        "<p>Have you found something that does not work? Or do you need the "
                        "content in another format? Send an email to foreningslots@lund.se. Tell "
                        "us which page it is and what does not work. We will reply as soon as we "
                        "can.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Tillsyn", "en": "Supervision"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Är "
                        "du inte nöjd med hur vi har tagit hand om dina synpunkter? Då kan du "
                        "anmäla det till Digg.</p>"
                    ),
                    "en": (
                        "<p>The Agency for Digital Government (Digg) supervises the law. Are you "
                        "not happy with how we have dealt with your comments? Then you can report "
                        "it to Digg.</p>"
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {"sv": "Anmäl till Digg", "en": "Report to Digg"},
                    "text": {
                        "sv": "Digg har ett formulär där du kan anmäla brister i tillgängligheten.",
                        "en": "Digg has a form where you can report accessibility problems.",
                    },
                    "url": "https://www.digg.se/tdosanmalan",
                    "link_text": {
                        "sv": "Gå till Diggs formulär för anmälan",
                        "en": "Go to Digg's complaint form",
                    },
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Så har vi testat webbplatsen",
                        "en": "How we tested the website",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi har själva bedömt webbplatsen. Vi testar alla typer av sidor med "
                        "automatiska tester. Testerna kontrollerar till exempel rubriker, kontrast, "
                        "länkar och formulär. Den senaste bedömningen gjordes i november 2026.</p>"
                        "<p>Redogörelsen uppdaterades senast i november 2026.</p>"
                    ),
                    "en": (
                        "<p>We have assessed the website ourselves. We test every type of page with "
                        "automated tests. The tests check things like headings, contrast, links and "
                        "forms. The latest assessment was made in November 2026.</p>"
                        "<p>This statement was last updated in November 2026.</p>"
                    ),
                },
            },
        ],
    },
}

PRIVACY = {
    "type": "home.ContentPage",
    "slug": {"sv": "personuppgifter", "en": "privacy"},
    "title": {"sv": "Så hanterar vi personuppgifter", "en": "How we handle personal data"},
    "search_description": {
        "sv": (
            "Så hanterar Lunds kommun personuppgifter på Samverkan Lund: vad vi samlar in, "
            "varför, hur länge vi sparar det och vilka rättigheter du har."
        ),
        "en": (
            "How Lund Municipality handles personal data on Samverkan Lund: what we collect, why, "
            "how long we keep it and what rights you have."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Här kan du läsa hur Lunds kommun hanterar dina personuppgifter på den här "
                "webbplatsen. Du kan också läsa om dina rättigheter."
            ),
            "en": (
                "Here you can read how Lund Municipality handles your personal data on this "
                "website. You can also read about your rights."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vem som ansvarar", "en": "Who is responsible"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Kommunstyrelsen i Lunds kommun är personuppgiftsansvarig. Det betyder "
                        "att kommunstyrelsen ansvarar för att dina uppgifter hanteras på rätt "
                        "sätt.</p>"
                    ),
                    "en": (
                        "<p>The municipal executive board (kommunstyrelsen) of Lund Municipality is "
                        "the data controller. This means that the board is responsible for handling "
                        "your data in the right way.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vilka uppgifter vi samlar in", "en": "What data we collect"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi samlar bara in det som du själv skickar till oss i ett formulär på "
                        "webbplatsen. Det kan vara:</p>"
                    ),
                    "en": (
                        "<p>We only collect what you yourself send us through a form on the "
                        "website. This may be:</p>"
                    ),
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "ditt namn", "en": "your name"},
                        {"sv": "din e-postadress", "en": "your email address"},
                        {"sv": "ditt telefonnummer", "en": "your phone number"},
                        {
                            "sv": "det du skriver i ditt meddelande",
                            "en": "what you write in your message",
                        },
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Skriv inte känsliga uppgifter i ditt meddelande, till exempel om din "
                        "hälsa.</p>"
                    ),
                    "en": (
                        "<p>Do not write sensitive information in your message, for example about "
                        "your health.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Varför vi behöver uppgifterna (ändamål)",
                        "en": "Why we need the data (purpose)",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Vi använder uppgifterna för att ta hand om det du skickar till oss:</p>",
                    "en": "<p>We use the data to deal with what you send us:</p>",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "för att svara på dina frågor", "en": "to answer your questions"},
                        {
                            "sv": "för att ta hand om din idé om samarbete",
                            "en": "to deal with your idea for collaboration",
                        },
                        {
                            "sv": "för att förmedla uppdrag och intresse för uppdrag hos Frivilligkraft",
                            "en": "to pass on tasks and interest in tasks at Frivilligkraft",
                        },
                        {
                            "sv": "för att skicka en bekräftelse till dig",
                            "en": "to send you a confirmation",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Vår rätt att använda uppgifterna (rättslig grund)",
                        "en": "Our right to use the data (legal basis)",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi får använda uppgifterna för att utföra en uppgift av allmänt "
                        "intresse. Ibland behövs de också när kommunen utövar myndighet. När vi ber "
                        "om ditt samtycke är det samtycket som ger oss rätt. Du kan när som helst "
                        "ta tillbaka ett samtycke.</p>"
                    ),
                    "en": (
                        "<p>We may use the data to carry out a task in the public interest. "
                        "Sometimes it is also needed when the municipality exercises official "
                        "authority. When we ask for your consent, it is that consent that gives us "
                        "the right. You can withdraw your consent at any time.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Vem som får ta del av uppgifterna",
                        "en": "Who receives the data",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Uppgifterna går till de anställda i kommunen som behöver dem i ärendet. "
                        "Det kan vara föreningslotsen eller Frivilligkraft. Anmäler du intresse för "
                        "ett uppdrag får den som lagt upp uppdraget dina kontaktuppgifter.</p>"
                        "<p>Företag som sköter tekniken åt kommunen kan också behöva hantera "
                        "uppgifterna. De får bara göra det på kommunens uppdrag. Vi säljer aldrig "
                        "dina uppgifter.</p>"
                    ),
                    "en": (
                        "<p>The data goes to the municipal staff who need it for the matter. This "
                        "may be the association guide or Frivilligkraft. If you say you are "
                        "interested in a task, the person who posted the task gets your contact "
                        "details.</p>"
                        "<p>Companies that run the technology for the municipality may also need to "
                        "handle the data. They may only do so on the municipality's behalf. We never "
                        "sell your data.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Allmänna handlingar", "en": "Public records"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Det du skickar till kommunen blir oftast en allmän handling. Enligt "
                        "offentlighetsprincipen kan vem som helst då be att få läsa den. Kommunen "
                        "prövar alltid om något är hemligt innan en handling lämnas ut.</p>"
                    ),
                    "en": (
                        "<p>What you send to the municipality usually becomes a public record. "
                        "Under the principle of public access to official records, anyone can then "
                        "ask to read it. The municipality always checks whether anything is secret "
                        "before it releases a record.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Hur länge vi sparar uppgifterna",
                        "en": "How long we keep the data",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi sparar uppgifterna så länge ärendet pågår. När ärendet är avslutat "
                        "sparar vi dem i 24 månader. Sedan tar vi bort dem. Det kallas "
                        "gallring.</p>"
                    ),
                    "en": (
                        "<p>We keep the data for as long as the matter is open. When the matter is "
                        "closed, we keep the data for 24 months. Then we delete it. This is called "
                        "disposal (gallring).</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": {"sv": "Dina rättigheter", "en": "Your rights"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Du har rätt att:</p>",
                    "en": "<p>You have the right to:</p>",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "få veta vilka uppgifter vi har om dig",
                            "en": "find out what data we have about you",
                        },
                        {"sv": "få fel rättade", "en": "have mistakes corrected"},
                        {
                            "sv": "få uppgifter raderade i vissa fall",
                            "en": "have data erased in some cases",
                        },
                        {
                            "sv": "begränsa hur vi använder uppgifterna i vissa fall",
                            "en": "limit how we use the data in some cases",
                        },
                        {
                            "sv": "klaga hos Integritetsskyddsmyndigheten (IMY)",
                            "en": "complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)",
                        },
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>En allmän handling får ibland inte raderas förrän en viss tid har "
                        "gått.</p>"
                    ),
                    "en": (
                        "<p>A public record sometimes may not be erased until a certain time has "
                        "passed.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Kakor och spårning", "en": "Cookies and tracking"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vi sparar inga kakor hos dig när du läser webbplatsen. Vi följer inte "
                        "vad du gör och använder inga verktyg för statistik om besökare.</p>"
                        "<p>När du skickar ett formulär kan en nödvändig kaka behövas för "
                        "säkerheten. Den sparar inget om vem du är.</p>"
                    ),
                    "en": (
                        "<p>We do not store any cookies on your device when you read the website. We "
                        "do not track what you do and we use no tools for visitor statistics.</p>"
                        "<p>When you send a form, a necessary cookie may be needed for security. It "
                        "stores nothing about who you are.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Frågor om personuppgifter",
                        "en": "Questions about personal data",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Har du frågor om hur vi hanterar dina personuppgifter? Kontakta "
                        "kommunens dataskyddsombud på dataskyddsombud@lund.se.</p>"
                    ),
                    "en": (
                        "<p>Do you have questions about how we handle your personal data? Contact "
                        "the municipality's data protection officer at dataskyddsombud@lund.se.</p>"
                    ),
                },
            },
        ],
    },
}
