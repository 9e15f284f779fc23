"""Receives the page feedback form.

Pages are served whole from the cache and set no cookie, so the form carries no CSRF token;
this view is exempt and takes only harmless anonymous data, checked by the form, with a rate
limit per client address. It never answers with a cookie or a server error.
"""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from lundsite.feedback import COMMENT_MAX_LENGTH, PageFeedbackForm

RATE = "30/h"
RATE_GROUP = "page-feedback"
THANKS = "?sidrespons=tack#feedback"


def _thanks(request: HttpRequest, form: PageFeedbackForm) -> HttpResponseRedirect:
    page = form.cleaned_data.get("page") if hasattr(form, "cleaned_data") else None
    url = page.get_url(request) if page is not None else None
    return HttpResponseRedirect((url or "/") + THANKS)


@csrf_exempt
@require_POST
@never_cache
def page_feedback(request: HttpRequest) -> HttpResponse:
    if is_ratelimited(request, group=RATE_GROUP, key="ip", rate=RATE, increment=True):
        return render(request, "lundsite/feedback_error.html", {"too_many": True}, status=429)
    form = PageFeedbackForm(request.POST)
    valid = form.is_valid()
    if form.is_robot:
        # Thanked like anyone else, so that it learns nothing; nothing is stored.
        return _thanks(request, form)
    if not valid:
        page = form.cleaned_data.get("page")
        return render(
            request,
            "lundsite/feedback_error.html",
            {"form": form, "back": page, "max_length": COMMENT_MAX_LENGTH},
            status=400,
        )
    form.save()
    return _thanks(request, form)
