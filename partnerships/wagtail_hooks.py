"""Wagtail reads hooks only from an app's root: each wing keeps its own in its folder."""

from partnerships.events import wagtail_hooks as events_hooks
from partnerships.frivilligkraft import wagtail_hooks as frivilligkraft_hooks
from partnerships.initiatives import wagtail_hooks as initiatives_hooks
from partnerships.iop import wagtail_hooks as iop_hooks
from partnerships.joining import wagtail_hooks as joining_hooks

__all__ = [
    "events_hooks",
    "frivilligkraft_hooks",
    "initiatives_hooks",
    "iop_hooks",
    "joining_hooks",
]
