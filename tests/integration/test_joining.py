"""Joining the agreement online: the form, the private minutes, kommunkontoret's decision."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from lundsite.outbox import OutgoingEmail
from partnerships.joining.form import MAX_MINUTES_BYTES
from partnerships.joining.models import JoiningApplication, JoiningStatus
from partnerships.parties import Organisation
from tests.factories.joining import (
    joining_data,
    make_application,
    pdf_bytes,
    pdf_upload,
)
from tests.factories.partnerships import OrganisationFactory
from tests.factories.people import member_of

pytestmark = pytest.mark.django_db
FORM = "/overenskommelsen/anslut-er/"
FORM_EN = "/en/the-agreement/join/"
INBOX = "/admin/anslutningar/"


def test_form_page_takes_a_file(client):
    content = client.get(FORM).content.decode()
    assert 'enctype="multipart/form-data"' in content
    assert 'accept="application/pdf,.pdf"' in content


def test_an_association_joins_and_both_sides_get_mail(client):
    response = client.post(FORM, joining_data())
    assert response.status_code == 302
    assert response["Location"] == FORM + "tack/"
    application = JoiningApplication.objects.get()
    assert application.status == JoiningStatus.RECEIVED
    stored = Path(application.minutes.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert stored.read_bytes().startswith(b"%PDF-")
    assert "protokoll" not in stored.name  # the sender's file name is not kept
    mails = {tuple(mail.to): mail for mail in OutgoingEmail.objects.all()}
    assert mails[("kommunkontoret@lund.se",)].reply_to == ["styrelsen@example.org"]
    assert "Schackklubben Springaren" in mails[("kommunkontoret@lund.se",)].subject
    assert mails[("styrelsen@example.org",)].language == "sv"
    assert "802000-1239" in mails[("styrelsen@example.org",)].body_text


def test_english_sender_gets_english_receipt(client):
    assert client.post(FORM_EN, joining_data()).status_code == 302
    receipt = OutgoingEmail.objects.get(to=["styrelsen@example.org"])
    assert receipt.language == "en"
    assert "We have received" in receipt.subject


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf_upload("protokoll.pdf", b"just text, not a PDF"), "Filen är inte en PDF"),
        (pdf_upload("protokoll.pdf", b"%PDF-1.7\nbroken beyond repair"), "Filen är inte en PDF"),
        (pdf_upload("protokoll.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100), "Filen är inte en PDF"),
        (pdf_upload("protokoll.pdf", b""), "Filen är tom"),
    ],
)
def test_a_file_that_is_not_a_pdf_is_refused_by_its_content(client, upload, message):
    response = client.post(FORM, joining_data(minutes=upload))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not JoiningApplication.objects.exists()


def test_a_pdf_with_another_name_is_taken_by_its_content(client):
    upload = pdf_upload("protokoll.docx", pdf_bytes())
    assert client.post(FORM, joining_data(minutes=upload)).status_code == 302


def test_a_file_over_ten_megabytes_is_refused(client):
    too_big = pdf_bytes() + b"%" * (MAX_MINUTES_BYTES - len(pdf_bytes()) + 1)
    response = client.post(FORM, joining_data(minutes=pdf_upload(content=too_big)))
    assert response.status_code == 400
    assert "högst 10 MB" in response.content.decode()


def test_a_file_of_exactly_ten_megabytes_is_taken(client):
    exact = pdf_bytes() + b"\n" * (MAX_MINUTES_BYTES - len(pdf_bytes()))
    assert client.post(FORM, joining_data(minutes=pdf_upload(content=exact))).status_code == 302


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "decision_date",
            (timezone.localdate() + datetime.timedelta(days=1)).isoformat(),
            "i framtiden",
        ),
        ("decision_date", "0001-01-01", "Kontrollera året"),
        ("decision_date", "igår", "Skriv datumet så här"),
        ("organisation_number", "802000-1234", "stämmer inte"),
        ("organisation_number", "", "Skriv föreningens organisationsnummer"),
        ("minutes", "", "Välj protokollet"),
    ],
)
def test_mistakes_are_explained(client, field, value, message):
    response = client.post(FORM, joining_data(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_minutes_are_never_reachable_under_media_url(client):
    application = make_application()
    name = application.minutes.name
    assert client.get(settings.MEDIA_URL + name).status_code == 404
    assert not application.minutes.url.startswith(settings.MEDIA_URL)
    anonymous = client.get(application.minutes.url)
    assert anonymous.status_code == 302
    assert b"%PDF" not in anonymous.content


def test_only_kommunkontoret_downloads_the_minutes(client, django_user_model):
    application = make_application()
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    assert client.get(application.minutes.url).status_code in (302, 403)
    client.force_login(member_of(django_user_model, "Kommunkontoret", "kansliet"))
    response = client.get(application.minutes.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert client.get("/admin/anslutningsprotokoll/anslutningar/finns-inte.pdf").status_code == 404


def decide(client, application, **fields):
    data = {"status": application.status, "decision_reason": ""}
    data.update(fields)
    return client.post(f"{INBOX}edit/{application.pk}/", data)


def test_approval_creates_the_organisation_and_lists_it(client, django_user_model):
    application = make_application(language="en")
    client.force_login(member_of(django_user_model, "Kommunkontoret", "kansliet"))
    assert application.minutes.name in client.get(INBOX).content.decode()
    assert decide(client, application, status="approved").status_code == 302
    application.refresh_from_db()
    organisation = application.organisation
    assert organisation.has_joined and organisation.joined_on == datetime.date(2026, 2, 10)
    assert organisation.slug == "schackklubben-springaren"
    english = Organisation.objects.get(
        translation_key=organisation.translation_key, locale__language_code="en"
    )
    assert english.has_joined and english.joined_on == organisation.joined_on
    listed = client.get("/overenskommelsen/anslutna/", {"q": "Springaren"}).content.decode()
    assert "10 februari 2026" in listed
    decision = OutgoingEmail.objects.get(to=["styrelsen@example.org"])
    assert decision.language == "en"
    assert "10 February 2026" in decision.body_text


def test_approval_updates_a_known_organisation(client, django_user_model):
    known = OrganisationFactory(name="Springaren", organisation_number="802000-1239")
    application = make_application()
    client.force_login(member_of(django_user_model, "Kommunkontoret", "kansliet"))
    decide(client, application, status="approved")
    known.refresh_from_db()
    assert known.has_joined and known.joined_on == datetime.date(2026, 2, 10)
    assert (
        Organisation.objects.filter(
            locale__language_code="sv", organisation_number="802000-1239"
        ).count()
        == 1
    )


def test_a_declined_application_needs_a_reason_and_mails_it(client, django_user_model):
    application = make_application()
    client.force_login(member_of(django_user_model, "Kommunkontoret", "kansliet"))
    response = decide(client, application, status="declined")
    assert response.status_code == 200
    assert "Skriv varför anslutningen inte godkänns." in response.content.decode()
    assert not OutgoingEmail.objects.exists()
    decide(client, application, status="declined", decision_reason="Protokollet saknar beslutet.")
    application.refresh_from_db()
    assert application.decided_at is not None and application.organisation is None
    decision = OutgoingEmail.objects.get(to=["styrelsen@example.org"])
    assert "Protokollet saknar beslutet." in decision.body_text
    assert not Organisation.objects.filter(name="Schackklubben Springaren").exists()


def test_editors_never_see_applications(client, django_user_model):
    application = make_application()
    client.force_login(member_of(django_user_model, "Redaktörer", "redaktor"))
    for url in (INBOX, f"{INBOX}edit/{application.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "styrelsen@example.org" not in response.content.decode()


def test_minutes_are_deleted_after_the_retention_period():
    old = make_application(status=JoiningStatus.APPROVED)
    JoiningApplication.objects.filter(pk=old.pk).update(
        decided_at=timezone.now() - datetime.timedelta(days=800)
    )
    recent = make_application(status=JoiningStatus.APPROVED, decided_at=timezone.now())
    undecided = make_application()
    old_path = Path(old.minutes.path)
    call_command("remove_old_joining_minutes", verbosity=0)
    old.refresh_from_db()
    assert not old.minutes and old.minutes_removed_at is not None
    assert not old_path.exists()
    assert old.status == JoiningStatus.APPROVED
    recent.refresh_from_db()
    undecided.refresh_from_db()
    assert recent.minutes and undecided.minutes
