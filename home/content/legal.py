"""The accessibility statement (in the form Digg prescribes) and the privacy notice.

Both are plain pages that editors keep up to date. The accessibility statement must say
honestly how far the site meets the law: "delvis förenlig" as long as the known problems
below remain. Update the dates in it whenever the site is assessed again.
"""

ASSESSED_SV = "24 november 2026"
ASSESSED_EN = "24 November 2026"
CONTACT_EMAIL = "foreningslots@lund.se"
DPO_EMAIL = "dataskyddsombud@lund.se"


def heading(sv: str, en: str) -> dict:
    return {"type": "heading", "value": {"text": {"sv": sv, "en": en}, "level": "h2"}}


def paragraph(sv: str, en: str) -> dict:
    return {"type": "paragraph", "value": {"sv": sv, "en": en}}


def bullets(*items: tuple[str, str]) -> dict:
    return {
        "type": "list",
        "value": {"style": "bullet", "items": [{"sv": sv, "en": en} for sv, en in items]},
    }


def mail_link(address: str) -> str:
    return f'<a href="mailto:{address}">{address}</a>'


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
        "responsible_unit": {
            "sv": "Kommunkontoret, Lunds kommun",
            "en": "Kommunkontoret (the municipal office), Lund Municipality",
        },
        "body": [
            heading("Vad redogörelsen gäller", "What this statement covers"),
            paragraph(
                "<p>Redogörelsen gäller webbplatsen Samverkan Lund. Lunds kommun driver "
                "webbplatsen. Den ska följa lagen om tillgänglighet till digital offentlig "
                "service.</p>",
                "<p>This statement covers the website Samverkan Lund. Lund Municipality runs the "
                "website. It must follow the Swedish law on accessibility of digital public "
                "services.</p>",
            ),
            heading("Hur tillgänglig är webbplatsen?", "How accessible is the website?"),
            paragraph(
                "<p>Webbplatsen är <b>delvis förenlig</b> med lagen om tillgänglighet till "
                "digital offentlig service. Det beror på bristerna som vi beskriver längre ner "
                "på sidan.</p>"
                "<p>Vi har byggt webbplatsen för att uppfylla WCAG 2.1 på nivå AA. WCAG är en "
                "internationell standard för tillgänglighet på webben. Du ska kunna använda "
                "webbplatsen med bara tangentbordet, med skärmläsare och när du förstorar "
                "texten. Sidorna ska fungera både på dator och i mobilen.</p>",
                "<p>The website is <b>partially compliant</b> with the Swedish law on "
                "accessibility of digital public services. This is because of the problems we "
                "describe further down the page.</p>"
                "<p>We have built the website to meet WCAG 2.1 at level AA. WCAG is an "
                "international standard for web accessibility. You should be able to use the "
                "website with the keyboard alone, with a screen reader and when you enlarge the "
                "text. The pages should work both on a computer and on a mobile phone.</p>",
            ),
            heading("Kända brister", "Known problems"),
            paragraph(
                "<p>Det här vet vi inte fungerar för alla:</p>",
                "<p>We know that these things do not work for everyone:</p>",
            ),
            bullets(
                (
                    "Avtalen som PDF-filer. På sidorna om IOP-avtal kan du läsa det undertecknade "
                    "avtalet som en PDF-fil. En del av filerna är inskannade papper. Då kan en "
                    "skärmläsare inte läsa texten, och filen saknar rubriker. Sidan om avtalet "
                    "berättar det viktigaste i vanlig text.",
                    "The agreements as PDF files. On the pages about IOP agreements you can read "
                    "the signed agreement as a PDF file. Some of the files are scanned paper. A "
                    "screen reader cannot read their text, and the file has no headings. The page "
                    "about the agreement gives the most important facts as ordinary text.",
                ),
                (
                    "Vi har inte testat webbplatsen tillsammans med personer som använder "
                    "skärmläsare, förstoring eller röststyrning. Det kan finnas brister som "
                    "automatiska tester inte hittar.",
                    "We have not tested the website together with people who use screen readers, "
                    "magnification or voice control. There may be problems that automated tests "
                    "do not find.",
                ),
            ),
            paragraph(
                "<p>Vi har inte gjort undantag för något innehåll med hänvisning till att det "
                "skulle vara en oskäligt betungande anpassning.</p>",
                "<p>We have not excluded any content on the grounds that making it accessible "
                "would be a disproportionate burden.</p>",
            ),
            heading(
                "Om du behöver innehållet i en annan form",
                "If you need the content in another format",
            ),
            paragraph(
                "<p>Kan du inte läsa ett avtal eller en annan del av webbplatsen? Kontakta "
                f"föreningslotsen på {mail_link(CONTACT_EMAIL)} eller 046-359 50 00 (knappval 5). "
                "Då får du innehållet på ett annat sätt, till exempel som vanlig text.</p>",
                "<p>Can you not read an agreement or another part of the website? Contact the "
                f"association guide at {mail_link(CONTACT_EMAIL)} or +46 46-359 50 00 (option 5). "
                "Then you get the content in another way, for example as plain text.</p>",
            ),
            heading("Rapportera brister", "Report a problem"),
            paragraph(
                "<p>Hittar du något som inte fungerar, som inte står på den här sidan? Skicka "
                f"e-post till {mail_link(CONTACT_EMAIL)}. Skriv vilken sida det gäller och vad "
                "som inte fungerar. Vi svarar så snart vi kan.</p>",
                "<p>Have you found something that does not work and is not listed on this page? "
                f"Send an email to {mail_link(CONTACT_EMAIL)}. Tell us which page it is and what "
                "does not work. We will reply as soon as we can.</p>",
            ),
            {
                "type": "call_to_action",
                "value": {
                    "heading": {
                        "sv": "Kontakta föreningslotsen",
                        "en": "Contact the association guide",
                    },
                    "text": {
                        "sv": "Här finns föreningslotsens e-post, telefon och öppettider.",
                        "en": "Here you find the association guide's email, phone and opening hours.",
                    },
                    "page": "page:/foreningslotsen/",
                    "link_text": {
                        "sv": "Till föreningslotsen",
                        "en": "Go to the association guide",
                    },
                },
            },
            heading("Tillsyn", "Supervision"),
            paragraph(
                "<p>Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Är du inte "
                "nöjd med hur vi har tagit hand om dina synpunkter? Då kan du anmäla det till "
                "Digg.</p>",
                "<p>The Agency for Digital Government (Digg) supervises the law. Are you not "
                "happy with how we have dealt with your comments? Then you can report it to "
                "Digg.</p>",
            ),
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
            heading("Så har vi testat webbplatsen", "How we tested the website"),
            paragraph(
                "<p>Vi har själva bedömt webbplatsen. Vi testar varje typ av sida med det "
                "automatiska verktyget axe. Vi testar på svenska och engelska, på stor skärm och "
                "i mobilens bredd. Vi har också provat att använda sidorna med bara "
                "tangentbordet.</p>"
                f"<p>Den senaste bedömningen gjordes den {ASSESSED_SV}.</p>"
                f"<p>Webbplatsen publicerades 2026. Redogörelsen uppdaterades senast den "
                f"{ASSESSED_SV}.</p>",
                "<p>We have assessed the website ourselves. We test every type of page with the "
                "automated tool axe. We test in Swedish and English, on a large screen and at the "
                "width of a mobile phone. We have also tried using the pages with the keyboard "
                "alone.</p>"
                f"<p>The latest assessment was made on {ASSESSED_EN}.</p>"
                f"<p>The website was published in 2026. This statement was last updated on "
                f"{ASSESSED_EN}.</p>",
            ),
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
        "responsible_unit": {
            "sv": "Kommunkontoret, Lunds kommun",
            "en": "Kommunkontoret (the municipal office), Lund Municipality",
        },
        "body": [
            heading("Vem som ansvarar", "Who is responsible"),
            paragraph(
                "<p>Kommunstyrelsen i Lunds kommun är personuppgiftsansvarig. Det betyder att "
                "kommunstyrelsen ansvarar för att dina uppgifter hanteras på rätt sätt.</p>",
                "<p>The municipal executive board (kommunstyrelsen) of Lund Municipality is the "
                "data controller. This means that the board is responsible for handling your "
                "data in the right way.</p>",
            ),
            heading("Vilka uppgifter vi samlar in", "What data we collect"),
            paragraph(
                "<p>Vi samlar bara in det som du själv skickar till oss i ett formulär på "
                "webbplatsen. Det kan vara:</p>",
                "<p>We only collect what you yourself send us through a form on the website. "
                "This may be:</p>",
            ),
            bullets(
                ("ditt namn", "your name"),
                ("din e-postadress", "your email address"),
                ("ditt telefonnummer", "your phone number"),
                ("namnet på din förening", "the name of your association"),
                ("det du skriver i ditt meddelande", "what you write in your message"),
            ),
            paragraph(
                "<p>Skriv inte känsliga uppgifter i ditt meddelande, till exempel om din "
                "hälsa.</p>"
                "<p>Längst ner på varje sida kan du svara på om sidan hjälpte dig. Där sparar vi "
                "bara ditt svar och din kommentar. Vi sparar inte vem du är. Skriv inga "
                "personuppgifter i kommentaren.</p>",
                "<p>Do not write sensitive information in your message, for example about your "
                "health.</p>"
                "<p>At the bottom of every page you can answer whether the page helped you. There "
                "we only store your answer and your comment. We do not store who you are. Do not "
                "write any personal data in the comment.</p>",
            ),
            heading("Varför vi behöver uppgifterna (ändamål)", "Why we need the data (purpose)"),
            paragraph(
                "<p>Vi använder uppgifterna för att ta hand om det du skickar till oss:</p>",
                "<p>We use the data to deal with what you send us:</p>",
            ),
            bullets(
                ("för att svara på dina frågor", "to answer your questions"),
                (
                    "för att ta hand om din idé om samarbete",
                    "to deal with your idea for collaboration",
                ),
                (
                    "för att förmedla uppdrag och intresse för uppdrag hos Frivilligkraft",
                    "to pass on assignments and interest in assignments at Frivilligkraft",
                ),
                ("för att skicka en bekräftelse till dig", "to send you a confirmation"),
            ),
            heading(
                "Vår rätt att använda uppgifterna (rättslig grund)",
                "Our right to use the data (legal basis)",
            ),
            paragraph(
                "<p>Kommunen får använda uppgifterna för att utföra en uppgift av allmänt "
                "intresse. Att stödja föreningslivet och samarbeta med det är en sådan uppgift. "
                "Ibland behövs uppgifterna också när kommunen utövar myndighet, till exempel när "
                "kommunen beslutar om ett stöd. Kommunen måste också spara allmänna handlingar "
                "enligt arkivlagen.</p>",
                "<p>The municipality may use the data to carry out a task in the public interest. "
                "Supporting associations and working with them is such a task. Sometimes the "
                "data is also needed when the municipality exercises official authority, for "
                "example when it decides on a grant. The municipality must also keep public "
                "records under the Archives Act.</p>",
            ),
            heading("Vem som får ta del av uppgifterna", "Who receives the data"),
            paragraph(
                "<p>Uppgifterna går till de anställda i kommunen som behöver dem i ärendet. Det "
                "kan vara föreningslotsen, Frivilligkraft eller den förvaltning som ditt ärende "
                "gäller. Anmäler du intresse för ett uppdrag får den som lagt upp uppdraget dina "
                "kontaktuppgifter.</p>"
                "<p>Företag som sköter tekniken åt kommunen kan också behöva hantera "
                "uppgifterna. De får bara göra det på kommunens uppdrag. Vi säljer aldrig dina "
                "uppgifter.</p>",
                "<p>The data goes to the municipal staff who need it for the matter. This may be "
                "the association guide, Frivilligkraft or the department your matter concerns. "
                "If you say you are interested in an assignment, the person who posted it gets "
                "your contact details.</p>"
                "<p>Companies that run the technology for the municipality may also need to "
                "handle the data. They may only do so on the municipality's behalf. We never sell "
                "your data.</p>",
            ),
            heading(
                "Det du skickar blir en allmän handling", "What you send becomes a public record"
            ),
            paragraph(
                "<p>Det du skickar till kommunen blir oftast en allmän handling. Enligt "
                "offentlighetsprincipen kan vem som helst då be att få läsa den. Kommunen prövar "
                "alltid om något är sekretess innan en handling lämnas ut.</p>",
                "<p>What you send to the municipality usually becomes a public record (allmän "
                "handling). Under the principle of public access to official records "
                "(offentlighetsprincipen), anyone can then ask to read it. The municipality "
                "always checks whether anything is confidential before it releases a record.</p>",
            ),
            heading("Hur länge vi sparar uppgifterna", "How long we keep the data"),
            bullets(
                (
                    "Idéer om samarbete: så länge ärendet pågår och sedan i 24 månader efter att "
                    "det avslutats. Sedan tar vi bort namn, e-post och telefon.",
                    "Ideas for collaboration: for as long as the matter is open and then for 24 "
                    "months after it has been closed. Then we delete name, email and phone.",
                ),
                (
                    "Intresse för uppdrag hos Frivilligkraft: så länge uppdraget pågår och sedan i "
                    "24 månader efter att det avslutats.",
                    "Interest in assignments at Frivilligkraft: for as long as the assignment is "
                    "open and then for 24 months after it has been closed.",
                ),
                (
                    "Frågor via e-post: så länge kommunens regler för arkiv säger att vi måste "
                    "spara dem.",
                    "Questions by email: for as long as the municipality's archive rules say we "
                    "must keep them.",
                ),
            ),
            paragraph(
                "<p>Att ta bort uppgifter när tiden har gått kallas gallring.</p>",
                "<p>Deleting data when the time is up is called disposal (gallring).</p>",
            ),
            heading("Dina rättigheter", "Your rights"),
            paragraph("<p>Du har rätt att:</p>", "<p>You have the right to:</p>"),
            bullets(
                (
                    "få veta vilka uppgifter vi har om dig (registerutdrag)",
                    "find out what data we have about you (a copy of your data)",
                ),
                ("få fel rättade (rättelse)", "have mistakes corrected (rectification)"),
                (
                    "få uppgifter raderade i vissa fall (radering)",
                    "have data erased in some cases (erasure)",
                ),
                (
                    "begränsa hur vi använder uppgifterna i vissa fall (begränsning)",
                    "limit how we use the data in some cases (restriction)",
                ),
                (
                    "säga nej till att vi använder uppgifterna (invändning)",
                    "object to our use of the data (objection)",
                ),
            ),
            paragraph(
                "<p>En allmän handling får ibland inte raderas förrän en viss tid har gått. Det "
                "står i arkivlagen.</p>"
                "<p>Vill du använda dina rättigheter? Kontakta kommunens dataskyddsombud. Tycker "
                "du att vi hanterar dina uppgifter fel? Då kan du klaga hos "
                "Integritetsskyddsmyndigheten (IMY) på "
                '<a href="https://www.imy.se">www.imy.se</a>.</p>',
                "<p>A public record sometimes may not be erased until a certain time has passed. "
                "This follows from the Archives Act.</p>"
                "<p>Do you want to use your rights? Contact the municipality's data protection "
                "officer. Do you think we handle your data wrongly? Then you can complain to the "
                "Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY) at "
                '<a href="https://www.imy.se">www.imy.se</a>.</p>',
            ),
            heading("Kakor och spårning", "Cookies and tracking"),
            paragraph(
                "<p>Vi sparar inga kakor hos dig när du läser webbplatsen. Vi följer inte vad du "
                "gör och använder inga verktyg för statistik om besökare.</p>"
                "<p>När du skickar ett formulär kan en nödvändig kaka behövas för säkerheten. "
                "Den sparar inget om vem du är. För att stoppa missbruk räknar vi hur många "
                "svar som kommer från samma uppkoppling. Den räkningen sparas i högst en timme "
                "och kopplas inte till det du skrivit.</p>",
                "<p>We do not store any cookies on your device when you read the website. We do "
                "not track what you do and we use no tools for visitor statistics.</p>"
                "<p>When you send a form, a necessary cookie may be needed for security. It "
                "stores nothing about who you are. To stop misuse, we count how many answers come "
                "from the same connection. That count is kept for at most one hour and is not "
                "linked to what you wrote.</p>",
            ),
            heading("Kommunens dataskyddsombud", "The municipality's data protection officer"),
            paragraph(
                "<p>Lunds kommun har ett dataskyddsombud. Dataskyddsombudet ser till att kommunen "
                "följer reglerna om personuppgifter. Har du frågor om hur vi hanterar dina "
                f"personuppgifter? Skicka e-post till {mail_link(DPO_EMAIL)}.</p>",
                "<p>Lund Municipality has a data protection officer (dataskyddsombud). The data "
                "protection officer makes sure that the municipality follows the rules on "
                "personal data. Do you have questions about how we handle your personal data? "
                f"Send an email to {mail_link(DPO_EMAIL)}.</p>",
            ),
        ],
    },
}
