"""Which cached pages and fragments show which pages, so that a publish retires only those.

While a page or a fragment is made, a collector notes the tags of what it shows:
- `page:<pk>` for every page instantiated (a post_init receiver: the page itself, cards, menu
  items, breadcrumbs, translations, pages picked in choosers), so none can be forgotten;
- `type:<app_label.Model>` for a list of one page type (any `.live()` on a specific model);
- `children:<path>` and `descendants:<path>` for lists of a part of the tree (`get_children`,
  `child_of`, `sibling_of`, `descendant_of`); the main menu is the children of a home page;
- `translations:<translation_key>` for a page's translations (language links, `.localized`);
- `pages` for lists of every page type (`.live()` on Page itself: search, sitemap);
- narrower tags a list names itself with `narrowed()` (the agreements that follow one
  principle), instead of its type's.
A fragment read from the cache adds the tags it noted itself to the page around it: an
unpickled page fires no post_init. A fragment is also recorded under the tags its page had
noted before it began (a list the view made may be drawn inside the fragment), but it does
not hand those on: a fragment shared by all pages (the footer) would otherwise tie every
page to the one it was first made in.

Keeping an entry records its key under each of its tags (Redis sorted sets in production,
a dictionary in this process with the local caches of tests and `make run`). Publishing or
unpublishing a page retires the tags the change can touch (`tags_of_change`): the keys
recorded under them are deleted, nothing else.

A render that began before a retire must not keep what it read: a counter moves on with
every retire; a collector reads it when the render begins, and an entry whose counter has
moved since by the time it is recorded is deleted again.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.db.models.signals import post_init, post_save
from redis.commands.core import Script
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.query import PageQuerySet
from wagtail.signals import page_published, page_unpublished

from lundsite import context_vars

T = TypeVar("T")
RETIRED_KEY = "lundsite:retired"
TAG_PREFIX = "lundsite:tag:"
# The caches whose entries are recorded under tags: fragments and values, whole pages.
TAGGED_ALIASES = ("default", "pages")
# Every whole page is recorded under this tag too, so the site version (lundsite.fragment_cache)
# retires them all without every page read asking for it.
ALL_PAGES = "all-pages"
ANY_PAGE = "pages"
# An entry that shows more pages than this (an export, the sitemap) is recorded under
# `pages` instead of a tag per page: any publish retires it, and a store does not write to
# thousands of sets.
MAX_PAGE_TAGS = 300
# Fields a save of a draft, a lock or a new child writes: the live page is as it was.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "wagtail_admin_comments",
        "numchild",
        "locked",
        "locked_at",
        "locked_by",
    }
)


@dataclass
class Collector:
    # The retire counter when the render began; None when no retire has happened yet.
    started: int | None
    # What this page or fragment showed itself.
    tags: set[str] = field(default_factory=set)
    # What the page around it had noted when it began.
    inherited: frozenset[str] = frozenset()

    @property
    def retired_by(self) -> set[str]:
        return self.tags | self.inherited


class Tagged(NamedTuple):
    """A kept value with the tags it was made from."""

    value: Any
    tags: frozenset[str]


_current: ContextVar[Collector | None] = ContextVar("lundsite_cache_tags", default=None)
_narrowed: ContextVar[bool] = ContextVar("lundsite_cache_tags_narrowed", default=False)


def add(*tags: str) -> None:
    """Notes tags of what the page or fragment being made shows."""
    collector = _current.get()
    if collector is not None:
        collector.tags.update(tags)


def current() -> Collector | None:
    return _current.get()


def retired_count() -> int | None:
    return caches["default"].get(RETIRED_KEY)


def begin(started: int | None) -> Token:
    """A collector for a whole request (lundsite.page_cache); `end` with the token."""
    return _current.set(Collector(started=started))


def end(token: Token) -> None:
    context_vars.reset(_current, token)


@contextmanager
def collecting() -> Iterator[Collector]:
    """A collector inside the current one, which gets its tags when it closes."""
    parent = _current.get()
    if parent is None:
        collector = Collector(started=retired_count())
    else:
        collector = Collector(started=parent.started, inherited=frozenset(parent.retired_by))
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)
        if parent is not None:
            parent.tags |= collector.tags


@contextmanager
def narrowed(*tags: str) -> Iterator[None]:
    """For a list that knows better than its type or its part of the tree which publishes
    change it: its tags instead. Pages it shows are still noted one by one. Routing is
    narrowed to nothing: it walks the tree, but an address changes only with the site
    version."""
    add(*tags)
    token = _narrowed.set(True)
    try:
        yield
    finally:
        _narrowed.reset(token)


def cached(key: str, build: Callable[[], T], timeout: int | None, alias: str = "default") -> T:
    """`build()`'s value, kept under `key` with the tags of what it showed. A timeout of
    0 keeps nothing (a preview, a view that is not a page)."""
    store = caches[alias]
    if timeout:
        hit = store.get(key)
        if isinstance(hit, Tagged):
            add(*hit.tags)
            return hit.value
    with collecting() as collector:
        value = build()
    if timeout:
        keep(alias, key, Tagged(value, frozenset(collector.tags)), timeout, collector)
    return value


def keep(
    alias: str,
    key: str,
    value: Any,
    timeout: int,
    collector: Collector,
    extra_tags: Iterable[str] = (),
) -> bool:
    """Stores `value` and records it under the collector's tags; False, and nothing kept,
    when a retire happened since the collector began. During a request (`recording`) the
    value is stored at once and recorded with the request's other entries when it ends."""
    store = caches[alias]
    store.set(key, value, timeout)
    tags = {*collector.retired_by, *extra_tags}
    pages = {tag for tag in tags if tag.startswith("page:")}
    if len(pages) > MAX_PAGE_TAGS:
        tags = (tags - pages) | {ANY_PAGE}
    batch = _batch.get()
    if batch is not None and batch.started == collector.started:
        batch.entries.append(_Entry(alias, key, frozenset(tags), timeout))
        return True
    _record(alias, key, tags, timeout)
    # Read after recording: a retire that moved the counter before this read is seen here,
    # and one after it finds the key recorded and deletes it.
    if retired_count() != collector.started:
        store.delete(key)
        return False
    return True


