"""The forms that an organisation sends (an idea, an application to join) ask for the sender
and a contact person with one shared include (templates/includes/organisation_fields.html):
the same questions, in the same fieldsets, each with its label, filled in or with errors."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches

pytestmark = pytest.mark.django_db
SENDER = ["organisation_name", "organisation_number"]
CONTACT = ["contact_name", "email", "phone"]
FORMS = [
    ("/foreningslotsen/", "Om organisationen", [*SENDER, "has_joined"], "Kontaktperson"),
    ("/overenskommelsen/anslut-er/", "Om föreningen", SENDER, "Kontaktperson"),
    ("/en/association-guide/", "About the organisation", [*SENDER, "has_joined"], "Contact person"),
    ("/en/the-agreement/join/", "About the association", SENDER, "Contact person"),
]


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()


def fieldsets(html: bytes) -> dict[str, list[str]]:
    """Each fieldset of the form by its legend, with the names of the fields it holds."""
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for fieldset in soup.select("form fieldset"):
        names = [field["name"] for field in fieldset.select("input, textarea, select")]
        found[fieldset.legend.get_text(strip=True)] = list(dict.fromkeys(names))
        for field in fieldset.select("input:not([type=hidden]), textarea, select"):
            assert soup.select_one(f'label[for="{field["id"]}"]'), field["id"]
    return found


@pytest.mark.parametrize(("url", "legend", "sender", "contact"), FORMS)
def test_each_form_asks_for_the_sender_and_a_contact_person(client, url, legend, sender, contact):
    found = fieldsets(client.get(url).content)
    assert found[legend] == sender
    assert found[contact] == CONTACT


@pytest.mark.parametrize(("url", "legend", "sender", "contact"), FORMS[:2])
def test_answers_and_errors_stay_in_the_shared_fields(client, url, legend, sender, contact):
    response = client.post(url, {"organisation_name": "Schackklubben", "email": "inte-en-adress"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_organisation_name")["value"] == "Schackklubben"
    email = soup.select_one("#id_email")
    assert email["value"] == "inte-en-adress"
    assert "id_email-error" in email["aria-describedby"]
    assert soup.select_one("#id_email-error")
    assert fieldsets(response.content)[contact] == CONTACT
