"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.iop.commands.import_iop import Command

__all__ = ["Command"]
