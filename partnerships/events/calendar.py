"""Events as iCalendar (RFC 5545) for people's own calendars, made with `icalendar`.

Times are written in Europe/Stockholm with the zone's own definition included, so that a
calendar shows them right across summer time. Each event's UID stays the same for as long
as the event exists, in both languages (it comes from the translation key), so a calendar
that imports the file again updates the event instead of adding a copy.
"""

import datetime
import zoneinfo
from collections.abc import Iterable
from urllib.parse import urljoin

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event
from wagtail.admin.utils import get_admin_base_url

UID_DOMAIN = "samverkan.lund.se"


def event_uid(event) -> str:
    return f"event-{event.translation_key}@{UID_DOMAIN}"


def build_calendar(events: list, name: str) -> Calendar:
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//Samverkan Lund//evenemang//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for page in events:
        item = Event()
        item.add("uid", event_uid(page))
        item.add("summary", page.title)
        item.add("dtstart", page.starts_at.astimezone(zone))
        item.add("dtend", page.ends_at.astimezone(zone))
        item.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(zone))
        item.add("location", ", ".join(part for part in (page.place, page.address) if part))
        item.add("description", page.get_lead() or "")
        item.add("url", urljoin(get_admin_base_url() + "/", page.get_url() or page.url_path))
        calendar.add_component(item)
    # The zone's rules for the years the events span, not the library's default 1970–2038.
    years = [page.starts_at.year for page in events] or [timezone.now().year]
    calendar.add_missing_timezones(
        first_date=datetime.date(min(years) - 1, 1, 1),
        last_date=datetime.date(max(years) + 2, 1, 1),
    )
    return calendar


def calendar_response(events: Iterable, filename: str, name: str = "") -> HttpResponse:
    events = list(events)
    calendar = build_calendar(events, name or (events[0].title if events else ""))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
