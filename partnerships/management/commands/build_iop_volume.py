"""Django finds commands only at the app's root; this one lives in its wing."""

from partnerships.iop.commands.build_iop_volume import Command

__all__ = ["Command"]
