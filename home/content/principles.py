"""The six principles of the agreement and what each one means in practice."""

_SJALVSTANDIGHET = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "sjalvstandighet-och-oberoende", "en": "independence-and-autonomy"},
    "title": {"sv": "Självständighet och oberoende", "en": "Independence and autonomy"},
    "search_description": {
        "sv": (
            "Föreningar i Lund bestämmer själva över sitt arbete. De får granska och kritisera "
            "kommunen, även när de får bidrag eller samarbetar."
        ),
        "en": (
            "Associations in Lund decide on their own work. They may scrutinise and criticise the "
            "municipality, even when they get grants or work with it."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Föreningarna bestämmer själva över sitt arbete. De får granska och kritisera "
                "kommunen, även när de samarbetar eller får bidrag."
            ),
            "en": (
                "The associations decide on their own work. They may scrutinise and criticise the "
                "municipality, even when they work together or receive grants."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>En förening är fri. Den bestämmer själv vad den ska göra och hur. Det "
                        "är medlemmarna som styr föreningen, inte kommunen. Det gäller också när "
                        "föreningen får bidrag eller har ett avtal med kommunen.</p>"
                        "<p>Föreningar kan tala för grupper som annars inte hörs. De får granska "
                        "och kritisera kommunen. Kritik får aldrig påverka ett samarbete eller ett "
                        "bidrag.</p>"
                    ),
                    "en": (
                        "<p>An association is free. It decides for itself what to do and how. It "
                        "is the members who run the association, not the municipality. This also "
                        "applies when the association gets grants or has an agreement with the "
                        "municipality.</p>"
                        "<p>Associations can speak for groups that are not otherwise heard. They "
                        "may scrutinise and criticise the municipality. Criticism must never affect "
                        "a collaboration or a grant.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": (
                                "Kommunen kan ställa krav på vad pengarna ska användas till. Men den "
                                "styr inte hur föreningen sköter sitt inre arbete."
                            ),
                            "en": (
                                "The municipality can set requirements on what the money is used "
                                "for. But it does not control how the association runs itself."
                            ),
                        },
                        {
                            "sv": "Ett samarbete är frivilligt. Föreningen kan alltid säga nej.",
                            "en": "A collaboration is voluntary. The association can always say no.",
                        },
                        {
                            "sv": (
                                "Föreningen behåller sin egen profil och sina egna idéer, även i "
                                "ett IOP."
                            ),
                            "en": (
                                "The association keeps its own profile and its own ideas, even in "
                                "an IOP."
                            ),
                        },
                        {
                            "sv": "Kommunen tar inte över det som föreningen har byggt upp.",
                            "en": "The municipality does not take over what the association has built.",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Ansvar på båda sidor", "en": "Responsibility on both sides"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Att vara oberoende betyder också att ta ansvar. Föreningen ansvarar "
                        "själv för sin ekonomi och sitt arbete. Kommunen ansvarar för sina beslut. "
                        "Den ska också se till att skattepengar används på rätt sätt.</p>"
                    ),
                    "en": (
                        "<p>Being independent also means taking responsibility. The association is "
                        "responsible for its own finances and work. The municipality is responsible "
                        "for its decisions. It must also make sure that tax money is used in the "
                        "right way.</p>"
                    ),
                },
            },
        ],
    },
}

