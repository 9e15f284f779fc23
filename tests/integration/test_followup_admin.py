"""Editors add a year and write its commentary in the Swedish admin; the figures are not
fields, so there is nothing to type in."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from partnerships.followup.pages import FollowUpIndexPage, FollowUpYearPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "r@example.org", "pw-123456")
    client.force_login(user)
    return client


def test_year_form_has_swedish_labels_and_no_figures(editor_client):
    index = FollowUpIndexPage.objects.get(locale__language_code="sv")
    response = editor_client.get(f"/admin/pages/add/partnerships/followupyearpage/{index.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Kommentar" in content
    assert "Året som sidan följer upp" in content
    assert "agreements_active" not in content


def test_editor_adds_a_year_whose_address_is_the_year(editor_client, client):
    index = FollowUpIndexPage.objects.get(locale__language_code="sv")
    data = nested_form_data(
        {
            "title": "Uppföljning 2020",
            "slug": "vad-som-helst",
            "year": 2020,
            "intro": "",
            "commentary": rich_text("<p>Pandemins år.</p>"),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/partnerships/followupyearpage/{index.pk}/", data
    )
    assert response.status_code == 302
    page = FollowUpYearPage.objects.get(year=2020)
    assert page.slug == "2020"
    client.logout()
    assert "Pandemins år." in client.get("/uppfoljning/2020/").content.decode()
