"""The four priority areas of the collaboration plan 2021–2024, with all their directions."""

_SOCIAL_PROGRAMME_NAME = {
    "sv": "Program för social hållbarhet i Lunds kommun – Ett Lund för alla 2020–2030",
    "en": "Programme for social sustainability in Lund Municipality – A Lund for everyone 2020–2030",
}

_INKLUDERING = {
    "type": "principles.PriorityAreaPage",
    "slug": {"sv": "inkludering", "en": "inclusion"},
    "title": {"sv": "Inkludering", "en": "Inclusion"},
    "search_description": {
        "sv": (
            "Alla i Lund ska ha samma chans till ett bra liv. Så samarbetar kommunen och "
            "föreningarna om lokaler, volontärer och föreningslivet."
        ),
        "en": (
            "Everyone in Lund should have the same chance of a good life. How the municipality "
            "and associations work on premises, volunteers and clubs."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Alla i Lund ska ha samma chans till bostad, skola, arbete, vård och en "
                "meningsfull fritid. Vi samarbetar för att motverka utanförskap och "
                "diskriminering."
            ),
            "en": (
                "Everyone in Lund should have the same chance of housing, school, work, health care "
                "and meaningful leisure. We work together to prevent exclusion and discrimination."
            ),
        },
        "description": {
            "sv": (
                "<p>Inkludering betyder att alla får samma chans i samhället. Alla ska kunna få "
                "sina grundläggande behov uppfyllda. Det gäller till exempel bostad, skola, "
                "arbete och vård.</p>"
                "<p>Alla ska också kunna ha en meningsfull fritid. Och alla ska kunna delta i "
                "samhället utifrån sina egna förutsättningar.</p>"
                "<p>När kommunen och föreningarna samarbetar kan vi motverka utanförskap och "
                "diskriminering. Vi kan också erbjuda kultur och fritid till fler. Det gäller "
                "människor i alla åldrar och med olika bakgrund.</p>"
            ),
            "en": (
                "<p>Inclusion means that everyone gets the same chance in society. Everyone should "
                "be able to have their basic needs met. This includes, for example, housing, "
                "school, work and health care.</p>"
                "<p>Everyone should also be able to have a meaningful leisure time. And everyone "
                "should be able to take part in society on their own terms.</p>"
                "<p>When the municipality and the associations work together, we can prevent "
                "exclusion and discrimination. We can also offer culture and leisure to more "
                "people. This applies to people of all ages and backgrounds.</p>"
            ),
        },
        "directions": [
            {
                "type": "direction",
                "value": {
                    "title": {"sv": "Lokaler för föreningar", "en": "Premises for associations"},
                    "text": {
                        "sv": (
                            "Vi ordnar så att föreningar kan använda kommunens lokaler när "
                            "kommunen inte själv använder dem. Vi arbetar också för att föreningar "
                            "ska ha lokaler som passar deras verksamhet. Då kan fler i Lund ta del "
                            "av service och en meningsfull fritid."
                        ),
                        "en": (
                            "We make it possible for associations to use the municipality's "
                            "premises when the municipality is not using them. We also work to "
                            "give associations premises that suit their activities. Then more "
                            "people in Lund can use services and enjoy a meaningful leisure time."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {"sv": "Fler volontärer", "en": "More volunteers"},
                    "text": {
                        "sv": (
                            "Vi samarbetar om volontärer och utvecklar det volontärarbete som "
                            "kommunen redan har. Tillsammans vill vi hitta fler och nya "
                            "volontärer. Volontärer hjälper fler i Lund att ta del av service och "
                            "en meningsfull fritid."
                        ),
                        "en": (
                            "We work together on volunteering and develop the volunteer work the "
                            "municipality already has. Together we want to find more and new "
                            "volunteers. Volunteers help more people in Lund to use services and "
                            "enjoy a meaningful leisure time."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Information om föreningslivet",
                        "en": "Information about associations",
                    },
                    "text": {
                        "sv": (
                            "Vi tar ett gemensamt ansvar för att berätta om föreningslivet i Lund. "
                            "Målet är att det ska bli lättare för alla att hitta en förening och "
                            "vara med."
                        ),
                        "en": (
                            "We share the task of telling people about the associations in Lund. "
                            "The aim is to make it easier for everyone to find an association and "
                            "take part."
                        ),
                    },
                },
            },
        ],
        "programmes": [
            {
                "type": "programme",
                "value": {
                    "name": _SOCIAL_PROGRAMME_NAME,
                    "description": {
                        "sv": (
                            "Kommunens program för social hållbarhet har mål och åtgärder för ett "
                            "jämlikt Lund. Många av åtgärderna kräver samarbete med föreningar."
                        ),
                        "en": (
                            "The municipality's programme for social sustainability has goals and "
                            "actions for an equal Lund. Many of the actions need cooperation with "
                            "associations."
                        ),
                    },
                },
            },
        ],
    },
}

_HALSA = {
    "type": "principles.PriorityAreaPage",
    "slug": {"sv": "halsosamma-levnadsvanor", "en": "healthy-living"},
    "title": {"sv": "Hälsosamma levnadsvanor", "en": "Healthy living"},
    "search_description": {
        "sv": (
            "God hälsa för alla i Lund. Så samarbetar kommunen och föreningarna om rörelse, mat, "
            "ensamhet, psykisk ohälsa och vägen till arbete."
        ),
        "en": (
            "Good health for everyone in Lund. How the municipality and associations work on "
            "exercise, food, loneliness, mental health and the path to work."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Goda vanor och god hälsa för alla är en grund för ett jämlikt samhälle. Vi "
                "samarbetar om rörelse, bra mat och om att motverka ensamhet och psykisk ohälsa."
            ),
            "en": (
                "Good habits and good health for everyone are a basis for an equal society. We work "
                "together on exercise, good food and preventing loneliness and mental ill-health."
            ),
        },
        "description": {
            "sv": (
                "<p>God hälsa för alla är en grund för ett jämlikt samhälle. Många saker påverkar "
                "hälsan. Det kan vara en bra start i livet och ett tryggt boende. Det kan också "
                "vara en inkomst och bra villkor på jobbet.</p>"
                "<p>God hälsa gör det lättare att studera och att ha ett arbete. Att kunna delta i "
                "kultur, fritid och föreningsliv är också viktigt för hälsan.</p>"
                "<p>Kommunen och föreningarna kan samarbeta på många sätt. Vi kan få fler att röra "
                "på sig och äta bra. Vi kan motverka ensamhet och psykisk ohälsa. Vi kan förebygga "
                "bruk av alkohol, tobak och spel. Vi kan också arbeta mot våld, narkotika och "
                "dopning.</p>"
            ),
            "en": (
                "<p>Good health for everyone is a basis for an equal society. Many things affect "
                "health. It may be a good start in life and a safe home. It may also be an income "
                "and good working conditions.</p>"
                "<p>Good health makes it easier to study and to have a job. Being able to take "
                "part in culture, leisure and associations is also important for health.</p>"
                "<p>The municipality and the associations can work together in many ways. We can "
                "help more people to exercise and eat well. We can prevent loneliness and mental "
                "ill-health. We can prevent the use of alcohol, tobacco and gambling. We can also "
                "work against violence, drugs and doping.</p>"
            ),
        },
        "directions": [
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Stärka det som redan finns",
                        "en": "Strengthen what already exists",
                    },
                    "text": {
                        "sv": (
                            "Vi utvecklar och stärker det arbete för bättre hälsa som redan pågår "
                            "i Lund. Tillsammans berättar vi om det, så att fler kan ta del av "
                            "det."
                        ),
                        "en": (
                            "We develop and strengthen the work for better health that is already "
                            "going on in Lund. Together we tell people about it, so that more "
                            "people can take part."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Vägen till studier och arbete",
                        "en": "The path to studies and work",
                    },
                    "text": {
                        "sv": (
                            "Vi samarbetar för att fler ska kunna studera eller ha ett arbete. Det "
                            "gäller särskilt grupper som står långt från arbetsmarknaden. "
                            "Föreningar och folkbildning har en viktig roll här. Till exempel "
                            "behöver du kunna språket för att studera och få ett jobb."
                        ),
                        "en": (
                            "We work together so that more people can study or have a job. This "
                            "applies in particular to groups who are far from the labour market. "
                            "Associations and adult education have an important role here. For "
                            "example, you need to know the language to study and get a job."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Mindre ensamhet och psykisk ohälsa",
                        "en": "Less loneliness and mental ill-health",
                    },
                    "text": {
                        "sv": (
                            "Vi tar fram nya sätt att samarbeta för ett hälsosamt liv för alla. Vi "
                            "lägger särskild vikt vid att förebygga ensamhet och psykisk ohälsa."
                        ),
                        "en": (
                            "We find new ways to work together for a healthy life for everyone. We "
                            "put special weight on preventing loneliness and mental ill-health."
                        ),
                    },
                },
            },
        ],
        "programmes": [
            {
                "type": "programme",
                "value": {
                    "name": _SOCIAL_PROGRAMME_NAME,
                    "description": {
                        "sv": (
                            "Kommunens program för social hållbarhet. Det har mål för en jämlik "
                            "hälsa, och många av åtgärderna kräver samarbete med föreningar."
                        ),
                        "en": (
                            "The municipality's programme for social sustainability. It has goals "
                            "for equal health, and many of the actions need cooperation with "
                            "associations."
                        ),
                    },
                },
            },
        ],
    },
}