class _Entry(NamedTuple):
    alias: str
    key: str
    tags: frozenset[str]
    timeout: int


@dataclass
class _Batch:
    started: int | None
    entries: list[_Entry] = field(default_factory=list)


_batch: ContextVar[_Batch | None] = ContextVar("lundsite_cache_tags_batch", default=None)


def begin_recording(started: int | None) -> Token:
    """For one request (lundsite.page_cache): the entries it keeps are recorded under their
    tags together when it ends (`end_recording`), in one round trip, rather than one by one.
    Then the retire counter is read once: if anything was retired since the request began,
    every entry it kept is deleted again, as `keep` does for one."""
    return _batch.set(_Batch(started))


def end_recording(token: Token) -> None:
    batch = _batch.get()
    context_vars.reset(_batch, token)
    if batch is not None:
        _record_batch(batch)


def _record_batch(batch: _Batch) -> None:
    if not batch.entries:
        return
    by_alias: dict[str, list[_Entry]] = {}
    for entry in batch.entries:
        by_alias.setdefault(entry.alias, []).append(entry)
    for alias, entries in by_alias.items():
        _record_many(alias, entries)
    if retired_count() != batch.started:
        for entry in batch.entries:
            caches[entry.alias].delete(entry.key)


# The index of keys by tag.


def _redis_aliases() -> list[str]:
    """The Redis caches to retire in, one per server and database."""
    seen, aliases = set(), []
    for alias in TAGGED_ALIASES:
        store = caches[alias]
        if isinstance(store, RedisCache):
            location = tuple(store._servers)
            if location not in seen:
                seen.add(location)
                aliases.append(alias)
    return aliases


def _tag_key(store: RedisCache, tag: str) -> str:
    return store.make_key(TAG_PREFIX + tag)


def _record(alias: str, key: str, tags: set[str], timeout: int) -> None:
    _record_many(alias, [_Entry(alias, key, frozenset(tags), timeout)])


