"""Ending what a request set in a context variable."""

from contextvars import ContextVar, Token
from typing import Any


def reset(var: ContextVar[Any], token: Token) -> None:
    """`var.reset(token)`, or None where the token came from another context: under ASGI a
    request's middleware may run in more than one thread, each with its own context."""
    try:
        var.reset(token)
    except ValueError:
        var.set(None)
