"""The föreningslots' page with the form for collaboration ideas (replaces the placeholder)."""

FORENINGSLOTSEN = {
    "type": "partnerships.InitiativeFormPage",
    "replaces": "home.ContentPage",
    "slug": {"sv": "foreningslotsen", "en": "association-guide"},
    "title": {"sv": "Föreningslotsen", "en": "The association guide"},
    "search_description": {
        "sv": (
            "Har din förening en idé om samarbete med Lunds kommun? Skicka den till "
            "föreningslotsen här, eller ring, mejla eller kom förbi."
        ),
        "en": (
            "Does your association have an idea for working with Lund Municipality? Send it to "
            "the association guide here, or phone, email or visit."
        ),
    },
    "fields": {
        "intro": {
            "sv": (
                "Föreningslotsen hjälper föreningar som vill samarbeta med Lunds kommun. Har du "
                "en idé? Skicka den här så hittar vi rätt förvaltning tillsammans."
            ),
            "en": (
                "The association guide (föreningslotsen) helps associations that want to work "
                "with Lund Municipality. Do you have an idea? Send it here and we will find the "
                "right administration together."
            ),
        },
        "body": {
            "sv": (
                "<p>Föreningslotsen svarar på frågor om hur din förening kan samarbeta med "
                "kommunen. Vi hjälper dig att hitta rätt person och berättar vad som krävs, till "
                "exempel att föreningen har anslutit sig till överenskommelsen.</p>"
                "<p>När du har skickat idén får du ett referensnummer. Vi hör av oss inom två "
                "veckor. Sedan följer idén de fem stegen i "
                '<a href="/samverkansprocessen/">samverkansprocessen</a>.</p>'
            ),
            "en": (
                "<p>The association guide answers questions about how your association can work "
                "with the municipality. We help you find the right person and explain what is "
                "required, for example that the association has joined the Agreement.</p>"
                "<p>When you have sent your idea you get a reference number. We will get back to "
                "you within two weeks. Then the idea follows the five steps of the "
                '<a href="/en/collaboration-process/">collaboration process</a>.</p>'
            ),
        },
        "thank_you_text": {
            "sv": (
                "<p>Föreningslotsen läser idén och hör av sig inom två veckor. Vill du lägga "
                "till något? Svara på bekräftelsen du fick via e-post.</p>"
            ),
            "en": (
                "<p>The association guide will read your idea and get back to you within two "
                "weeks. Do you want to add something? Reply to the confirmation you got by "
                "email.</p>"
            ),
        },
    },
}