# One call records every entry of a request under its tags. As a pipeline of four commands
# per tag it was about 250 commands on a cold page, and packing them took a sixth of its
# CPU; the script takes one argument for all of them.
# KEYS: the tags' sets. ARGV[1]: now. ARGV[2]: JSON {"keys": [[made key, expiry], …],
# "tags": [[seconds to live, index of a key, …], …]}, a tag per KEY, indexes from 1.
_RECORD_SCRIPT = """
local now = tonumber(ARGV[1])
local made = cjson.decode(ARGV[2])
for i, name in ipairs(KEYS) do
  local tag = made.tags[i]
  for j = 2, #tag do
    local entry = made.keys[tag[j]]
    redis.call('ZADD', name, entry[2], entry[1])
  end
  -- Keys gone by themselves are pruned as others are added.
  redis.call('ZREMRANGEBYSCORE', name, '-inf', now)
  -- Never shorter than its longest-lived entry.
  redis.call('EXPIRE', name, tag[1], 'NX')
  redis.call('EXPIRE', name, tag[1], 'GT')
end
return #KEYS
"""
_record_script: Script | None = None


def _record_many(alias: str, entries: list[_Entry]) -> None:
    store = caches[alias]
    if not isinstance(store, RedisCache):
        for entry in entries:
            _local.record(alias, entry.key, set(entry.tags), entry.timeout)
        return
    now = time.time()
    keys: list[list[Any]] = []
    # Per tag: how long its set must live, and the indexes (from 1, as Lua counts) of its keys.
    by_tag: dict[str, list[int]] = {}
    for entry in entries:
        keys.append([store.make_and_validate_key(entry.key), now + entry.timeout])
        for tag in entry.tags:
            recorded = by_tag.setdefault(tag, [0])
            recorded[0] = max(recorded[0], entry.timeout)
            recorded.append(len(keys))
    if not by_tag:
        return
    global _record_script
    client = store._cache.get_client(write=True)
    if _record_script is None:
        # Sent by its hash, and loaded again by redis-py when a server does not know it.
        _record_script = client.register_script(_RECORD_SCRIPT)
    names = [_tag_key(store, tag) for tag in by_tag]
    made = json.dumps({"keys": keys, "tags": list(by_tag.values())}, separators=(",", ":"))
    _record_script(keys=names, args=[now, made], client=client)


class _LocalIndex:
    """For the local caches (LocMemCache, DummyCache): tests and `make run`, one process."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[tuple[str, str], float]] = {}
        self.lock = threading.Lock()

    def record(self, alias: str, key: str, tags: set[str], timeout: int) -> None:
        now = time.monotonic()
        with self.lock:
            for tag in tags:
                entries = self.keys.setdefault(tag, {})
                entries[(alias, key)] = now + timeout
                if len(entries) > 1000:
                    for gone in [k for k, expiry in entries.items() if expiry < now]:
                        del entries[gone]

    def retire(self, tags: Iterable[str]) -> None:
        with self.lock:
            found = set()
            for tag in tags:
                found |= set(self.keys.pop(tag, {}))
        for alias, key in found:
            if alias in TAGGED_ALIASES and not isinstance(caches[alias], RedisCache):
                caches[alias].delete(key)

    def clear(self) -> None:
        with self.lock:
            self.keys.clear()


_local = _LocalIndex()


def retire(tags: Iterable[str]) -> None:
    """Deletes every entry recorded under any of `tags`."""
    tags = set(tags)
    if not tags:
        return
    # First the counter: a render that began before this and keeps its entry after it sees
    # the move and deletes its entry itself (`keep`).
    store = caches["default"]
    store.add(RETIRED_KEY, 0, timeout=None)
    with suppress(ValueError):  # DummyCache keeps nothing
        store.incr(RETIRED_KEY)
    _local.retire(tags)
    for alias in _redis_aliases():
        _retire_redis(caches[alias], tags)


def _retire_redis(store: RedisCache, tags: set[str]) -> None:
    names = [_tag_key(store, tag) for tag in tags]
    client = store._cache.get_client(write=True)
    # Read and drop each set at once: a key added in between would be forgotten.
    pipe = client.pipeline(transaction=True)
    for name in names:
        pipe.zrange(name, 0, -1)
    pipe.delete(*names)
    *members, _deleted = pipe.execute()
    keys = list(set().union(*members))
    for start in range(0, len(keys), 1000):
        client.unlink(*keys[start : start + 1000])


# What a change retires.


def tags_of_change(page: Page) -> set[str]:
    """The tags of everything that shows `page` or could list it."""
    step = page.steplen
    model = page.specific_class or type(page)
    tags = {
        f"page:{page.pk}",
        f"translations:{page.translation_key}",
        f"children:{page.path[:-step]}",
        f"type:{model._meta.label}",
        ANY_PAGE,
    }
    tags |= {f"descendants:{page.path[:end]}" for end in range(step, len(page.path) + 1, step)}
    # A page type may name lists it appears in beyond its type's (see `narrowed`).
    more = getattr(page, "cache_tags_of_change", None)
    if callable(more):
        tags |= set(more())
    return tags


def retire_page(page: Page) -> None:
    """Now, for this request and tests, and again once the change is committed: a reader
    who began in between read the old page from the database."""
    retire_after_commit(tags_of_change(page))


def retire_after_commit(tags: set[str]) -> None:
    retire(tags)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: retire(tags))


def _published(sender, instance: Page, **kwargs) -> None:
    retire_page(instance)


def _page_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    # A page saved in code (the content loader, a closed assignment) shows as published ones
    # do; a draft's save, or a new page not yet published, changes nothing a reader sees.
    if not isinstance(instance, Page):
        return
    if (update_fields and set(update_fields) <= DRAFT_FIELDS) or (created and not instance.live):
        return
    retire_page(instance)


# Noting tags as pages and lists are read.


def _page_instantiated(sender, instance: Page, **kwargs) -> None:
    if instance.pk is not None and _current.get() is not None:
        add(f"page:{instance.pk}")


def note(tag: str) -> None:
    """A list's tag, unless the list is narrowed (or routing) and names its own."""
    if not _narrowed.get():
        add(tag)


