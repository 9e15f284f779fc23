"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.frivilligkraft.commands.remove_old_interests import Command

__all__ = ["Command"]