_DIALOG = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "dialog", "en": "dialogue"},
    "title": {"sv": "Dialog", "en": "Dialogue"},
    "search_description": {
        "sv": (
            "Kommunen och föreningarna i Lund pratar med varandra i tid. Vi lyssnar, delar "
            "kunskap och tar fram lösningar tillsammans."
        ),
        "en": (
            "The municipality and the associations in Lund talk to each other in good time. We "
            "listen, share knowledge and find solutions together."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Kommunen och föreningarna pratar med varandra i tid. Vi lyssnar, delar kunskap "
                "och tar fram lösningar tillsammans."
            ),
            "en": (
                "The municipality and the associations talk to each other in good time. We listen, "
                "share knowledge and find solutions together."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Dialog är ett samtal mellan jämlika parter. Båda sidor får komma till "
                        "tals, och båda sidor lyssnar. Målet är att vi förstår varandra bättre och "
                        "hittar bra lösningar.</p>"
                        "<p>Föreningarna vet mycket om människors liv och behov. Kommunen vet "
                        "mycket om lagar, pengar och planer. När vi delar det vi vet blir besluten "
                        "bättre.</p>"
                    ),
                    "en": (
                        "<p>Dialogue is a conversation between equal partners. Both sides get to "
                        "speak, and both sides listen. The aim is to understand each other better "
                        "and find good solutions.</p>"
                        "<p>The associations know a lot about people's lives and needs. The "
                        "municipality knows a lot about laws, money and plans. When we share what "
                        "we know, decisions get better.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Kommunen frågar föreningarna tidigt, innan besluten är fattade.",
                            "en": "The municipality asks the associations early, before decisions are made.",
                        },
                        {
                            "sv": "Vi ger varandra tid att svara. Många föreningar drivs av frivilliga.",
                            "en": "We give each other time to reply. Many associations are run by volunteers.",
                        },
                        {
                            "sv": "Vi berättar vad vi gjorde med det som kom fram i dialogen.",
                            "en": "We say what we did with what came up in the dialogue.",
                        },
                        {
                            "sv": "Vi ses på tider och platser som passar även för frivilliga.",
                            "en": "We meet at times and places that also suit volunteers.",
                        },
                        {
                            "sv": (
                                "Vi träffas ofta, till exempel i Samverkansgruppen och på "
                                "konferensen vartannat år."
                            ),
                            "en": (
                                "We meet often, for example in the Collaboration Group and at the "
                                "conference every second year."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "När vi tycker olika", "en": "When we disagree"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Det är normalt att ha olika åsikter. Då pratar vi om det öppet och med "
                        "respekt. En bra dialog tål att vi tycker olika. Det viktiga är att vi "
                        "fortsätter att prata med varandra.</p>"
                    ),
                    "en": (
                        "<p>It is normal to have different views. Then we talk about it openly and "
                        "with respect. A good dialogue can cope with disagreement. What matters is "
                        "that we keep talking to each other.</p>"
                    ),
                },
            },
        ],
    },
}

_KVALITET = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "kvalitet", "en": "quality"},
    "title": {"sv": "Kvalitet", "en": "Quality"},
    "search_description": {
        "sv": (
            "Samarbetet mellan kommunen och föreningarna i Lund ska göra skillnad. Vi kommer "
            "överens om vad kvalitet är och följer upp tillsammans."
        ),
        "en": (
            "Cooperation between the municipality and the associations in Lund must make a "
            "difference. We agree on what quality is and follow up together."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Samarbetet ska göra skillnad för dem det är till för. Vi kommer överens om vad "
                "kvalitet betyder och följer upp resultatet tillsammans."
            ),
            "en": (
                "The cooperation must make a difference for the people it is for. We agree on what "
                "quality means and follow up the results together."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Kvalitet handlar om att göra rätt saker på ett bra sätt. Det viktiga "
                        "är nyttan för den som deltar. Det kan vara ett barn på en aktivitet eller "
                        "en äldre som söker sällskap.</p>"
                        "<p>Kommunen och föreningarna arbetar på olika sätt. Därför kan kvalitet se "
                        "olika ut. En förening bidrar ofta med engagemang, närhet och frivilliga. "
                        "Det är också kvalitet.</p>"
                    ),
                    "en": (
                        "<p>Quality is about doing the right things in a good way. What matters is "
                        "the benefit for the person taking part. It may be a child at an activity "
                        "or an older person looking for company.</p>"
                        "<p>The municipality and the associations work in different ways. So "
                        "quality can look different. An association often brings commitment, "
                        "closeness and volunteers. That is quality too.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Vi bestämmer tillsammans vad samarbetet ska leda till.",
                            "en": "We decide together what the cooperation should lead to.",
                        },
                        {
                            "sv": (
                                "Vi följer upp på enkla sätt. Uppföljningen ska inte ta tid från "
                                "själva arbetet."
                            ),
                            "en": (
                                "We follow up in simple ways. The follow-up should not take time "
                                "away from the work itself."
                            ),
                        },
                        {
                            "sv": "Vi ställer inte fler krav än vad som behövs.",
                            "en": "We do not set more requirements than are needed.",
                        },
                        {
                            "sv": "Vi utvärderar varje samarbete när det är slut.",
                            "en": "We evaluate every collaboration when it ends.",
                        },
                        {
                            "sv": "Vi delar det vi har lärt oss, så att nästa samarbete blir bättre.",
                            "en": "We share what we have learnt, so that the next collaboration is better.",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "De som deltar har en röst",
                        "en": "The people taking part have a say",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>De som samarbetet är till för vet ofta bäst vad som fungerar. Därför "
                        "frågar vi vad de tycker. Deras svar hjälper oss att göra arbetet "
                        "bättre. Vi lyssnar särskilt på dem som sällan hörs.</p>"
                    ),
                    "en": (
                        "<p>The people the cooperation is for often know best what works. So we "
                        "ask them what they think. Their answers help us make the work better. We "
                        "listen especially to those who are rarely heard.</p>"
                    ),
                },
            },
        ],
    },
}

