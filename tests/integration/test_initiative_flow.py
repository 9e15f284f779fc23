"""An association sends an idea: it is stored, referenced, confirmed and never lost."""

import re

import pytest
from django.core.cache import caches

from lundsite.outbox import OutgoingEmail, deliver_due
from partnerships.initiatives.models import Initiative

pytestmark = pytest.mark.django_db
FORM_URL = "/foreningslotsen/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def valid_data(**overrides) -> dict:
    data = {
        "organisation_name": "Läsfrämjarna i Lund",
        "organisation_number": "8020001239",
        "contact_name": "Aisha Karlsson",
        "email": "aisha@example.org",
        "phone": "",
        "idea": "Läxhjälp på biblioteket två kvällar i veckan.",
        "target_group": "Barn i årskurs 4–9.",
        "organisation_brings": "Tio vana volontärer.",
        "municipality_brings": "En lokal och kontakt med skolorna.",
        "preferred_administration": "",
        "has_joined": "yes",
        "consent": "on",
        "wants_status_updates": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_form_page_shows_contact_details_and_privacy_link(client):
    content = client.get(FORM_URL).content.decode()
    assert "foreningslots@lund.se" in content
    assert "knappval 5" in content
    assert "Brotorget 1" in content
    assert 'href="/personuppgifter/"' in content
    assert 'name="organisation_number"' in content


def test_idea_is_stored_with_a_reference_and_the_thanks_page_shows_it(client):
    response = client.post(FORM_URL, valid_data(), follow=True)

    initiative = Initiative.objects.get()
    assert re.fullmatch(r"SI-\d{4}-\d{4}", initiative.reference)
    assert initiative.organisation_number == "802000-1239"
    assert initiative.language == "sv"
    content = response.content.decode()
    assert response.redirect_chain[0][0].startswith("/foreningslotsen/tack/?kvitto=")
    assert initiative.reference in content
    assert "Tack för din idé" in content


def test_references_count_up_within_the_year(client):
    client.post(FORM_URL, valid_data())
    client.post(FORM_URL, valid_data(organisation_name="Schackklubben"))
    first, second = Initiative.objects.order_by("pk").values_list("reference", flat=True)
    assert int(second[-4:]) == int(first[-4:]) + 1


def test_both_mails_are_queued_and_then_delivered(client, mailoutbox):
    client.post(FORM_URL, valid_data(priority_areas=[]))
    reference = Initiative.objects.get().reference
    assert OutgoingEmail.objects.unsent().count() == 2
    assert mailoutbox == []

    assert deliver_due() == 2

    to_guide = next(m for m in mailoutbox if m.to == ["foreningslots@lund.se"])
    receipt = next(m for m in mailoutbox if m.to == ["aisha@example.org"])
    assert to_guide.reply_to == ["aisha@example.org"]
    assert "Läxhjälp på biblioteket" in to_guide.body
    assert reference in to_guide.subject
    assert reference in receipt.subject and reference in receipt.body
    assert "Hej Aisha Karlsson!" in receipt.body
    assert receipt.alternatives[0][1] == "text/html"
    # Nothing the sender typed goes into a header other than Reply-To.
    assert "Aisha" not in receipt.subject and "Läsfrämjarna" not in to_guide.subject


def test_english_sender_gets_an_english_receipt(client, mailoutbox):
    response = client.post("/en/association-guide/", valid_data(), follow=True)
    assert "Thank you for your idea" in response.content.decode()
    deliver_due()
    receipt = next(m for m in mailoutbox if m.to == ["aisha@example.org"])
    to_guide = next(m for m in mailoutbox if m.to == ["foreningslots@lund.se"])
    assert "We have received your idea" in receipt.subject
    assert "Ny samverkansidé" in to_guide.subject


def test_errors_are_summarised_at_the_top_and_nothing_is_stored(client):
    response = client.post(
        FORM_URL, valid_data(email="inte-en-adress", organisation_number="8020001234", consent="")
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert Initiative.objects.count() == 0
    summary = content[content.index('class="error-summary"') : content.index('class="idea-form"')]
    assert 'href="#id_email"' in summary
    assert 'href="#id_organisation_number"' in summary
    assert 'href="#id_consent"' in summary
    assert "Organisationsnumret stämmer inte" in summary
    assert 'aria-describedby="id_email_helptext id_email-error"' in content
    assert "Fel i formuläret" in content.split("</title>")[0]


def test_english_errors_are_in_english(client):
    content = client.post("/en/association-guide/", valid_data(contact_name="")).content.decode()
    assert "Write the name of a contact person." in content


@pytest.mark.parametrize(
    "field,value",
    [
        ("idea", "x" * 3001),
        ("organisation_name", "<script>alert(1)</script>" * 20),
        ("contact_name", "Nul\x00tecken"),
        ("priority_areas", "finns-inte"),
        ("has_joined", "kanske"),
    ],
)
def test_bad_input_gets_a_message_never_a_server_error(client, field, value):
    response = client.post(FORM_URL, valid_data(**{field: value}))
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert Initiative.objects.count() == 0


def test_honeypot_is_thanked_but_nothing_is_stored(client):
    response = client.post(FORM_URL, valid_data(website="http://spam.example"))
    assert response.status_code == 302
    assert Initiative.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_too_many_submissions_get_a_friendly_429(client):
    for number in range(5):
        assert client.post(FORM_URL, valid_data(contact_name=f"Person {number}")).status_code == 302
    response = client.post(FORM_URL, valid_data())
    assert response.status_code == 429
    assert "Vänta en stund" in response.content.decode()
    assert Initiative.objects.count() == 5


def test_mistakes_do_not_count_towards_the_limit(client):
    for _attempt in range(8):
        assert client.post(FORM_URL, valid_data(email="fel")).status_code == 400
    assert client.post(FORM_URL, valid_data()).status_code == 302


def test_thanks_page_without_a_valid_receipt_shows_no_reference(client):
    client.post(FORM_URL, valid_data())
    content = client.get("/foreningslotsen/tack/?kvitto=SI-2026-0001").content.decode()
    assert "SI-2026-0001" not in content
    assert "Bekräftelsen med referensnumret finns i din e-post" in content


def test_form_page_is_not_indexed_thanks_page_is_not_indexed(client):
    assert client.get("/foreningslotsen/tack/")["X-Robots-Tag"] == "noindex"
