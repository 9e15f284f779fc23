"""The 500 page: in the site's look and the reader's language, and made without the
database, which may be the very thing that failed."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseServerError
from django.template import loader
from django.utils import translation

# The search page's addresses from the URL contract (DESIGN.md); looking them up would need
# the database.
SEARCH_URLS = {"sv": "/sok/", "en": "/en/search/"}
HOME_URLS = {"sv": "/", "en": "/en/"}


def language_of(path: str) -> str:
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE and (path == f"/{code}" or path.startswith(f"/{code}/")):
            return code
    return settings.LANGUAGE_CODE


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponseServerError:
    language = language_of(request.path)
    with translation.override(language):
        # A plain context: no context processors, so no settings, no user, no session.
        body = loader.get_template(template_name).render(
            {
                "LANGUAGE_CODE": language,
                "search_url": SEARCH_URLS.get(language, "/sok/"),
                "home_url": HOME_URLS.get(language, "/"),
            }
        )
    return HttpResponseServerError(body)
