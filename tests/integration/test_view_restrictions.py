"""Private sections stay out of public lists, also when the restrictions are cached."""

import pytest
from wagtail.models import Page, PageViewRestriction

from lundsite.view_restrictions import public_pages, restricted_paths
from partnerships.frivilligkraft.assignments import AssignmentPage
from tests.factories.frivilligkraft import publish_assignment

pytestmark = pytest.mark.django_db


def test_a_new_restriction_hides_the_page_from_lists_at_once(client):
    page = publish_assignment("Hemligt uppdrag")
    assert "Hemligt uppdrag" in client.get("/frivilligkraft/").content.decode()
    assert page.path not in restricted_paths()

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="lösen"
    )

    assert page.path in restricted_paths()
    assert not AssignmentPage.objects.public().filter(pk=page.pk).exists()
    assert "Hemligt uppdrag" not in client.get("/frivilligkraft/").content.decode()


def test_removing_the_restriction_shows_the_page_again():
    page = publish_assignment("Tidigare hemligt")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="lösen"
    )
    assert not AssignmentPage.objects.public().filter(pk=page.pk).exists()

    restriction.delete()

    assert AssignmentPage.objects.public().filter(pk=page.pk).exists()


def test_public_pages_applies_the_cached_restrictions_to_any_page_queryset():
    page = publish_assignment("Bakom lösenord")
    pages = Page.objects.filter(pk=page.pk)
    assert public_pages(pages).exists()

    PageViewRestriction.objects.create(
        page=page.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="lösen"
    )

    assert not public_pages(pages).exists()
