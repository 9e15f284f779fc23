"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django makes a new `redis.Redis` for every get and set, and redis-py fills a table of about
170 response callbacks in each new one: a tenth of a millisecond of CPU a call, a dozen
calls on every page and one or two on every page served from the cache. The client is
thread-safe (its pool hands out the connections), so one is kept and reused.

During a request that reads ahead (lundsite.read_ahead), reads are answered from what was
read ahead, and writes wait for the end of the request, to go in one round trip; a key
written is read as written meanwhile.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from lundsite import read_ahead


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

    # Reads and writes during a request that reads ahead (lundsite.read_ahead).

    def read_made_keys(self, made_keys) -> dict:
        return self._cache.get_many(made_keys)

    def get(self, key, default=None, version=None):
        ahead = read_ahead.current(self)
        if ahead is None:
            return super().get(key, default, version)
        made = self.make_and_validate_key(key, version=version)
        return ahead.get(made, default, lambda: self._cache.get(made, default))

    def write_made_keys(self, entries: dict) -> None:
        """Stores `{made key: (value, seconds)}` in one round trip, as `set` stores one."""
        if not entries:
            return
        pipe = self._cache.get_client(write=True).pipeline(transaction=False)
        for made, (value, seconds) in entries.items():
            pipe.set(made, self._cache._serializer.dumps(value), ex=seconds)
        pipe.execute()

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version)
        ahead = read_ahead.current(self)
        if ahead is not None:
            # What this request wrote and has not sent yet is what a read now gives.
            for key in keys:
                made = self.make_key(key, version=version)
                if made in ahead.pending:
                    found[key] = ahead.pending[made][0]
        return found

    def _forget(self, keys, version=None) -> None:
        ahead = read_ahead.current(self)
        if ahead is not None:
            made_keys = [self.make_key(key, version=version) for key in keys]
            if any(made in ahead.pending for made in made_keys):
                # What follows (add, incr, delete) must find what this request wrote.
                self.write_made_keys(ahead.take_pending())
            for made in made_keys:
                ahead.forget(made)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        ahead = read_ahead.current(self)
        seconds = self.get_backend_timeout(timeout)
        if ahead is None or seconds == 0:  # Django deletes rather than keeps at 0
            self._forget([key], version)
            return super().set(key, value, timeout, version)
        # Written when the request ends, with its other writes, in one round trip (a cold
        # page wrote a dozen); what was just kept is what a read now gives: later reads in
        # this request (a list's choices, a party's address on every card) stay here.
        made = self.make_and_validate_key(key, version=version)
        ahead.found[made] = value
        ahead.pending[made] = (value, seconds)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._forget([key], version)
        return super().add(key, value, timeout, version)

    def delete(self, key, version=None):
        self._forget([key], version)
        return super().delete(key, version)

    def incr(self, key, delta=1, version=None):
        self._forget([key], version)
        return super().incr(key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        self._forget(data, version)
        return super().set_many(data, timeout, version)

    def delete_many(self, keys, version=None):
        self._forget(keys, version)
        return super().delete_many(keys, version)

    def clear(self):
        ahead = read_ahead.current(self)
        if ahead is not None:
            ahead.found.clear()
            ahead.pending.clear()
        return super().clear()
