"""A page made again reads what it read last time in one round trip.

Making a page that is not in the page cache reads a dozen small entries from Redis, one by
one: its route, the header, menu, footer and language fragments, the filter choices,
Wagtail's site roots. Each read is a round trip and a tenth of a millisecond of CPU.

So the keys a page read are remembered under its page-cache key (a manifest). The next time
the page is made, the manifest comes in the same read as the site version and the retire
counter (lundsite.page_cache), and every key in it in one MGET. Reads during the request
are answered from what came back; a key written or deleted during the request, or not in
the manifest, is read from Redis as before. What came back is what a read at that moment
would have given: a page is made from one moment's cache, as before.

What the request writes waits for its end and goes in one round trip too, before its
entries are recorded under their tags (lundsite.cache_tags.end_recording).

The retire counter and the site version are never read ahead: `cache_tags.keep` reads the
counter after storing, to catch a retire that happened during the render.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any

from lundsite import context_vars

MANIFEST_PREFIX = "lundsite:read-ahead:"
MANIFEST_TIMEOUT = 24 * 3600
# More keys than a page reads; a page that reads more (a list that keeps growing) is not
# worth a manifest.
MAX_KEYS = 100
_MISSING = object()


@dataclass
class ReadAhead:
    store: Any
    manifest_key: str
    # Made keys (prefix and version included), as the manifest lists them.
    listed: tuple[str, ...]
    found: dict[str, Any]
    never: frozenset[str]
    read: dict[str, None] = field(default_factory=dict)
    # Writes held until the request ends: made key -> (value, seconds to live).
    pending: dict[str, tuple[Any, int | None]] = field(default_factory=dict)

    def get(self, made: str, default: Any, fetch: Callable[[], Any]) -> Any:
        if made in self.never:
            return fetch()
        self.read[made] = None
        value = self.found.get(made, _MISSING)
        if value is not _MISSING:
            return value
        return fetch()

    def forget(self, made: str) -> None:
        self.found.pop(made, None)

    def take_pending(self) -> dict[str, tuple[Any, int | None]]:
        pending, self.pending = self.pending, {}
        return pending

    def keys_to_remember(self) -> tuple[str, ...]:
        return tuple(key for key in self.read if key not in self.never)


_current: ContextVar[ReadAhead | None] = ContextVar("lundsite_read_ahead", default=None)


def current(store: Any) -> ReadAhead | None:
    """The read-ahead of this request, when it reads from `store`."""
    ahead = _current.get()
    return ahead if ahead is not None and ahead.store is store else None


def manifest_key(page_key: str) -> str:
    return MANIFEST_PREFIX + page_key


def begin(store: Any, page_key: str, manifest: Any, never: list[str]) -> Token | None:
    """Reads the keys of `manifest` (the value kept under `manifest_key(page_key)`, read by
    the caller with other keys) from `store` at once. None when the store cannot."""
    read_many = getattr(store, "read_made_keys", None)
    if read_many is None:
        return None
    listed = tuple(manifest) if isinstance(manifest, tuple) else ()
    found = read_many(listed) if listed else {}
    never_made = frozenset(store.make_key(key) for key in never)
    ahead = ReadAhead(store, manifest_key(page_key), listed, found, never_made)
    return _current.set(ahead)


def end(token: Token) -> None:
    """Writes what the request kept, with the keys it read for the next time if they
    differ, in one round trip."""
    ahead = _current.get()
    context_vars.reset(_current, token)
    if ahead is None:
        return
    writes = ahead.take_pending()
    keys = ahead.keys_to_remember()
    if keys != ahead.listed and len(keys) <= MAX_KEYS:
        writes[ahead.store.make_key(ahead.manifest_key)] = (keys, MANIFEST_TIMEOUT)
    ahead.store.write_made_keys(writes)
