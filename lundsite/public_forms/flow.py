"""The submission flow shared by every public form."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Page

from lundsite.public_forms.forms import PublicForm
from lundsite.public_forms.limits import SubmissionLimit


@dataclass(frozen=True)
class Responses:
    """What the reader gets back at each turn of the flow; each page words its own."""

    receipt: Callable[[PublicForm, Any], HttpResponse]  # (form, what was stored or None)
    invalid: Callable[[PublicForm], HttpResponse]  # the form again, with its errors (400)
    too_many: Callable[[], HttpResponse]  # the limit is reached (429)

    @classmethod
    def on_page(
        cls,
        page: Page,
        request: HttpRequest,
        receipt: Callable[[PublicForm, Any], HttpResponse],
        invalid: Callable[[PublicForm], HttpResponse],
    ) -> "Responses":
        """For a form on a page: the limit is explained in the page's frame and language."""
        return cls(
            receipt=receipt,
            invalid=invalid,
            too_many=lambda: TemplateResponse(
                request, "429.html", page.get_context(request), status=429
            ),
        )


def take_submission(
    request: HttpRequest, form: PublicForm, limit: SubmissionLimit, responses: Responses
) -> HttpResponse:
    """limit → honeypot → validate → save and queue mails atomically → receipt.

    The submission and its mails are stored in one transaction: if queuing a mail fails,
    neither the submission nor any of its mails is kept. Delivery starts after the commit.
    """
    if limit.is_reached(request):
        return responses.too_many()
    if form.is_spam:
        # Thanked like anyone else, so that the robot learns nothing; nothing is stored.
        return responses.receipt(form, None)
    if not form.is_valid():
        return responses.invalid(form)
    if not limit.take(request):
        return responses.too_many()
    with transaction.atomic():
        submission = form.submit(request)
    return responses.receipt(form, submission)