_HALLBARHET = {
    "type": "principles.PriorityAreaPage",
    "slug": {"sv": "hallbar-utveckling", "en": "sustainable-development"},
    "title": {
        "sv": "Hållbar utveckling med utgångspunkt i Agenda 2030",
        "en": "Sustainable development based on Agenda 2030",
    },
    "search_description": {
        "sv": (
            "Så samarbetar kommunen och föreningarna i Lund för miljön och klimatet, utifrån "
            "Agenda 2030 och miljöprogrammet LundaEko II."
        ),
        "en": (
            "How the municipality and the associations in Lund work together for the environment "
            "and climate, based on Agenda 2030 and the LundaEko II programme."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Hållbar utveckling möter dagens behov utan att ta från kommande generationer. Vi "
                "samarbetar om klimatsmarta lösningar för boende, odling, konsumtion och resor."
            ),
            "en": (
                "Sustainable development meets today's needs without taking from future "
                "generations. We work together on climate-smart solutions for housing, growing "
                "food, consumption and travel."
            ),
        },
        "description": {
            "sv": (
                "<p>Hållbar utveckling betyder att vi möter dagens behov. Samtidigt förstör vi inte "
                "för dem som kommer efter oss. Så beskrev Brundtlandkommissionen det år 1987.</p>"
                "<p>FN:s Agenda 2030 har 17 globala mål. Målen handlar om tre delar av "
                "hållbarhet. Det är den ekonomiska, den sociala och den miljömässiga delen.</p>"
                "<p>Lund arbetar med miljön genom miljöprogrammet LundaEko II. Den sociala delen "
                "finns i programmet Ett Lund för alla. När kommunen och föreningarna samarbetar "
                "blir det lättare att nå målen i båda programmen.</p>"
                "<p>Den sociala delen tar vi upp i de andra tre områdena. Här handlar det om "
                "miljön.</p>"
            ),
            "en": (
                "<p>Sustainable development means that we meet today's needs. At the same time, we "
                "do not spoil things for those who come after us. This is how the Brundtland "
                "Commission described it in 1987.</p>"
                "<p>The UN's Agenda 2030 has 17 global goals. The goals cover three parts of "
                "sustainability. These are the economic, the social and the environmental "
                "part.</p>"
                "<p>Lund works on the environment through the environmental programme LundaEko II. "
                "The social part is in the programme A Lund for everyone. When the municipality and "
                "the associations work together, it is easier to reach the goals of both "
                "programmes.</p>"
                "<p>We cover the social part in the other three areas. This area is about the "
                "environment.</p>"
            ),
        },
        "directions": [
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Stärka miljöarbetet i Lund",
                        "en": "Strengthen environmental work in Lund",
                    },
                    "text": {
                        "sv": (
                            "Vi utvecklar och stärker det miljöarbete som redan pågår i Lund. "
                            "Tillsammans berättar vi om det. Målet är att fler ska vilja och kunna "
                            "vara med."
                        ),
                        "en": (
                            "We develop and strengthen the environmental work already going on in "
                            "Lund. Together we tell people about it. The aim is that more people "
                            "want to take part and are able to."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {"sv": "Klimatsmarta lösningar", "en": "Climate-smart solutions"},
                    "text": {
                        "sv": (
                            "Vi tar fram nya sätt att samarbeta om klimatsmarta lösningar. Vi "
                            "lägger särskild vikt vid boende, odling i staden, konsumtion och "
                            "resor."
                        ),
                        "en": (
                            "We find new ways to work together on climate-smart solutions. We put "
                            "special weight on housing, growing food in the city, consumption and "
                            "travel."
                        ),
                    },
                },
            },
        ],
        "programmes": [
            {
                "type": "programme",
                "value": {
                    "name": {
                        "sv": "Miljöprogrammet LundaEko II",
                        "en": "The environmental programme LundaEko II",
                    },
                    "description": {
                        "sv": "Kommunens program för miljön och klimatet i Lund.",
                        "en": "The municipality's programme for the environment and climate in Lund.",
                    },
                },
            },
            {
                "type": "programme",
                "value": {
                    "name": _SOCIAL_PROGRAMME_NAME,
                    "description": {
                        "sv": "Kommunens program för den sociala delen av hållbar utveckling.",
                        "en": "The municipality's programme for the social part of sustainable development.",
                    },
                },
            },
            {
                "type": "programme",
                "value": {
                    "name": {"sv": "Agenda 2030", "en": "Agenda 2030"},
                    "description": {
                        "sv": (
                            "FN:s plan för hållbar utveckling i hela världen. Den har 17 globala "
                            "mål."
                        ),
                        "en": (
                            "The UN's plan for sustainable development all over the world. It has "
                            "17 global goals."
                        ),
                    },
                },
            },
        ],
    },
}

