"""The search page at /sok/ (/en/search/). Its results come from the site; its words from here."""

SEARCH = {
    "type": "lundsite.SearchPage",
    "slug": {"sv": "sok", "en": "search"},
    "title": {"sv": "Sök", "en": "Search"},
    "search_description": {
        "sv": "Sök bland sidorna på Samverkan Lund: principer, områden, IOP-avtal och uppdrag.",
        "en": "Search the pages of Samverkan Lund: principles, areas, IOP agreements and tasks.",
    },
    "fields": {
        "intro": {
            "sv": "Skriv ett eller flera ord. Du får träffar från alla sidor på svenska.",
            "en": "Type one or more words. You get results from every page in English.",
        },
        "no_results_text": {
            "sv": (
                "Kontrollera stavningen eller pröva ett annat ord. Du kan också gå till "
                "startsidan eller kontakta föreningslotsen. Föreningslotsen hjälper dig att hitta "
                "rätt."
            ),
            "en": (
                "Check the spelling or try another word. You can also go to the home page or "
                "contact the association guide. The association guide will help you find what "
                "you need."
            ),
        },
    },
}