_LANGSIKTIGHET = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "langsiktighet", "en": "long-term-approach"},
    "title": {"sv": "Långsiktighet", "en": "A long-term approach"},
    "search_description": {
        "sv": (
            "Samarbeten mellan kommunen och föreningarna i Lund ska få tid att växa. Föreningarna "
            "ska kunna planera och veta vad som gäller."
        ),
        "en": (
            "Collaborations between the municipality and the associations in Lund need time to "
            "grow. Associations must be able to plan and know the terms."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Samarbeten ska få tid att växa. Föreningarna ska kunna planera framåt och veta "
                "vilka villkor som gäller."
            ),
            "en": (
                "Collaborations need time to grow. The associations must be able to plan ahead and "
                "know which terms apply."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Det tar tid att bygga förtroende. Det tar också tid att nå resultat. "
                        "Därför behöver samarbeten vara långsiktiga. Ett kort projekt som slutar "
                        "för tidigt kan göra mer skada än nytta.</p>"
                        "<p>En förening behöver kunna planera. Den har ofta anställda, lokaler och "
                        "frivilliga att ta hand om. Då måste den veta i god tid vad som "
                        "gäller.</p>"
                    ),
                    "en": (
                        "<p>It takes time to build trust. It also takes time to get results. That "
                        "is why collaborations need to be long-term. A short project that ends too "
                        "soon can do more harm than good.</p>"
                        "<p>An association needs to be able to plan. It often has staff, premises "
                        "and volunteers to look after. So it must know the terms in good time.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Vi skriver avtal för flera år när det passar verksamheten.",
                            "en": "We sign agreements for several years when that suits the activity.",
                        },
                        {
                            "sv": "Kommunen säger till i god tid om reglerna för bidrag ändras.",
                            "en": "The municipality gives notice in good time if the rules for grants change.",
                        },
                        {
                            "sv": "Vi pratar i tid om vad som händer när ett avtal snart tar slut.",
                            "en": "We talk in good time about what happens when an agreement is about to end.",
                        },
                        {
                            "sv": "Vi bygger på det som redan fungerar och börjar inte om i onödan.",
                            "en": "We build on what already works and do not start over without need.",
                        },
                        {
                            "sv": "Redan när vi börjar tänker vi på vad som ska hända efteråt.",
                            "en": "Right from the start, we think about what should happen afterwards.",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "En plan för flera år", "en": "A plan for several years"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Samverkansplanen gäller i fyra år. Vi följer upp den varje år. På så "
                        "sätt kan vi ändra det som inte fungerar, utan att tappa riktningen.</p>"
                    ),
                    "en": (
                        "<p>The collaboration plan runs for four years. We follow it up every year. "
                        "This way we can change what does not work, without losing our "
                        "direction.</p>"
                    ),
                },
            },
        ],
    },
}