_DEMOKRATI = {
    "type": "principles.PriorityAreaPage",
    "slug": {"sv": "demokrati-delaktighet-trygghet", "en": "democracy-participation-safety"},
    "title": {
        "sv": "Demokrati, delaktighet och trygghet",
        "en": "Democracy, participation and safety",
    },
    "search_description": {
        "sv": (
            "Alla i Lund ska kunna påverka och känna sig trygga. Så samarbetar kommunen och "
            "föreningarna om dialog, trygghet och om att möta kriser."
        ),
        "en": (
            "Everyone in Lund should have a say and feel safe. How the municipality and the "
            "associations work on dialogue, safety and meeting a crisis."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Alla ska kunna påverka sitt liv och sin stad och känna sig trygga. Vi samarbetar "
                "om dialog, trygghet och om hur vi möter kriser."
            ),
            "en": (
                "Everyone should be able to influence their life and their city and feel safe. We "
                "work together on dialogue, safety and how we meet a crisis."
            ),
        },
        "description": {
            "sv": (
                "<p>Delaktighet är en del av demokratin. Den är en grund för ett hållbart "
                "samhälle. När du litar på demokratin och känner att du kan påverka mår du "
                "bättre. Därför ska alla röster få plats. Vi behöver bra sätt att föra dialog, "
                "skapa tillsammans, ge återkoppling och lära oss.</p>"
                "<p>Trygghet och säkerhet hänger ihop. Säkerhet är den verkliga risken att utsättas "
                "för brott. Trygghet är hur du upplever den risken. Om du känner dig trygg beror "
                "bland annat på tillit till andra och till samhället.</p>"
                "<p>Tillsammans kan kommunen och föreningarna stärka den lokala demokratin. Vi kan "
                "också göra Lund säkrare och tryggare.</p>"
            ),
            "en": (
                "<p>Participation is part of democracy. It is a basis for a sustainable society. "
                "When you trust democracy and feel that you can have a say, you feel better. That "
                "is why every voice should be heard. We need good ways to hold dialogue, create "
                "together, give feedback and learn.</p>"
                "<p>Being safe and feeling safe are linked. Being safe is about the real risk of "
                "becoming a victim of crime. Feeling safe is about how you experience that risk. "
                "Whether you feel safe depends, among other things, on whether you trust other "
                "people and society.</p>"
                "<p>Together, the municipality and the associations can strengthen local democracy. "
                "We can also make Lund safer and help people feel safe.</p>"
            ),
        },
        "directions": [
            {
                "type": "direction",
                "value": {
                    "title": {"sv": "Fler ska kunna påverka", "en": "More people can have a say"},
                    "text": {
                        "sv": (
                            "Vi tar fram metoder och nätverk för dialog. Då kan fler i Lund påverka "
                            "den lokala demokratin och sin egen situation. Vi vill särskilt nå "
                            "grupper som sällan är med i föreningslivet eller i samtalet om Lund."
                        ),
                        "en": (
                            "We develop methods and networks for dialogue. Then more people in Lund "
                            "can influence local democracy and their own situation. We especially "
                            "want to reach groups that rarely take part in associations or in the "
                            "conversation about Lund."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {
                        "sv": "Ett säkrare och tryggare Lund",
                        "en": "A safer Lund where people feel safe",
                    },
                    "text": {
                        "sv": (
                            "Vi samarbetar för att förebygga otrygghet. Det kan vara arbete mot "
                            "alkohol och droger eller stöd till föräldrar. Vi stöttar också det som "
                            "redan pågår, till exempel grannsamverkan, trygghetsvandringar och "
                            "nattvandrare. En meningsfull fritid i en förening gör också Lund "
                            "tryggare."
                        ),
                        "en": (
                            "We work together to prevent people from feeling unsafe. This may be "
                            "work against alcohol and drugs or support for parents. We also support "
                            "what is already going on, such as neighbourhood watch, safety walks and "
                            "night walkers. A meaningful leisure time in an association also makes "
                            "Lund safer."
                        ),
                    },
                },
            },
            {
                "type": "direction",
                "value": {
                    "title": {"sv": "Samarbete vid kriser", "en": "Working together in a crisis"},
                    "text": {
                        "sv": (
                            "Vi tar tillsammans fram ett sätt att samarbeta när en kris inträffar. "
                            "Föreningar har en viktig roll när samhället ska klara en kris. De kan "
                            "möta människors behov på andra och mer flexibla sätt än kommunen."
                        ),
                        "en": (
                            "Together we create a way to work together when a crisis happens. "
                            "Associations have an important role when society has to get through a "
                            "crisis. They can meet people's needs in other and more flexible ways "
                            "than the municipality."
                        ),
                    },
                },
            },
        ],
        "programmes": [
            {
                "type": "programme",
                "value": {
                    "name": _SOCIAL_PROGRAMME_NAME,
                    "description": {
                        "sv": (
                            "Kommunens program för social hållbarhet. Det har mål för delaktighet "
                            "och trygghet, och många av åtgärderna kräver samarbete med föreningar."
                        ),
                        "en": (
                            "The municipality's programme for social sustainability. It has goals "
                            "for participation and safety, and many of the actions need cooperation "
                            "with associations."
                        ),
                    },
                },
            },
        ],
    },
}

PRIORITY_AREAS_INDEX = {
    "type": "principles.PriorityAreaIndexPage",
    "slug": {"sv": "prioriterade-omraden", "en": "priority-areas"},
    "title": {"sv": "Prioriterade områden", "en": "Priority areas"},
    "search_description": {
        "sv": (
            "De fyra områden som Lunds kommun och föreningarna samarbetar om: inkludering, hälsa, "
            "hållbar utveckling samt demokrati och trygghet."
        ),
        "en": (
            "The four areas Lund Municipality and the associations work on together: inclusion, "
            "health, sustainable development, and democracy and safety."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Kommunen och föreningarna har valt fyra områden att samarbeta om. Områdena kommer "
                "från samverkansplanen för 2021–2024."
            ),
            "en": (
                "The municipality and the associations have chosen four areas to work on together. "
                "The areas come from the collaboration plan for 2021–2024."
            ),
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Föreningar var med och valde ut områdena. De passar väl ihop med "
                        "kommunens program för social hållbarhet, Ett Lund för alla. Många av "
                        "programmets åtgärder kräver samarbete med föreningar.</p>"
                        "<p>Planen säger inte exakt vad som ska göras. Varje förvaltning och "
                        "förening väljer själv vad den vill och kan göra inom områdena.</p>"
                    ),
                    "en": (
                        "<p>Associations helped to choose the areas. They fit well with the "
                        "municipality's programme for social sustainability, A Lund for everyone. "
                        "Many of the programme's actions need cooperation with associations.</p>"
                        "<p>The plan does not say exactly what should be done. Each administration "
                        "and association chooses for itself what it wants to do and can do within "
                        "the areas.</p>"
                    ),
                },
            },
        ],
    },
    "children": [_INKLUDERING, _HALSA, _HALLBARHET, _DEMOKRATI],
}
