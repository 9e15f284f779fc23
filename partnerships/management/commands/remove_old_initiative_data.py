"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.initiatives.commands.remove_old_initiative_data import Command

__all__ = ["Command"]
