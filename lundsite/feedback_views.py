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

from lundsite.feedback import COMMENT_MAX_LENGTH, PageFeedbackForm
from lundsite.public_forms import Responses, SubmissionLimit, take_submission

RATE = "30/h"
RATE_GROUP = "page-feedback"
THANKS = "?sidrespons=tack#feedback"


def _thanks(request: HttpRequest, form: PageFeedbackForm) -> HttpResponseRedirect:
    # A robot is thanked on the page it meant to answer about, like anyone else.
    page = form.cleaned_data.get("page") if form.is_valid() else None
    url = page.get_url(request) if page is not None else None
    return HttpResponseRedirect((url or "/") + THANKS)


def _refused(request: HttpRequest, form: PageFeedbackForm) -> HttpResponse:
    return render(
        request,
        "lundsite/feedback_error.html",
        {"form": form, "back": form.cleaned_data.get("page"), "max_length": COMMENT_MAX_LENGTH},
        status=400,
    )


@csrf_exempt
@require_POST
@never_cache
def page_feedback(request: HttpRequest) -> HttpResponse:
    return take_submission(
        request,
        PageFeedbackForm(request.POST),
        SubmissionLimit(group=RATE_GROUP, rate=RATE),
        Responses(
            receipt=lambda form, feedback: _thanks(request, form),
            invalid=lambda form: _refused(request, form),
            too_many=lambda: render(
                request, "lundsite/feedback_error.html", {"too_many": True}, status=429
            ),
        ),
    )
