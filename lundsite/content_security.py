"""A Content-Security-Policy per part of the site, with django-csp 4's own hook.

Public pages get `CONTENT_SECURITY_POLICY` (strict: no inline script or style, never framed).
Wagtail's admin runs inline scripts (its choosers answer with HTML and script that jQuery
runs, its templates set up editors and panels inline) and inline styles, so a page under the
admin's address gets `CONTENT_SECURITY_POLICY_ADMIN` instead. A view that sets its own policy
with django-csp's decorators (`csp`, `csp_replace`, `csp_update`) keeps it.

Framing follows X-Frame-Options: Wagtail marks its preview views SAMEORIGIN so the editor can
show them in an iframe, and the CSP says the same (`frame-ancestors 'self'`); everything else
stays unframable ('none').
"""

from functools import cache

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def is_admin_path(path: str) -> bool:
    return path.startswith(admin_prefix())


class SitePartCSPMiddleware(CSPMiddleware):
    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if is_admin_path(request.path_info) and HEADER in response:
            # Wagtail renders a preview (and "view draft") by passing a made-up request for
            # the page's public address through the middleware again; that pass wrote the
            # public policy, which would forbid the admin from framing its own preview.
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
