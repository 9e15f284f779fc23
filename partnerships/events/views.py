"""What an event's page answers: the page with its form, the receipt, and cancelling."""

from django.core import signing
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse

from lundsite.public_forms import EmptyForm, Responses, SubmissionLimit, take_submission
from partnerships.events.form import RegistrationForm
from partnerships.events.registration import Registration, RegistrationStatus, cancel

REGISTRATIONS = SubmissionLimit(group="event-registration", rate="10/h")
RECEIPT_SALT = "event-registration-receipt"
# The receipt on the page is shown for a day; after that the e-mail is the proof.
RECEIPT_MAX_AGE = 60 * 60 * 24
RECEIPT_ANCHOR = "#anmalan"


def _receipt_status(request: HttpRequest) -> str | None:
    """ "confirmed" or "waiting" for a fresh registration; "sent" when it cannot be told."""
    token = request.GET.get("kvitto")
    if token is None:
        return None
    try:
        return signing.loads(token, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
    except signing.BadSignature:
        return "sent"


def serve_event(page, request: HttpRequest) -> HttpResponse:
    receipt_status = _receipt_status(request)

    def render(form: RegistrationForm, status: int = 200) -> HttpResponse:
        response = TemplateResponse(
            request,
            "partnerships/events/event_page.html",
            {
                **page.get_context(request),
                "form": form,
                "registration_open": page.registration_is_open(),
                "seats_left": page.seats_left(),
                "receipt_status": receipt_status,
            },
            status=status,
        )
        if receipt_status:
            response["X-Robots-Tag"] = "noindex"
        return response

    if request.method != "POST" or not page.registration_is_open():
        return render(EmptyForm(RegistrationForm))

    def receipt(form: RegistrationForm, registration: Registration | None) -> HttpResponse:
        status = registration.status if registration else "sent"
        token = signing.dumps(status, salt=RECEIPT_SALT)
        return HttpResponseRedirect(f"{page.url}?kvitto={token}{RECEIPT_ANCHOR}")

    form = RegistrationForm(request.POST, event=page)
    responses = Responses.on_page(page, request, receipt, lambda form: render(form, status=400))
    return take_submission(request, form, REGISTRATIONS, responses)


def serve_cancel(page, request: HttpRequest, token: str) -> HttpResponse:
    """A GET only asks (mail scanners follow links); the POST of the button cancels."""
    registration = Registration.from_cancel_token(token)
    if registration is not None and registration.event.translation_key != page.translation_key:
        registration = None
    cancelled_now = False
    if (
        registration is not None
        and request.method == "POST"
        and registration.status != RegistrationStatus.CANCELLED
    ):
        cancel(registration)
        cancelled_now = True
    response = TemplateResponse(
        request,
        "partnerships/events/cancel_page.html",
        {
            **page.get_context(request),
            "registration": registration,
            "cancelled_now": cancelled_now,
            "already_cancelled": registration is not None
            and not cancelled_now
            and registration.status == RegistrationStatus.CANCELLED,
        },
        status=200 if registration is not None else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
