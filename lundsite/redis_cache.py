"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django makes a new `redis.Redis` for every get and set, and redis-py fills a table of about
170 response callbacks in each new one: a tenth of a millisecond of CPU a call, a dozen
calls on every page and one or two on every page served from the cache. The client is
thread-safe (its pool hands out the connections), so one is kept and reused.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient
