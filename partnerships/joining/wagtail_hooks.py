"""Kommunkontoret's inbox and the download of minutes in the admin."""

from django.urls import path
from wagtail import hooks

from partnerships.joining.inbox import JoiningApplicationViewSet, download_minutes
from partnerships.joining.models import MINUTES_DOWNLOAD


@hooks.register("register_admin_viewset")
def register_joining_inbox() -> JoiningApplicationViewSet:
    return JoiningApplicationViewSet("anslutningar")


@hooks.register("register_admin_urls")
def register_minutes_download() -> list:
    return [path("anslutningsprotokoll/<path:name>", download_minutes, name=MINUTES_DOWNLOAD)]
