"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.frivilligkraft.commands.close_expired_assignments import Command

__all__ = ["Command"]
