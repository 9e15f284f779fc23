"""Frivilligkraft through Django's client: the list, an assignment, interest and posting."""

import datetime

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from wagtail.models import WorkflowState

from lundsite.outbox import OutgoingEmail, deliver_due
from partnerships.frivilligkraft.assignments import AssignmentPage, AssignmentStatus
from partnerships.frivilligkraft.categories import AssignmentCategory
from partnerships.frivilligkraft.index import AssignmentIndexPage
from partnerships.frivilligkraft.interest import Interest
from principles.models import PriorityAreaPage
from tests.factories.frivilligkraft import (
    ORGANISER_EMAIL,
    ORGANISER_NAME,
    ORGANISER_PHONE,
    assignment_index,
    publish_assignment,
)

PER_PAGE = AssignmentIndexPage.per_page

pytestmark = pytest.mark.django_db
LIST = "/frivilligkraft/"
POST = "/frivilligkraft/lagg-upp-uppdrag/"
POST_EN = "/en/frivilligkraft/post-an-assignment/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def interest_data(**overrides) -> dict:
    data = {
        "name": "Sam Volontär",
        "email": "sam@example.org",
        "phone": "",
        "message": "Jag har tid på tisdagar.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def posting_data(language: str = "sv", **overrides) -> dict:
    category = AssignmentCategory.objects.get(slug="sallskap", locale__language_code=language)
    data = {
        "title": "Läsa högt på äldreboendet",
        "tasks": "Du läser tidningen högt för de boende.",
        "helps": "Äldre som ser dåligt.",
        "category": category.pk,
        "district": "norr",
        "schedule": "recurring",
        "when": "Varje torsdag kl. 10–11",
        "first_day": "",
        "last_day": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "volunteers_wanted": "2",
        "minimum_age": "",
        "languages": "Svenska",
        "accessibility": "",
        "organiser_name": "Norra Fäladens PRO",
        "contact_name": "Britt Ek",
        "contact_email": "britt.ek@example.org",
        "contact_phone": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


# The list


def test_the_list_shows_only_open_assignments_soonest_first(client):
    later = publish_assignment("Senare uppdrag", days_left=20, first_day=None)
    sooner = publish_assignment("Tidigare uppdrag", days_left=5)
    publish_assignment("Redan tillsatt", status=AssignmentStatus.FILLED)
    publish_assignment("Stängt uppdrag", status=AssignmentStatus.CLOSED)
    past = publish_assignment("Gick ut", days_left=3)
    AssignmentPage.objects.filter(pk=past.pk).update(
        last_day=timezone.localdate() - datetime.timedelta(days=1)
    )
    draft = publish_assignment("Inte publicerat")
    draft.unpublish()

    content = client.get(LIST).content.decode()

    assert content.index(sooner.title) < content.index(later.title)
    for hidden in ("Redan tillsatt", "Stängt uppdrag", "Gick ut", "Inte publicerat"):
        assert hidden not in content
    assert "2 öppna uppdrag" in content


def test_filters_narrow_the_list_and_say_noindex(client):
    publish_assignment("Fika på träffpunkten", category="evenemang", district="dalby")
    publish_assignment("Läxhjälp i Genarp", category="sprak-och-laxhjalp", district="genarp")

    by_category = client.get(LIST, {"category": "evenemang"})
    by_district = client.get(LIST, {"district": "genarp"})
    by_words = client.get(LIST, {"q": "träffpunkten"})
    unfiltered = client.get(LIST)

    assert "Fika på träffpunkten" in by_category.content.decode()
    assert "Läxhjälp i Genarp" not in by_category.content.decode()
    assert "Läxhjälp i Genarp" in by_district.content.decode()
    assert "Fika på träffpunkten" not in by_district.content.decode()
    assert "1 öppet uppdrag" in by_words.content.decode()
    assert by_category["X-Robots-Tag"] == "noindex"
    assert "X-Robots-Tag" not in unfiltered


@pytest.mark.parametrize(
    "query",
    [
        {"district": "<script>alert(1)</script>"},
        {"category": "\x00"},
        {"q": "x" * 5000},
        {"schedule": ["one-off", "recurring"]},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
    ],
)
def test_no_input_breaks_the_list(client, query):
    publish_assignment()
    response = client.get(LIST, query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_the_list_is_paginated(client):
    for number in range(PER_PAGE + 1):
        publish_assignment(f"Uppdrag nummer {number}", days_left=10 + number)

    first = client.get(LIST).content.decode()
    second = client.get(LIST, {"page": "2"}).content.decode()

    assert "Uppdrag nummer 0<" in first and f"Uppdrag nummer {PER_PAGE}<" not in first
    assert f"Uppdrag nummer {PER_PAGE}<" in second


def test_english_list_shows_english_assignments(client):
    publish_assignment("Walk with a neighbour", language="en")
    response = client.get("/en/frivilligkraft/")
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert "Walk with a neighbour" in content
    assert "1 open task" in content


def test_a_priority_area_lists_its_open_assignments(client):
    area = PriorityAreaPage.objects.get(slug="inkludering", locale__language_code="sv")
    open_one = publish_assignment("Språkcafé")
    open_one.priority_areas = [area]
    open_one.save_revision().publish()
    closed = publish_assignment("Gammalt språkcafé", status=AssignmentStatus.CLOSED)
    closed.priority_areas = [area]
    closed.save_revision().publish()

    content = client.get(area.url).content.decode()

    assert "Volontäruppdrag inom området" in content
    assert "Språkcafé" in content
    assert "Gammalt språkcafé" not in content


# One assignment and interest


def test_the_organisers_contact_details_never_appear(client):
    page = publish_assignment()
    for url in (page.url, LIST, "/sok/?q=granne"):
        content = client.get(url).content.decode()
        assert ORGANISER_EMAIL not in content
        assert ORGANISER_PHONE not in content
        assert ORGANISER_NAME not in content


def test_an_interest_is_stored_and_three_mails_go_out(client, mailoutbox):
    page = publish_assignment()

    response = client.post(page.url, interest_data())

    assert response.status_code == 302
    assert response["Location"] == page.url + "?tack=1#tack"
    interest = Interest.objects.get()
    assert (interest.assignment_id, interest.email) == (page.pk, "sam@example.org")
    assert OutgoingEmail.objects.unsent().count() == 3
    assert deliver_due() == 3
    to_organiser = next(m for m in mailoutbox if m.to == [ORGANISER_EMAIL])
    receipt = next(m for m in mailoutbox if m.to == ["sam@example.org"])
    copy = next(m for m in mailoutbox if m.to == ["frivilligkraft@lund.se"])
    assert to_organiser.reply_to == ["sam@example.org"]
    assert "Jag har tid på tisdagar." in to_organiser.body
    assert "Kopia" in copy.subject
    assert ORGANISER_EMAIL not in receipt.body and ORGANISER_PHONE not in receipt.body
    assert "Sam" not in receipt.subject
    thanks = client.get(response["Location"]).content.decode()
    assert "Tack! Vi har skickat din intresseanmälan" in thanks
    # The page feedback below has its own thanks, not triggered by this one.
    assert "Tack för ditt svar!" not in thanks


def test_an_english_volunteer_gets_an_english_receipt(client, mailoutbox):
    page = publish_assignment("Walk with a neighbour", language="en")
    client.post(page.url, interest_data())
    deliver_due()
    receipt = next(m for m in mailoutbox if m.to == ["sam@example.org"])
    assert receipt.subject == "We have sent your interest"


def test_interest_errors_are_summarised_and_nothing_is_stored(client):
    page = publish_assignment()
    response = client.post(page.url, interest_data(name="", email="nej", consent=""))
    content = response.content.decode()
    assert response.status_code == 400
    assert Interest.objects.count() == 0
    summary = content[content.index('class="error-summary"') :]
    assert 'href="#id_name"' in summary and "Skriv ditt namn." in summary
    assert 'href="#id_email"' in summary
    assert 'href="#id_consent"' in summary


def test_interest_errors_in_english(client):
    page = publish_assignment("Walk with a neighbour", language="en")
    content = client.post(page.url, interest_data(name="")).content.decode()
    assert "Write your name." in content


def test_interest_honeypot_and_rate_limit(client):
    page = publish_assignment()
    spam = client.post(page.url, interest_data(website="http://spam.example"))
    assert spam.status_code == 302 and Interest.objects.count() == 0
    for _ in range(10):
        client.post(page.url, interest_data())
    assert Interest.objects.count() == 10
    assert client.post(page.url, interest_data()).status_code == 429
    assert Interest.objects.count() == 10


def test_a_closed_assignment_answers_but_takes_no_interest(client):
    page = publish_assignment("Stängt och klart", status=AssignmentStatus.CLOSED)
    similar = publish_assignment("Liknande öppet uppdrag")

    content = client.get(page.url).content.decode()
    response = client.post(page.url, interest_data())

    assert "Uppdraget är stängt." in content
    assert 'name="message"' not in content
    assert similar.url in content
    assert response.status_code == 200
    assert Interest.objects.count() == 0


# Posting an assignment


def test_a_posted_assignment_waits_for_a_coordinator(client):
    response = client.post(POST, posting_data())

    assert response.status_code == 302 and response["Location"].endswith("?tack=1")
    page = AssignmentPage.objects.get(title="Läsa högt på äldreboendet")
    assert not page.live
    assert page.get_parent().pk == assignment_index().pk
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Frivilligkrafts granskning"
    assert "Läsa högt" not in client.get(LIST).content.decode()
    assert client.get(page.url or "/frivilligkraft/lasa-hogt-pa-aldreboendet/").status_code == 404
    templates = sorted(OutgoingEmail.objects.values_list("template", flat=True))
    assert templates == [
        "partnerships/frivilligkraft/email/assignment_receipt",
        "partnerships/frivilligkraft/email/assignment_to_coordinators",
    ]
    assert "Tack" in client.get(response["Location"]).content.decode()


def test_a_private_person_is_shown_by_first_name(client):
    client.post(POST, posting_data(is_private_person="on", organiser_name="Karin Lind"))
    page = AssignmentPage.objects.get(title="Läsa högt på äldreboendet")
    assert page.organiser_name == "Karin"
    assert page.contact_email == "britt.ek@example.org"


def test_posting_errors_are_summarised_in_swedish_and_english(client):
    swedish = client.post(POST, posting_data(title="", last_day="2001-01-01"))
    english = client.post(POST_EN, posting_data("en", title="", contact_email="nej"))

    assert swedish.status_code == english.status_code == 400
    summary = swedish.content.decode()
    assert 'href="#id_title"' in summary and "Skriv en rubrik." in summary
    assert "Sista dagen kan inte ha passerat." in summary
    assert "Write a title." in english.content.decode()
    assert "Write the email address like this" in english.content.decode()
    assert AssignmentPage.objects.filter(title="").count() == 0


def test_posting_needs_csrf_honeypot_and_rate_limit(client):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(POST, posting_data()).status_code == 403
    spam = client.post(POST, posting_data(website="http://spam.example"))
    assert spam.status_code == 302
    assert not AssignmentPage.objects.filter(title="Läsa högt på äldreboendet").exists()
    for number in range(5):
        client.post(POST, posting_data(title=f"Uppdrag {number}"))
    assert client.post(POST, posting_data(title="Ett för mycket")).status_code == 429
    assert not AssignmentPage.objects.filter(title="Ett för mycket").exists()


def test_site_search_finds_assignments_and_labels_them(client):
    publish_assignment("Cykla med en granne", tasks="Du cyklar tandemcykel med en granne.")
    content = client.get("/sok/", {"q": "tandemcykel"}).content.decode()
    assert "Cykla med en granne" in content
    assert '<span class="tag">Uppdrag</span>' in content


@pytest.mark.parametrize(
    "field,value",
    [
        ("tasks", "x" * 5000),
        ("title", "<script>alert(1)</script>" * 10),
        ("category", "999999"),
        ("district", "månen"),
        ("schedule", "ibland"),
        ("last_day", "2026-02-30"),
        ("volunteers_wanted", "-3"),
        ("minimum_age", "tolv"),
        ("contact_name", "Nul\x00tecken"),
        ("priority_areas", "finns-inte"),
    ],
)
def test_bad_posting_input_gets_a_message_never_a_server_error(client, field, value):
    response = client.post(POST, posting_data(**{field: value}))
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert 'class="error-summary"' in response.content.decode()
    assert not AssignmentPage.objects.filter(live=False).exists()


@pytest.mark.parametrize(
    "field,value",
    [("message", "x" * 5000), ("email", "a@" + "b" * 300), ("name", "Nul\x00tecken")],
)
def test_bad_interest_input_gets_a_message_never_a_server_error(client, field, value):
    page = publish_assignment()
    response = client.post(page.url, interest_data(**{field: value}))
    assert response.status_code == 400
    assert Interest.objects.count() == 0


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("/frivilligkraft/post-an-assignment/", POST),
        ("/en/frivilligkraft/lagg-upp-uppdrag/", POST_EN),
        ("/frivilligkraft/post-an-assignment/?x=1", POST + "?x=1"),
    ],
)
def test_the_posting_form_answers_at_one_address_per_language(client, wrong, right):
    """The form's address in the other language's words is an old link: sent on, not a
    second copy of the page in the cache and in search engines."""
    response = client.get(wrong)
    assert response.status_code == 301
    assert response["Location"] == right
    assert client.get(right).status_code == 200
