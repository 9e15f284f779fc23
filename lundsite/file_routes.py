"""Addresses of pages' files, such as /iop/export.csv.

Wagtail serves only addresses of words and slashes; a page with RoutablePageMixin may still
offer a route named like a file, and this view hands such addresses to Wagtail's router,
through the remembered routes (lundsite.routing) as every page is.
"""

from django.http import HttpRequest, HttpResponse

from lundsite.routing import serve

FILE_PATH = r"^((?:[\w\-]+/)+[\w\-]+\.(?:csv|xlsx|json|jsonld|ics))$"


def serve_file_route(request: HttpRequest, path: str) -> HttpResponse:
    return serve(request, path + "/")
