"""Editors can open every page type and the contact settings in the Swedish admin."""

import pytest
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "r@example.org", "pw-123456")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("model", "parent_path"),
    [
        ("home/contentpage", ""),
        ("principles/principlepage", "principer/"),
        ("principles/priorityareapage", "prioriterade-omraden/"),
    ],
)
def test_add_form_opens_with_swedish_labels(editor_client, home, model, parent_path):
    parent = home if not parent_path else home.get_children().get(slug=parent_path.strip("/"))
    response = editor_client.get(f"/admin/pages/add/{model}/{parent.pk}/")
    assert response.status_code == 200
    assert "Ingress" in response.content.decode()


@pytest.mark.parametrize(
    "slug", ["overenskommelsen", "principer", "prioriterade-omraden", "samverkansprocessen"]
)
def test_edit_form_opens_for_seeded_pages(editor_client, home, slug):
    page = home.get_children().get(slug=slug)
    assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_home_page_edit_form_opens(editor_client, home):
    response = editor_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    assert "Ingångar" in response.content.decode()


def test_contact_settings_are_editable(editor_client, home):
    site = Site.objects.get(root_page=home)
    response = editor_client.get(f"/admin/settings/lundsite/contactsettings/{site.pk}/")
    assert response.status_code == 200
    assert "Föreningslotsens e-post" in response.content.decode()


def test_a_principle_is_created_through_the_admin(editor_client, home):
    index = home.get_children().get(slug="principer")
    response = editor_client.post(
        f"/admin/pages/add/principles/principlepage/{index.pk}/",
        {
            **nested_form_data(
                {
                    "title": "Ny princip",
                    "slug": "ny-princip",
                    "summary": "En kort sammanfattning.",
                    "body": streamfield([("paragraph", rich_text("<p>Vad den betyder.</p>"))]),
                    "comments": inline_formset([]),
                }
            ),
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert index.get_children().filter(slug="ny-princip", live=True).exists()
