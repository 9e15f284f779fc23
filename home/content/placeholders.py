"""A page that stands in for Frivilligkraft.

It is a plain text page until the real page type replaces it at the same address.
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
