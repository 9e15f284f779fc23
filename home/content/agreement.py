"""About the agreement: background, purpose, principles, forms, organisation, follow-up."""

AGREEMENT = {
    "type": "home.ContentPage",
    "slug": {"sv": "overenskommelsen", "en": "the-agreement"},
    "title": {"sv": "Om överenskommelsen", "en": "About the Agreement"},
    "search_description": {
        "sv": (
            "Varför Lunds kommun och idéburen sektor har en överenskommelse, hur den kom till "
            "och hur Samverkansgruppen, nämnderna och konferensen arbetar."
        ),
        "en": (
            "Why Lund Municipality and the non-profit sector have an agreement, how it came "
            "about, and how the Collaboration Group, committees and conference work."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Lunds kommun och idéburen sektor i Lund har en överenskommelse om hur vi ska "
                "samarbeta. Här kan du läsa varför den finns och hur arbetet går till."
            ),
            "en": (
                "Lund Municipality and the non-profit sector in Lund have an agreement on how we "
                "will work together. Here you can read why it exists and how the work is done."
            ),
        },
        "body": [
            # --- Background ---
            {
                "type": "heading",
                "value": {"text": {"sv": "Så började det", "en": "How it started"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Idén till överenskommelsen kom från två paraplyorganisationer i Lund. "
                        "Den ena är Paraplyorganisationen för idrottsföreningar i Lund (PIL). "
                        "Den andra är Lunds ideella föreningars paraplyorganisation med socialt "
                        "arbete (LIPS).</p>"
                        "<p>Kommunen och föreningarna började arbeta fram överenskommelsen våren "
                        "2017. Kommunfullmäktige antog den i januari 2019. Sedan gjorde vi en "
                        "plan för hur den ska bli verklighet. Kommunstyrelsen antog "
                        "samverkansplanen våren 2021.</p>"
                        "<p>Föreningar har varit med och tagit fram planen. De deltog i "
                        "workshoppar och gav idéer om vad vi kan göra tillsammans.</p>"
                    ),
                    "en": (
                        "<p>The idea for the Agreement came from two umbrella organisations in "
                        "Lund. One is Paraplyorganisationen för idrottsföreningar i Lund (PIL), "
                        "the umbrella body for sports clubs. The other is Lunds ideella föreningars "
                        "paraplyorganisation med socialt arbete (LIPS), the umbrella body for "
                        "non-profit associations doing social work.</p>"
                        "<p>The municipality and the associations began to work out the Agreement "
                        "in spring 2017. The municipal council adopted it in January 2019. Then we "
                        "made a plan to put it into practice. The municipal executive board adopted "
                        "the collaboration plan in spring 2021.</p>"
                        "<p>Associations have helped to write the plan. They took part in "
                        "workshops and gave ideas about what we can do together.</p>"
                    ),
                },
            },
            # --- Purpose ---
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Varför vi har en överenskommelse",
                        "en": "Why we have an agreement",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Kommunen och föreningarna gör mycket för människor i Lund. Vi kan göra "
                        "ännu mer om vi arbetar ihop. Därför vill vi lära känna varandras roller "
                        "och villkor. Målet är ett öppet och nyfiket samarbete som håller "
                        "länge.</p>"
                        "<p>Samarbetet är en del av Lunds arbete för hållbarhet. Det arbetet bygger "
                        "på mänskliga rättigheter, Sveriges mål för folkhälsa och FN:s globala mål. "
                        "Lund är en stad för mänskliga rättigheter sedan hösten 2018.</p>"
                    ),
                    "en": (
                        "<p>The municipality and the associations do a lot for people in Lund. We "
                        "can do even more if we work together. That is why we want to learn about "
                        "each other's roles and conditions. The aim is open and curious cooperation "
                        "that lasts.</p>"
                        "<p>The cooperation is part of Lund's work for sustainability. That work "
                        "is based on human rights, Sweden's public health goals and the UN's global "
                        "goals. Lund has been a city for human rights since autumn 2018.</p>"
                    ),
                },
            },
            # --- Principles ---
            {
                "type": "heading",
                "value": {"text": {"sv": "Sex principer", "en": "Six principles"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": "<p>Sex principer styr hur kommunen och föreningarna arbetar ihop:</p>",
                    "en": "<p>Six principles guide how the municipality and the associations work together:</p>",
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
                        "sv": "Principerna i praktiken",
                        "en": "The principles in practice",
                    },
                    "text": {
                        "sv": "Läs vad varje princip betyder för kommunen och föreningarna.",
                        "en": "Read what each principle means for the municipality and the associations.",
                    },
                    "page": "page:/principer/",
                    "link_text": {"sv": "Läs om principerna", "en": "Read about the principles"},
                },
            },
            # --- Forms of collaboration ---
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Olika sätt att samarbeta",
                        "en": "Different ways to work together",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Ett samarbete börjar med ett behov. Det behövs också parter som vill "
                        "samarbeta. Idén kan komma från en förening. Den kan också växa fram när "
                        "kommunen och föreningar pratar om problem i samhället.</p>"
                        "<p>Samarbetet kan se ut på tre sätt:</p>"
                    ),
                    "en": (
                        "<p>A collaboration starts with a need. There must also be partners who "
                        "want to work together. The idea may come from an association. It may also "
                        "grow when the municipality and associations talk about problems in "
                        "society.</p>"
                        "<p>The collaboration can take three forms:</p>"
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
                                "Idéburet offentligt partnerskap (IOP). Kommunen och en förening "
                                "löser ett avgränsat problem tillsammans. De skriver ett avtal om "
                                "vad som ska göras och vem som bidrar med vad. Avtalet säger "
                                "också hur länge det gäller."
                            ),
                            "en": (
                                "Public–non-profit partnership (IOP). The municipality and an "
                                "association solve a clearly defined problem together. They sign an "
                                "agreement on what is to be done and who contributes what. "
                                "The agreement also says how long it lasts."
                            ),
                        },
                        {
                            "sv": (
                                "Projekt. Kommunen och föreningar driver ett projekt tillsammans. "
                                "De har sökt pengar till projektet från någon annan."
                            ),
                            "en": (
                                "Projects. The municipality and associations run a project "
                                "together. They have applied for money for the project from "
                                "someone else."
                            ),
                        },
                        {
                            "sv": (
                                "Andra former. Ni kan till exempel ordna aktiviteter ihop eller dela "
                                "på lokaler och marknadsföring. Det kommer utöver de vanliga "
                                "bidragen till föreningar."
                            ),
                            "en": (
                                "Other forms. For example, you can hold activities together or "
                                "share premises and marketing. This comes on top of the usual "
                                "grants to associations."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Föreningen ska stå för en demokratisk värdegrund och alla människors "
                        "lika värde. Den ska göra nytta för både samhället och sina medlemmar. "
                        "Den ska också ha anslutit sig till överenskommelsen.</p>"
                        "<p>Ibland kan fler vara med, till exempel högskolor, myndigheter eller "
                        "företag. Det beror på vad samarbetet gäller.</p>"
                    ),
                    "en": (
                        "<p>The association must stand for democratic values and the equal worth "
                        "of all people. It must benefit both society and its members. It must also "
                        "have joined the Agreement.</p>"
                        "<p>Sometimes others can take part too, such as universities, public "
                        "agencies or businesses. It depends on what the collaboration is about.</p>"
                    ),
                },
            },
            # --- Committees ---
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Nämndernas ansvar",
                        "en": "What the committees are responsible for",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Alla nämnder i kommunen ska ordna sitt samarbete med föreningar. De "
                        "utgår från planens fyra områden.</p>"
                        "<p>Varje förvaltning ska visa hur en förening kan kontakta den. Den ska "
                        "också ha egna rutiner för hur ett samarbete går till. Varje år berättar "
                        "den vilka samarbeten den har med föreningar.</p>"
                    ),
                    "en": (
                        "<p>Every committee in the municipality must organise its cooperation with "
                        "associations. They start from the plan's four areas.</p>"
                        "<p>Each administration must show how an association can contact it. It "
                        "must also have its own routines for how a collaboration works. Every year "
                        "it reports which collaborations it has with associations.</p>"
                    ),
                },
            },
            # --- Samverkansgruppen ---
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Samverkansgruppen", "en": "The Collaboration Group"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Samverkansgruppen håller ihop arbetet med överenskommelsen. Den "
                        "stöttar nämnderna och ser till att planen blir verklighet. Gruppen har "
                        "åtta medlemmar.</p>"
                        "<p>Fyra kommer från kommunen:</p>"
                    ),
                    "en": (
                        "<p>The Collaboration Group (Samverkansgruppen) coordinates the work on the "
                        "Agreement. It supports the committees and makes sure the plan becomes "
                        "reality. The group has eight members.</p>"
                        "<p>Four come from the municipality:</p>"
                    ),
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "kommunkontoret", "en": "the municipal office (kommunkontoret)"},
                        {
                            "sv": "kultur- och fritidsförvaltningen",
                            "en": "the culture and leisure administration",
                        },
                        {"sv": "socialförvaltningen", "en": "the social services administration"},
                        {
                            "sv": "vård- och omsorgsförvaltningen",
                            "en": "the health and care administration",
                        },
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Fyra kommer från idéburen sektor. En av dem kommer från PIL och en "
                        "från LIPS.</p>"
                    ),
                    "en": (
                        "<p>Four come from the non-profit sector. One of them is from PIL and one "
                        "from LIPS.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Det här gör gruppen", "en": "What the group does"},
                    "level": "h3",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Träffas två gånger om året och går igenom hur arbetet går.",
                            "en": "Meets twice a year to review how the work is going.",
                        },
                        {
                            "sv": "Berättar om överenskommelsen, så att vi förstår varandras roller.",
                            "en": "Tells people about the Agreement, so that we understand each other's roles.",
                        },
                        {
                            "sv": "Hjälper till att starta samarbeten inom de fyra områdena.",
                            "en": "Helps to start collaborations within the four areas.",
                        },
                        {
                            "sv": "Ser vilka utbildningar anställda och föreningar behöver.",
                            "en": "Finds out which training staff and associations need.",
                        },
                        {
                            "sv": "Ordnar en konferens om överenskommelsen vartannat år.",
                            "en": "Holds a conference about the Agreement every second year.",
                        },
                        {
                            "sv": "Följer upp planen varje år och överenskommelsen vart fjärde år.",
                            "en": "Follows up the plan every year and the Agreement every four years.",
                        },
                    ],
                },
            },
            # --- Conference ---
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Konferensen vartannat år",
                        "en": "The conference every second year",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Vartannat år har vi en konferens om överenskommelsen. Alla föreningar "
                        "i Lund bjuds in. Det gäller även föreningar som inte har anslutit sig. "
                        "Ordförande och vice ordförande i alla nämnder bjuds också in.</p>"
                        "<p>På konferensen får du veta mer om:</p>"
                    ),
                    "en": (
                        "<p>Every second year we hold a conference about the Agreement. All "
                        "associations in Lund are invited. This includes associations that have "
                        "not joined. The chairs and vice chairs of all committees are invited "
                        "too.</p>"
                        "<p>At the conference you can learn more about:</p>"
                    ),
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {"sv": "samarbeten som pågår", "en": "ongoing collaborations"},
                        {
                            "sv": "hur kommunen hanterar bidrag",
                            "en": "how the municipality handles grants",
                        },
                        {
                            "sv": "hur du söker bidrag till projekt",
                            "en": "how to apply for project grants",
                        },
                        {"sv": "utbildningar om samarbete", "en": "training on collaboration"},
                    ],
                },
            },
            # --- Learning ---
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vi lär oss hela tiden", "en": "We keep learning"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Att lära sig är en viktig del av överenskommelsen. Vi tänker efter, "
                        "utvärderar och provar nya sätt att arbeta. Vi lär oss om varandras roller "
                        "och om de områden vi samarbetar om. Vi blir också bättre på att hitta "
                        "rätt partner till en idé.</p>"
                        "<p>Vi ordnar utbildningar, bland annat på konferensen. Föreningar ska om "
                        "möjligt få gå på kommunens utbildningar.</p>"
                    ),
                    "en": (
                        "<p>Learning is an important part of the Agreement. We reflect, evaluate "
                        "and try new ways of working. We learn about each other's roles and about "
                        "the areas we work on together. We also get better at finding the right "
                        "partner for an idea.</p>"
                        "<p>We hold training, for example at the conference. Where possible, "
                        "associations may attend the municipality's training.</p>"
                    ),
                },
            },
            # --- Follow-up ---
            {
                "type": "heading",
                "value": {"text": {"sv": "Uppföljning", "en": "Follow-up"}, "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Överenskommelsen följs upp och ses över vart fjärde år. Planen följs "
                        "upp varje år. Den ses över vart fjärde år, eller oftare om det "
                        "behövs.</p>"
                    ),
                    "en": (
                        "<p>The Agreement is followed up and reviewed every four years. The plan "
                        "is followed up every year. It is reviewed every four years, or more often "
                        "if needed.</p>"
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": {
                        "sv": "Vill din förening samarbeta?",
                        "en": "Does your association want to work with us?",
                    },
                    "text": {
                        "sv": "Se hur ett samarbete går till, steg för steg.",
                        "en": "See how a collaboration works, step by step.",
                    },
                    "page": "page:/samverkansprocessen/",
                    "link_text": {
                        "sv": "Så startar du ett samarbete",
                        "en": "How to start a collaboration",
                    },
                },
            },
        ],
    },
}