_OPPENHET = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "oppenhet-och-insyn", "en": "openness-and-transparency"},
    "title": {"sv": "Öppenhet och insyn", "en": "Openness and transparency"},
    "search_description": {
        "sv": (
            "Kommunen och föreningarna i Lund är öppna med hur beslut fattas och hur pengar "
            "används. Alla ska kunna se vilka samarbeten som finns."
        ),
        "en": (
            "The municipality and the associations in Lund are open about how decisions are made "
            "and money is spent. Everyone can see which collaborations exist."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Vi är öppna med hur vi fattar beslut och hur pengarna används. Alla ska kunna se "
                "vilka samarbeten som finns och varför."
            ),
            "en": (
                "We are open about how we make decisions and how the money is spent. Everyone "
                "should be able to see which collaborations exist and why."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Öppenhet skapar förtroende. Den som samarbetar ska förstå hur den "
                        "andra parten tänker och fattar beslut. Du som bor i Lund ska kunna se hur "
                        "kommunen använder skattepengar.</p>"
                        "<p>Kommunen följer offentlighetsprincipen. Därför är avtal med föreningar "
                        "allmänna handlingar. Du kan be att få läsa dem. Föreningen visar hur den "
                        "har använt pengarna från kommunen.</p>"
                    ),
                    "en": (
                        "<p>Openness builds trust. Anyone who works with someone else should "
                        "understand how the other side thinks and makes decisions. If you live in "
                        "Lund, you should be able to see how the municipality uses tax money.</p>"
                        "<p>The municipality follows the principle of public access to official "
                        "records. That is why agreements with associations are public records. You "
                        "can ask to read them. The association shows how it has used the money from "
                        "the municipality.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Vi samlar kommunens IOP-avtal på den här webbplatsen.",
                            "en": "We gather the municipality's IOP agreements on this website.",
                        },
                        {
                            "sv": "Vi förklarar hur kommunen väljer vilka den samarbetar med.",
                            "en": "We explain how the municipality chooses who it works with.",
                        },
                        {
                            "sv": "Vi är tydliga med vad båda parter kan vänta sig av varandra.",
                            "en": "We are clear about what both sides can expect from each other.",
                        },
                        {
                            "sv": "Vi berättar om resultaten så att alla kan förstå.",
                            "en": "We report the results so that everyone can understand.",
                        },
                        {
                            "sv": "Vi säger till tidigt om något inte går som vi tänkt.",
                            "en": "We speak up early if something does not go as planned.",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Insyn åt båda hållen", "en": "Transparency both ways"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Insyn gäller både kommunen och föreningen. Föreningen ska kunna följa "
                        "beslut som rör den. Kommunen ska kunna se att pengarna går till det som "
                        "avtalet säger. Men föreningen sköter själv sina inre frågor. Öppenhet gör "
                        "det lättare att lösa problem innan de växer.</p>"
                    ),
                    "en": (
                        "<p>Transparency applies to both the municipality and the association. The "
                        "association should be able to follow decisions that affect it. The "
                        "municipality should be able to see that the money goes to what the "
                        "agreement says. But the association runs its own internal affairs. "
                        "Openness makes it easier to solve problems before they grow.</p>"
                    ),
                },
            },
        ],
    },
}

