"""The admin's reports (readers' feedback, translations to do), the dashboard panel of pages
due for review, and the outbox."""

from axes.models import AccessAttempt
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

from lundsite import two_factor
from lundsite.admin_login import LockoutViewSet, SuperusersMayUnlock
from lundsite.outbox import OutgoingEmail
from lundsite.outbox_admin import OutgoingEmailViewSet, ReadOnlyForSuperusers
from lundsite.reports import EDITORS, FeedbackReportView, PageFeedbackView, ReviewPanel
from lundsite.translation_report import TranslationReportView

feedback_urls = [
    path("", FeedbackReportView.as_view(), name="report"),
    path("results/", FeedbackReportView.as_view(results_only=True), name="report_results"),
    path("<int:page_id>/", PageFeedbackView.as_view(), name="comments"),
    path(
        "<int:page_id>/results/",
        PageFeedbackView.as_view(results_only=True),
        name="comments_results",
    ),
]


translation_urls = [
    path("", TranslationReportView.as_view(), name="report"),
    path("results/", TranslationReportView.as_view(results_only=True), name="report_results"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/feedback/", include((feedback_urls, "lundsite_feedback"))),
        path("reports/translations/", include((translation_urls, "lundsite_translations"))),
    ]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return PagePermissionPolicy().user_has_any_permission(request.user, EDITORS)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return EditorsMenuItem(
        _("Svar om sidorna"),
        reverse("lundsite_feedback:report"),
        name="page-feedback",
        icon_name="help",
        order=1200,
    )


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return EditorsMenuItem(
        _("Översättningar att göra"),
        reverse("lundsite_translations:report"),
        name="translations",
        icon_name="globe",
        order=1210,
    )


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels) -> None:
    if PagePermissionPolicy().user_has_any_permission(request.user, EDITORS):
        panels.append(ReviewPanel())


register_permission_policy(OutgoingEmail, ReadOnlyForSuperusers(OutgoingEmail))


@hooks.register("register_admin_viewset")
def register_outbox_viewset() -> OutgoingEmailViewSet:
    return OutgoingEmailViewSet("utgaende-epost")


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("tvafaktor/", include((two_factor.urlpatterns, "lundsite_two_factor")))]


register_permission_policy(AccessAttempt, SuperusersMayUnlock(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_lockout_viewset() -> LockoutViewSet:
    return LockoutViewSet("sparrade-inloggningar")