def _scoped(queryset: PageQuerySet) -> PageQuerySet:
    # On the query, which every clone copies: a generic list inside part of the tree or
    # among one page's translations is not a list of every page.
    queryset.query.lundsite_scoped = True
    return queryset


def _install_queryset_hooks() -> None:
    live, child_of = PageQuerySet.live, PageQuerySet.child_of
    sibling_of, descendant_of = PageQuerySet.sibling_of, PageQuerySet.descendant_of
    get_children, get_translations = Page.get_children, TranslatableMixin.get_translations

    def tagged_live(self):
        # A list within part of the tree or among translations has its tag already.
        if not getattr(self.query, "lundsite_scoped", False):
            note(f"type:{self.model._meta.label}" if self.model is not Page else ANY_PAGE)
        return live(self)

    def tagged_child_of(self, other):
        note(f"children:{other.path}")
        return _scoped(child_of(self, other))

    def tagged_sibling_of(self, other, inclusive=True):
        note(f"children:{other.path[: -other.steplen]}")
        return _scoped(sibling_of(self, other, inclusive))

    def tagged_descendant_of(self, other, inclusive=False):
        note(f"descendants:{other.path}")
        return _scoped(descendant_of(self, other, inclusive))

    def tagged_get_children(self):
        note(f"children:{self.path}")
        return _scoped(get_children(self))

    def tagged_get_translations(self, inclusive=False):
        note(f"translations:{self.translation_key}")
        translations = get_translations(self, inclusive)
        return _scoped(translations) if isinstance(translations, PageQuerySet) else translations

    PageQuerySet.live = tagged_live
    PageQuerySet.child_of = tagged_child_of
    PageQuerySet.sibling_of = tagged_sibling_of
    PageQuerySet.descendant_of = tagged_descendant_of
    Page.get_children = tagged_get_children
    TranslatableMixin.get_translations = tagged_get_translations


_installed = False


def install() -> None:
    """Connects the receivers and wraps the queryset methods; from AppConfig.ready."""
    global _installed
    if _installed:
        return
    _installed = True
    for model in get_page_models():
        post_init.connect(_page_instantiated, sender=model, dispatch_uid=f"cache-tags-{model}")
    _install_queryset_hooks()
    page_published.connect(_published, dispatch_uid="lundsite-cache-tags-published")
    page_unpublished.connect(_published, dispatch_uid="lundsite-cache-tags-unpublished")
    post_save.connect(_page_saved, dispatch_uid="lundsite-cache-tags-saved")