_MANGFALD = {
    "type": "principles.PrinciplePage",
    "slug": {"sv": "mangfald", "en": "diversity"},
    "title": {"sv": "Mångfald", "en": "Diversity"},
    "search_description": {
        "sv": (
            "Föreningslivet i Lund är brett. Kommunen ska samarbeta med stora och små föreningar, "
            "gamla och nya, och se värdet i att de är olika."
        ),
        "en": (
            "Lund has a broad range of associations. The municipality should work with large and "
            "small ones, old and new, and value that they are different."
        ),
    },
    "fields": {
        "summary": {
            "sv": (
                "Idéburen sektor är bred och olika. Kommunen ska samarbeta med stora och små "
                "föreningar, gamla och nya. Deras olika sätt att arbeta är en styrka."
            ),
            "en": (
                "The non-profit sector is broad and varied. The municipality should work with large "
                "and small associations, old and new. Their different ways of working are a "
                "strength."
            ),
        },
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Vad principen betyder", "en": "What the principle means"},
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>I Lund finns många olika föreningar. Det finns idrottsklubbar, "
                        "kulturföreningar, trossamfund och föreningar som gör socialt arbete. En "
                        "del har anställda. Andra drivs helt av frivilliga.</p>"
                        "<p>Att föreningarna är olika är en styrka. Olika föreningar når olika "
                        "människor. Tillsammans når de fler än kommunen kan göra ensam. Alla behövs "
                        "i arbetet för ett bättre Lund.</p>"
                    ),
                    "en": (
                        "<p>There are many different associations in Lund. There are sports clubs, "
                        "cultural associations, faith communities and associations that do social "
                        "work. Some have staff. Others are run entirely by volunteers.</p>"
                        "<p>The fact that the associations differ is a strength. Different "
                        "associations reach different people. Together they reach more people than "
                        "the municipality can on its own. All of them are needed in the work for a "
                        "better Lund.</p>"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {"sv": "Så gör vi i praktiken", "en": "What we do in practice"},
                    "level": "h2",
                },
            },
            {
                "type": "list",
                "value": {
                    "style": "bullet",
                    "items": [
                        {
                            "sv": "Kommunen gör det enkelt att samarbeta, även för små föreningar.",
                            "en": "The municipality makes it easy to work together, even for small associations.",
                        },
                        {
                            "sv": "Vi anpassar krav och blanketter efter hur stor föreningen är.",
                            "en": "We adapt requirements and forms to the size of the association.",
                        },
                        {
                            "sv": (
                                "Vi bjuder in alla föreningar till konferensen, även de som inte har "
                                "anslutit sig."
                            ),
                            "en": (
                                "We invite all associations to the conference, even those that have "
                                "not joined."
                            ),
                        },
                        {
                            "sv": "Föreningslotsen hjälper den som inte vet var man ska börja.",
                            "en": "The association guide helps anyone who does not know where to start.",
                        },
                        {
                            "sv": "Vi ser värdet i nya föreningar, även när de arbetar på nya sätt.",
                            "en": "We see the value of new associations, even when they work in new ways.",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": {
                        "sv": "Alla ska kunna vara med",
                        "en": "Everyone should be able to take part",
                    },
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Mångfald handlar också om människorna. Vi vill nå grupper som sällan "
                        "är med i föreningslivet. Alla som samarbetar med kommunen ska stå för "
                        "alla människors lika värde. Då kan alla känna sig välkomna.</p>"
                    ),
                    "en": (
                        "<p>Diversity is also about people. We want to reach groups that rarely "
                        "take part in associations. Everyone who works with the municipality must "
                        "stand for the equal worth of all people. Then everyone can feel "
                        "welcome.</p>"
                    ),
                },
            },
        ],
    },
}

PRINCIPLES_INDEX = {
    "type": "principles.PrinciplesIndexPage",
    "slug": {"sv": "principer", "en": "principles"},
    "title": {"sv": "Sex principer för samarbetet", "en": "Six principles for working together"},
    "search_description": {
        "sv": (
            "De sex principerna som styr samarbetet mellan Lunds kommun och föreningarna i Lund. "
            "Läs vad var och en betyder i praktiken."
        ),
        "en": (
            "The six principles that guide cooperation between Lund Municipality and the "
            "associations. Read what each one means in practice."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Sex principer styr hur Lunds kommun och föreningarna arbetar ihop. Samma "
                "principer finns i många liknande överenskommelser i Sverige."
            ),
            "en": (
                "Six principles guide how Lund Municipality and the associations work together. "
                "The same principles are found in many similar agreements in Sweden."
            ),
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "sv": (
                        "<p>Principerna gäller både kommunen och föreningarna. De hjälper oss när "
                        "vi planerar ett samarbete. De hjälper oss också när något blir svårt.</p>"
                    ),
                    "en": (
                        "<p>The principles apply to both the municipality and the associations. "
                        "They help us when we plan a collaboration. They also help us when "
                        "something gets difficult.</p>"
                    ),
                },
            },
        ],
    },
    "children": [_SJALVSTANDIGHET, _DIALOG, _KVALITET, _LANGSIKTIGHET, _OPPENHET, _MANGFALD],
}
