"""With Redis, as in production: a page made again reads what it read last time in one
round trip (lundsite/read_ahead.py), and what a request keeps is recorded under its tags
together when it ends (lundsite/cache_tags.py)."""

import os

import pytest
import redis
from django.core.cache import caches

from lundsite import cache_tags, read_ahead
from lundsite.fragment_cache import site_version
from tests.cache_settings import DUMMY, LOCMEM, flushed_redis

REDIS_URL = os.environ.get("READ_AHEAD_TEST_REDIS_URL", "redis://127.0.0.1:6379/10")
OURS = {"BACKEND": "lundsite.redis_cache.RedisCache", "LOCATION": REDIS_URL}
CACHES = {
    "default": OURS,
    # Every request makes its page, as under `make bench`.
    "pages": DUMMY,
    "ratelimit": LOCMEM,
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_redis():
    with flushed_redis(REDIS_URL, CACHES) as client:
        yield client


@pytest.fixture
def commands(monkeypatch):
    seen: list[str] = []
    execute = redis.Redis.execute_command

    def counted(self, *args, **options):
        seen.append(args[0])
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    return seen


def test_a_page_made_again_reads_its_fragments_in_one_round_trip(client, commands):
    first = client.get("/principer/")
    client.get("/principer/")
    commands.clear()
    again = client.get("/principer/")
    assert again.status_code == 200
    assert again.content == first.content
    # The site version, retire counter and list of keys; the keys; the retire counter once
    # more at the end (cache_tags.keep). Nothing is built, so nothing is written.
    assert commands == ["MGET", "MGET", "GET"]


def test_the_list_leaves_out_what_must_always_be_read_live(client, real_redis):
    client.get("/principer/")
    store = caches["default"]
    [manifest] = [key for key in real_redis.keys("*read-ahead*")]
    listed = store.get(manifest.decode().split(":", 2)[2])
    assert listed and all(isinstance(key, str) for key in listed)
    assert store.make_key(cache_tags.RETIRED_KEY) not in listed
    assert any("header_menu" in key for key in listed)


def begin(manifest: tuple[str, ...]):
    store = caches["default"]
    made = tuple(store.make_key(key) for key in manifest)
    return read_ahead.begin(store, "page:test", made, never=[cache_tags.RETIRED_KEY])


def test_a_key_written_or_deleted_during_the_request_is_read_as_written():
    store = caches["default"]
    store.set("choices", "old")
    token = begin(("choices", "no longer read"))
    try:
        store.set("other", "unrelated")
        assert store.get("choices") == "old"
        store.set("choices", "new")
        assert store.get("choices") == "new"
        store.delete("choices")
        assert store.get("choices") is None
    finally:
        read_ahead.end(token)
    # The next time, what this request read.
    assert store.get(read_ahead.manifest_key("page:test")) == (store.make_key("choices"),)


def test_writes_wait_for_the_end_unless_an_add_incr_or_delete_needs_them(real_redis):
    store = caches["default"]
    token = begin(())
    try:
        store.set("fragment", "kept", 60)
        assert real_redis.get(store.make_key("fragment")) is None
        assert store.get("fragment") == "kept"
        assert store.get_many(["fragment", "other"]) == {"fragment": "kept"}
        store.set("counter", 1, 60)
        assert store.add("counter", 5, 60) is False
        assert store.incr("counter") == 2
    finally:
        read_ahead.end(token)
    assert store.get("fragment") == "kept"
    assert store.get("counter") == 2
    assert real_redis.ttl(store.make_key("fragment")) > 0


def test_the_retire_counter_is_read_live_even_when_listed(real_redis):
    store = caches["default"]
    store.set(cache_tags.RETIRED_KEY, 1, timeout=None)
    token = begin((cache_tags.RETIRED_KEY,))
    try:
        real_redis.incr(store.make_key(cache_tags.RETIRED_KEY))  # another server retires
        assert cache_tags.retired_count() == 2
    finally:
        read_ahead.end(token)


def kept_in_a_request(key: str, tag: str, retire_before_end: str | None = None) -> None:
    started = cache_tags.retired_count()
    token = cache_tags.begin_recording(started)
    try:
        with cache_tags.collecting() as collector:
            cache_tags.add(tag)
        assert cache_tags.keep("default", key, "kept", 60, collector)
        if retire_before_end:
            cache_tags.retire({retire_before_end})
    finally:
        cache_tags.end_recording(token)


def test_what_a_request_kept_is_recorded_when_it_ends(real_redis):
    kept_in_a_request("fragment", "page:1")
    assert caches["default"].get("fragment") == "kept"
    cache_tags.retire({"page:1"})
    assert caches["default"].get("fragment") is None


def test_a_retire_during_the_request_deletes_what_it_kept():
    # The retire finds nothing recorded yet; the counter it moved is read at the end.
    kept_in_a_request("fragment", "page:1", retire_before_end="page:2")
    assert caches["default"].get("fragment") is None


def test_a_page_made_cold_stores_what_it_keeps_in_one_round_trip(client, commands, real_redis):
    site_version()  # Added at once to an empty cache, as an add must be.
    commands.clear()
    assert client.get("/principer/").status_code == 200
    # What it made (fragments, values, its route) and the list of keys it read, for the
    # next time, went in one pipeline when it ended, not one write at a time.
    assert "SET" not in commands, commands
    assert real_redis.keys("*top-of-tree*")
    assert real_redis.keys("*route*")
