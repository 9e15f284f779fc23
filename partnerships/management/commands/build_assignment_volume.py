"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.frivilligkraft.commands.build_assignment_volume import Command

__all__ = ["Command"]
