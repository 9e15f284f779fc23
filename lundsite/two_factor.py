"""A second factor for the admin (django-otp, time-based codes from an authenticator app).

Superusers and the groups that read citizens' ideas and volunteers' contact details
(settings.TWO_FACTOR_GROUPS) must give a code after their password, once TWO_FACTOR_REQUIRED
is on (production). Someone without a device yet is sent to enrol first. Codes are throttled
by django-otp itself, so guessing one is as slow as guessing a password.

wagtail-2fa, the ready-made package, imports `wagtail.users.widgets`, which Wagtail 8 no
longer has; these two small views and a middleware do the same with django-otp directly.
"""

from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

# Views a person must reach before giving a code: to log in or out, and to give or set one.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "lundsite_two_factor:verify",
    "lundsite_two_factor:setup",
}


def needs_second_factor(user) -> bool:
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.is_superuser or user_has_device(user, confirmed=True):
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_GROUPS).exists()


class RequireSecondFactorMiddleware:
    """After django_otp's OTPMiddleware: admin views wait until the code has been given."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
        if not in_admin or (match and match.view_name in OPEN_VIEWS):
            return None
        user = request.user
        if not needs_second_factor(user) or user.is_verified():
            return None
        target = "verify" if user_has_device(user, confirmed=True) else "setup"
        return redirect_to_login(request.get_full_path(), reverse(f"lundsite_two_factor:{target}"))


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Engångskod"),
        max_length=8,
        help_text=_("De sex siffrorna som appen visar just nu."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def next_url(request: HttpRequest) -> str:
    wanted = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if safe else reverse("wagtailadmin_home")


@never_cache
def verify(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["otp_token"])
        if device:
            otp_login(request, device)
            return HttpResponseRedirect(next_url(request))
        form.add_error("otp_token", _("Koden stämmer inte. Skriv koden som appen visar nu."))
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "lundsite/admin/two_factor_verify.html", context)


@never_cache
def setup(request: HttpRequest) -> HttpResponse:
    """Enrol one device: scan the code, type what the app shows, and it is confirmed."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if user_has_device(user, confirmed=True):
        # A second device is added only by someone who has shown the first one.
        return HttpResponseRedirect(reverse("lundsite_two_factor:verify"))
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "app"}
    )
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return HttpResponseRedirect(next_url(request))
        form.add_error("otp_token", _("Koden stämmer inte. Skriv koden som appen visar nu."))
    context = {
        "form": form,
        "next": next_url(request),
        "qr_svg": segno.make(device.config_url).svg_inline(scale=4, title=str(_("QR-kod"))),
        # For an app that cannot scan: the same secret, typed by hand.
        "secret": b32encode(device.bin_key).decode(),
    }
    return TemplateResponse(request, "lundsite/admin/two_factor_setup.html", context)


urlpatterns = [
    path("", verify, name="verify"),
    path("ny/", setup, name="setup"),
]
