"""The Content-Security-Policy per part of the site (lundsite/content_security.py): public
pages and error pages get the strict policy, the admin what Wagtail's admin needs, and only
the admin's previews may be framed, by the admin itself."""

import pytest
from django.contrib.auth.models import Group

from partnerships.iop.agreements import IOPAgreementPage

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_strict(response) -> None:
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redaktor-csp", "r@example.org", "pw")
    user.groups.add(Group.objects.get(name="Redaktörer"))
    client.force_login(user)
    return user


@pytest.mark.parametrize("path", ["/", "/iop/", "/en/", "/sok/?q=dialog"])
def test_public_pages_get_the_strict_policy(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert_strict(response)


@pytest.mark.parametrize("path", ["/finns-inte/", "/en/does-not-exist/"])
def test_error_pages_get_the_strict_policy(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert_strict(response)


def test_public_page_stays_strict_for_a_signed_in_editor(client, editor):
    response = client.get("/iop/")
    assert response.status_code == 200
    assert_strict(response)


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/documents/"])
def test_admin_pages_get_the_admin_policy(client, editor, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    # Not framed, and nothing from another host or from eval().
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    header = response["Content-Security-Policy"]
    assert "http" not in header and "*" not in header and "unsafe-eval" not in header


def test_admin_login_page_gets_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'", "'unsafe-inline'"]


def test_the_preview_may_be_framed_by_the_admin_only(client, editor):
    agreement = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
    response = client.get(f"/admin/pages/{agreement.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]
    # The edit view around it is not framable.
    edit = client.get(f"/admin/pages/{agreement.pk}/edit/")
    assert directives(edit)["frame-ancestors"] == ["'none'"]


def test_view_draft_gets_the_admin_policy_not_the_pages(client, editor):
    """Wagtail renders drafts and previews through the middleware a second time, with the
    page's public address: the admin's answer must still carry the admin's policy."""
    agreement = IOPAgreementPage.objects.live().filter(locale__language_code="sv").first()
    response = client.get(f"/admin/pages/{agreement.pk}/view_draft/")
    assert response.status_code == 200
    assert agreement.title in response.content.decode()
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'none'"]
