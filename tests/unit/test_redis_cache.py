"""The Redis cache keeps one client per connection pool (lundsite/redis_cache.py)."""

from lundsite.redis_cache import RedisCache


def test_one_client_serves_every_call_on_a_pool():
    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    first = cache._cache.get_client("a")
    assert cache._cache.get_client("b") is first
    assert cache._cache.get_client("c", write=True) is first
    assert first.connection_pool is cache._cache._get_connection_pool(write=False)


def test_reads_and_writes_on_separate_servers_use_their_own_clients():
    cache = RedisCache("redis://127.0.0.1:6379/14,redis://127.0.0.1:6379/15", {})
    writer = cache._cache.get_client(write=True)
    reader = cache._cache.get_client(write=False)
    assert writer is not reader
    assert writer.connection_pool.connection_kwargs["db"] == 14
    assert reader.connection_pool.connection_kwargs["db"] == 15
    assert cache._cache.get_client(write=True) is writer
