"""Django finds tag libraries only at the app's root; this one lives in its wing."""

from partnerships.initiatives.template_tags import register

__all__ = ["register"]
