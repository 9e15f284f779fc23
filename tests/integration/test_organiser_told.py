"""The organiser of a posted assignment hears when a coordinator publishes it, with its
link, or sends it back, with the coordinator's reason; once, in the language they used."""

import pytest
from django.test import override_settings
from django.urls import reverse

from lundsite.outbox import OutgoingEmail
from partnerships.frivilligkraft.assignments import AssignmentPage
from tests.factories.frivilligkraft import ORGANISER_EMAIL, publish_assignment
from tests.factories.people import member_of
from tests.integration.test_frivilligkraft import POST, POST_EN, fresh_rate_limit, posting_data

pytestmark = pytest.mark.django_db
__all__ = ["fresh_rate_limit"]  # the posting form's rate limit starts afresh in each test

PUBLISHED = "partnerships/frivilligkraft/email/assignment_published"
DECLINED = "partnerships/frivilligkraft/email/assignment_declined"
BASE_URL = "https://samverkan.example"


@pytest.fixture
def coordinator(client, django_user_model):
    client.force_login(member_of(django_user_model, "Frivilligkraft", "samordnare"))
    return client


def post_assignment(client, url: str = POST, language: str = "sv") -> AssignmentPage:
    assert client.post(url, posting_data(language)).status_code == 302
    return AssignmentPage.objects.get(
        title="Läsa högt på äldreboendet", locale__language_code=language
    )


def act(client, page: AssignmentPage, action: str, comment: str = "") -> None:
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    assert client.post(url, {"comment": comment}).status_code in (200, 302)


def mails(template: str) -> list[OutgoingEmail]:
    return list(OutgoingEmail.objects.filter(template=template))


@override_settings(WAGTAILADMIN_BASE_URL=BASE_URL)
def test_approval_tells_the_organiser_once_with_the_public_link(client, coordinator):
    page = post_assignment(client)

    act(coordinator, page, "approve")

    page.refresh_from_db()
    assert page.live
    [sent] = mails(PUBLISHED)
    assert sent.to == ["britt.ek@example.org"] and sent.language == "sv"
    link = f"{BASE_URL}/frivilligkraft/{page.slug}/"
    assert link in sent.body_text and f'href="{link}"' in sent.body_html
    assert "Läsa högt på äldreboendet" in sent.subject and "publicerat" in sent.subject
    assert client.get(link.removeprefix(BASE_URL)).status_code == 200

    page.specific.save_revision().publish()  # a later edit by a coordinator
    assert len(mails(PUBLISHED)) == 1
    assert mails(DECLINED) == []


def test_an_english_organiser_is_told_in_english(client, coordinator):
    page = post_assignment(client, POST_EN, "en")

    act(coordinator, page, "approve")

    [sent] = mails(PUBLISHED)
    assert sent.language == "en" and sent.subject.startswith("Your assignment is published")
    assert "/en/frivilligkraft/" in sent.body_text
    assert '<html lang="en">' in sent.body_html


def test_a_declined_assignment_tells_the_organiser_why(client, coordinator):
    page = post_assignment(client)
    reason = "Vi publicerar inte uppdrag som ersätter betald personal."

    act(coordinator, page, "reject", comment=reason)

    page.refresh_from_db()
    assert not page.live
    [sent] = mails(DECLINED)
    assert sent.to == ["britt.ek@example.org"]
    assert reason in sent.body_text and reason in sent.body_html
    assert "inte publicerat" in sent.subject
    assert mails(PUBLISHED) == []


def test_assignments_the_coordinators_write_themselves_send_nothing(coordinator):
    publish_assignment(title="Skriven av Frivilligkraft")
    assert not OutgoingEmail.objects.filter(to=[ORGANISER_EMAIL]).exists()
