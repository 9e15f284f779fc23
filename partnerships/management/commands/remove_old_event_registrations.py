"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.events.commands.remove_old_event_registrations import Command

__all__ = ["Command"]
