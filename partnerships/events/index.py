"""The events page at /evenemang/: coming events soonest first, past ones below with their
documentation, and the calendar of them all."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from lundsite.blocks import RICH_TEXT_FEATURES
from lundsite.pages import BasePage
from lundsite.view_restrictions import public_pages
from partnerships.events.calendar import calendar_response
from partnerships.events.event import ICS_NAME, EventPage

PAST_PER_PAGE = 10


class EventIndexPage(RoutablePageMixin, BasePage):
    body = RichTextField(
        _("text om evenemangen"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Visas under listan: till exempel hur ofta konferensen hålls."),
    )

    subpage_types = ["partnerships.EventPage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("evenemangslista")
        verbose_name_plural = _("evenemangslistor")

    def events(self):
        # The restrictions as cached: the list's next change is looked up on every miss.
        return public_pages(EventPage.objects.child_of(self).live())

    def upcoming(self):
        return self.events().filter(ends_at__gte=timezone.now()).order_by("starts_at")

    def past(self):
        return self.events().filter(ends_at__lt=timezone.now()).order_by("-starts_at")

    @path("")
    def listing(self, request: HttpRequest) -> HttpResponse:
        past = SimpleLazyObject(
            lambda: Paginator(self.past(), PAST_PER_PAGE).get_page(request.GET.get("page"))
        )
        upcoming = SimpleLazyObject(lambda: list(self.upcoming()) if past.number == 1 else [])
        # The lists as drawn hold until the next coming event ends, when it moves to the past.
        next_end = self.upcoming().values_list("ends_at", flat=True).first()
        list_key = urlencode({"page": request.GET.get("page", ""), "until": next_end or ""})
        return TemplateResponse(
            request,
            "partnerships/events/index_page.html",
            {
                **self.get_context(request),
                "upcoming": upcoming,
                "past": past,
                "list_key": list_key,
            },
        )

    @re_path(r"^kalender\.ics/$", name="ics")
    def ics(self, request: HttpRequest) -> HttpResponse:
        return calendar_response(
            self.events().order_by("starts_at"), "evenemang.ics", name=self.title
        )

    def ics_url(self) -> str:
        # The file's address has no closing slash (lundsite/file_routes.py).
        return self.url + ICS_NAME
