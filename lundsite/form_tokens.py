"""Forms on pages that the page cache keeps (README "Forms on cached pages").

A cached page is shared by every reader, so it cannot carry anyone's CSRF token. Its forms
have an empty token field instead; `static/js/form_token.js` fills it from `/csrf/` (never
cached, and it sets the reader's CSRF cookie) as soon as the reader starts on the form.
Without script the first post has no token: Django refuses it, and `csrf_failure` answers
with the same data in a form that now has a token, to be sent again with one click.
CSRF is checked as before on every post; nothing is exempt.
"""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import REASON_NO_CSRF_COOKIE, get_token
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.csrf import csrf_failure as django_csrf_failure

TOKEN_FIELD = "csrfmiddlewaretoken"
# Only a missing cookie or token is what a cached form leads to; a wrong token is refused
# as Django always did.
MISSING = (REASON_NO_CSRF_COOKIE, "CSRF token missing.")


def csrf_token_view(request: HttpRequest) -> HttpResponse:
    response = JsonResponse({"token": get_token(request)})
    add_never_cache_headers(response)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    if request.path.startswith("/admin/") or reason not in MISSING:
        return django_csrf_failure(request, reason)
    fields = [
        (name, value)
        for name in request.POST
        if name != TOKEN_FIELD
        for value in request.POST.getlist(name)
    ]
    response = TemplateResponse(
        request,
        "lundsite/send_again.html",
        {"action": request.get_full_path(), "fields": fields},
        status=403,
    )
    add_never_cache_headers(response)
    return response.render()
