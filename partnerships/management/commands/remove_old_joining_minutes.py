"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.joining.commands.remove_old_joining_minutes import Command

__all__ = ["Command"]
