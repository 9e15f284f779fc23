"""Editors create agreements in the admin; the form refuses what cannot be true."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partnerships.parties import MunicipalBody, Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("e", "e@example.org", "pw-1"))
    return client


def agreement_form(**overrides) -> dict:
    board = MunicipalBody.objects.get(slug="kultur-och-fritidsnamnden", locale__language_code="sv")
    orgs = Organisation.objects.filter(locale__language_code="sv", slug__in=["pro", "pro"])
    parties = {"municipal_bodies": [board.pk], "organisations": [org.pk for org in orgs]}
    data = {
        "title": "Nytt avtal",
        "slug": "nytt-avtal",
        "summary": "Ett nytt partnerskap.",
        "start_date": "2026-01-01",
        "end_date": "2027-12-31",
        "scope": rich_text("<p>Vad det gäller.</p>"),
        "contributions": rich_text(""),
        "results": rich_text(""),
        "comments": inline_formset([]),
        "principle_statements": inline_formset([]),
    }
    for name in parties:
        if name in overrides:
            parties[name] = overrides.pop(name)
    data.update(overrides)
    # Lists become repeated keys, as a browser sends a multiple choice.
    return {**nested_form_data(data), **parties, "action-publish": "publish"}


def post(editor_client, home, data):
    register = home.get_children().get(slug="iop")
    return editor_client.post(
        f"/admin/pages/add/partnerships/iopagreementpage/{register.pk}/", data
    )


def test_a_valid_agreement_is_published_in_the_register(editor_client, client, home):
    response = post(editor_client, home, agreement_form())
    assert response.status_code == 302, response.context["form"].errors
    assert "Nytt avtal" in client.get("/iop/?board=kultur-och-fritidsnamnden").content.decode()


def test_end_before_start_is_refused(editor_client, home):
    response = post(editor_client, home, agreement_form(end_date="2025-01-01"))
    assert response.status_code == 200
    assert "Slutdatum kan inte vara före startdatum." in response.content.decode()


def test_both_sides_need_a_party(editor_client, home):
    response = post(editor_client, home, agreement_form(municipal_bodies=[], organisations=[]))
    content = response.content.decode()
    assert "Välj minst en kommunal part." in content
    assert "Välj minst en organisation." in content
    assert not home.get_children().get(slug="iop").get_children().filter(slug="nytt-avtal")
