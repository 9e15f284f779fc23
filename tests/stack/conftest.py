"""A PostgreSQL database and a Redis database of the stack tests' own, on the shared servers.

On PostgreSQL the test database (migrated, with the initial content) is copied as a template,
which takes a second; on SQLite the copy is migrated from scratch, which takes a minute or two.
"""

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
import redis
from django.db import connection, connections

from deploy.stack import Stack, StackConfig, manage, production_env

SERVER = os.environ.get("STACK_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("STACK_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/stack/" in str(item.path):
            item.add_marker(pytest.mark.stack)


def _admin(sql: str) -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(sql)


@pytest.fixture(scope="session")
def stack_database(django_db_setup, django_db_blocker) -> Iterator[str]:
    name = f"samverkan_stack_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    url = f"{SERVER}/{name}"
    if connection.vendor == "postgresql" and SERVER.endswith(
        f"{connection.settings_dict['HOST']}:{connection.settings_dict['PORT'] or 5432}"
    ):
        template = connection.settings_dict["NAME"]
        with django_db_blocker.unblock():
            connections.close_all()  # a template must have no one connected
        # A thread of an earlier test may have left a connection open: it is ours, and a
        # template must have no one connected.
        _admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{template}' AND pid <> pg_backend_pid()"
        )
        _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    else:
        _admin(f'CREATE DATABASE "{name}"')
        env = production_env(StackConfig(database_url=url, redis_url=REDIS_URL), 0)
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "load_initial_content", "-v", "0")
    yield url
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def stack_redis() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()  # rate-limit counts and cached pages from an earlier run
    yield REDIS_URL
    client.flushdb()
    client.close()


@pytest.fixture(scope="session")
def stack(stack_database: str, stack_redis: str, tmp_path_factory) -> Iterator[Stack]:
    media = tmp_path_factory.mktemp("stack-media")
    config = StackConfig(
        database_url=stack_database, redis_url=stack_redis, extra_env={"MEDIA_ROOT": str(media)}
    )
    with Stack(config) as running:
        yield running
