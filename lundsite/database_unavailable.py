"""While the database is away (restarted, failed over, unreachable), readers get a friendly
503 in their language with Retry-After instead of a 500: the outage is ours and short, and
proxies and crawlers know to come back. Made without the database, like the 500 page."""

import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from lundsite.error_views import HOME_URLS, language_of

RETRY_AFTER_SECONDS = 30
logger = logging.getLogger(__name__)


def database_unavailable(request: HttpRequest) -> HttpResponse:
    language = language_of(request.path)
    with translation.override(language):
        body = loader.get_template("503.html").render(
            {"LANGUAGE_CODE": language, "home_url": HOME_URLS.get(language, "/")}
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Neither the page cache, the front cache nor the browser may keep the outage.
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OperationalError | InterfaceError):
            # Logged like a server error: the same exception also comes from a broken query.
            logger.error("Database unavailable on %s", request.path, exc_info=exception)
            return database_unavailable(request)
        return None
