"""Admin login: wrong passwords lock an account at an address, a superuser unlocks it, and
those who can read personal data give a second factor (in production settings)."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import AnonymousUser, Group
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
PASSWORD = "rätt-lösenord-1"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktor", "r@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Redaktörer"))
    return user


def log_in(client: Client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_five_wrong_passwords_lock_the_account_at_that_address(client, editor):
    for _attempt in range(4):
        assert log_in(client, "redaktor", "fel").status_code == 200

    locked = log_in(client, "redaktor", "fel")
    right_password_too = log_in(client, "redaktor", PASSWORD)

    assert locked.status_code == 429
    assert "För många misslyckade inloggningar" in locked.content.decode()
    assert "spärrad i 30 minuter" in locked.content.decode()
    assert right_password_too.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_one_account_at_one_address_only(client, editor, django_user_model):
    django_user_model.objects.create_user("kollega", "k@example.org", PASSWORD)
    for _attempt in range(5):
        log_in(client, "redaktor", "fel")

    assert log_in(Client(), "redaktor", PASSWORD, address="10.0.0.2").status_code == 302
    assert log_in(Client(), "kollega", PASSWORD).status_code == 302


def test_the_lockout_message_has_an_english_translation():
    """The admin is Swedish by default; someone who chose English in their profile reads it."""
    context = {"failure_limit": 5, "cooloff_timedelta": datetime.timedelta(minutes=30)}
    with translation.override("en"):
        request = RequestFactory().get(LOGIN)
        request.user = AnonymousUser()
        page = render_to_string("lundsite/admin/locked_out.html", context, request=request)
    assert "Too many failed log-in attempts" in page
    assert "locked for 30 minutes" in page


def test_a_superuser_unlocks_in_the_admin(client, editor, django_user_model):
    for _attempt in range(5):
        log_in(client, "redaktor", "fel")
    attempt = AccessAttempt.objects.get(username="redaktor")
    admin = Client()
    admin.force_login(django_user_model.objects.create_superuser("chef", "c@example.org", "x"))

    listing = admin.get("/admin/sparrade-inloggningar/")
    deleted = admin.post(f"/admin/sparrade-inloggningar/delete/{attempt.pk}/")

    assert "redaktor" in listing.content.decode() and "10.0.0.1" in listing.content.decode()
    assert deleted.status_code == 302
    assert log_in(client, "redaktor", PASSWORD).status_code == 302


def test_only_superusers_see_the_lockouts(client, editor):
    client.force_login(editor)
    assert client.get("/admin/sparrade-inloggningar/").status_code in (302, 403)


def test_client_login_with_a_request_passes_the_lockout_check(client, editor):
    assert client.login(request=HttpRequest(), username="redaktor", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def enrol(client: Client) -> TOTPDevice:
    """Opens the admin, is sent to enrol, scans (reads the secret) and types the code."""
    first = client.get("/admin/")
    assert first.status_code == 302 and first.url.startswith("/admin/tvafaktor/ny/")
    page = client.get(first.url).content.decode()
    assert "Slå på tvåstegsverifiering" in page and "<svg" in page
    device = TOTPDevice.objects.get(confirmed=False)
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    done = client.post("/admin/tvafaktor/ny/", {"otp_token": f"{code:06d}", "next": "/admin/"})
    assert done.status_code == 302 and done.url == "/admin/"
    device.refresh_from_db()
    return device


@pytest.mark.parametrize("group", [None, "Föreningslots", "Frivilligkraft"])
def test_people_who_see_personal_data_enrol_and_then_give_a_code(
    client, django_user_model, settings, group
):
    settings.TWO_FACTOR_REQUIRED = True
    if group:
        user = django_user_model.objects.create_user("lotsen", "l@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    else:
        user = django_user_model.objects.create_superuser("lotsen", "l@example.org", PASSWORD)
    client.force_login(user)

    device = enrol(client)

    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    later = Client()
    later.force_login(user)
    asked = later.get("/admin/samverkansideer/")
    assert asked.status_code == 302 and asked.url.startswith("/admin/tvafaktor/?next=")
    wrong = later.post("/admin/tvafaktor/", {"otp_token": "000000"})
    assert "Koden stämmer inte" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code above delays the next try
    device.save()
    # The code for the next 30 seconds: the one used to enrol is never accepted twice.
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + 1)
    assert later.post("/admin/tvafaktor/", {"otp_token": f"{code:06d}"}).status_code == 302
    assert later.get("/admin/").status_code == 200


def test_editors_and_the_development_admin_need_no_second_factor(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED = True
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200

    # Off, as in `make run`: a superuser logs in with a password alone.
    settings.TWO_FACTOR_REQUIRED = False
    editor.is_superuser = True
    editor.save()
    superuser = Client()
    assert superuser.login(request=HttpRequest(), username="redaktor", password=PASSWORD)
    assert superuser.get("/admin/").status_code == 200


def test_an_enrolled_device_is_not_replaced_without_its_code(client, django_user_model, settings):
    settings.TWO_FACTOR_REQUIRED = True
    user = django_user_model.objects.create_superuser("chef", "c@example.org", PASSWORD)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)

    response = client.get("/admin/tvafaktor/ny/")

    assert response.status_code == 302 and response.url == "/admin/tvafaktor/"
    assert TOTPDevice.objects.filter(user=user).count() == 1
