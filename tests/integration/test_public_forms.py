"""The one submission flow: a submission and its mails are stored together or not at all,
and only stored submissions count towards the rate limit, whichever form it is."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from lundsite import outbox
from lundsite.outbox import OutgoingEmail
from lundsite.public_forms import Responses, SubmissionLimit, take_submission
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.interest import Interest
from partnerships.initiatives.models import Initiative
from tests.factories.frivilligkraft import publish_assignment
from tests.integration.test_frivilligkraft import POST, interest_data, posting_data
from tests.integration.test_initiative_flow import FORM_URL, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


@pytest.fixture
def broken_mail(monkeypatch):
    """Makes rendering one mail template fail, after the mails before it were stored."""

    def break_template(name: str) -> None:
        render = outbox.render_to_string

        def failing(template_name, *args, **kwargs):
            if template_name.startswith(name):
                raise RuntimeError("the mail could not be rendered")
            return render(template_name, *args, **kwargs)

        monkeypatch.setattr(outbox, "render_to_string", failing)

    return break_template


def post_failing(client, url: str, data: dict) -> int:
    client.raise_request_exception = False
    return client.post(url, data).status_code


def test_an_idea_is_not_kept_without_its_mails(client, broken_mail):
    broken_mail("partnerships/initiatives/email/initiative_receipt")  # the second of two
    assert post_failing(client, FORM_URL, valid_data()) == 500
    assert Initiative.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_an_interest_is_not_kept_without_its_mails(client, broken_mail):
    page = publish_assignment()
    broken_mail("partnerships/frivilligkraft/email/interest_receipt")  # the second of three
    assert post_failing(client, page.url, interest_data()) == 500
    assert Interest.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_a_posted_assignment_is_not_kept_without_its_mails(client, broken_mail):
    broken_mail("partnerships/frivilligkraft/email/assignment_to_coordinators")
    assert post_failing(client, POST, posting_data()) == 500
    assert not AssignmentPage.objects.filter(title="Läsa högt på äldreboendet").exists()
    assert OutgoingEmail.objects.count() == 0


class FakeForm:
    def __init__(self, valid: bool = True, spam: bool = False) -> None:
        self.valid, self.is_spam, self.submitted = valid, spam, 0

    def is_valid(self) -> bool:
        return self.valid

    def submit(self, request) -> str:
        self.submitted += 1
        return "stored"


def run(form: FakeForm, limit: SubmissionLimit) -> str:
    request = RequestFactory().post("/", REMOTE_ADDR="10.9.8.7")
    responses = Responses(
        receipt=lambda form, stored: HttpResponse(f"receipt:{stored}"),
        invalid=lambda form: HttpResponse("invalid", status=400),
        too_many=lambda: HttpResponse("too many", status=429),
    )
    return take_submission(request, form, limit, responses).content.decode()


def test_only_stored_submissions_count_towards_the_limit():
    limit = SubmissionLimit(group="flow-test", rate="2/h")
    for _attempt in range(5):
        assert run(FakeForm(valid=False), limit) == "invalid"
        assert run(FakeForm(spam=True), limit) == "receipt:None"
    stored = [FakeForm(), FakeForm()]
    assert [run(form, limit) for form in stored] == ["receipt:stored", "receipt:stored"]
    late = FakeForm()
    assert run(late, limit) == "too many"
    assert [form.submitted for form in [*stored, late]] == [1, 1, 0]


def test_a_robot_is_thanked_and_nothing_is_submitted():
    robot = FakeForm(spam=True)
    assert run(robot, SubmissionLimit(group="flow-robot", rate="5/h")) == "receipt:None"
    assert robot.submitted == 0
