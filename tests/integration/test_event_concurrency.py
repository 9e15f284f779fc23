"""Several people send the form for an event's last seat at the same moment: exactly one
gets it, the others go on the waiting list, and nobody gets an error. Raced for real, from
threads of another process, against SQLite (a file, as `make run` has it) or PostgreSQL."""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.db import connection

from tests.integration.test_sqlite_concurrency import file_database

THREADS = 6


def database_url(tmp_path, env: dict[str, str]) -> str:
    if connection.vendor == "sqlite":
        path = tmp_path / "db.sqlite3"
        file_database(path, env)
        return f"sqlite:///{path}"
    # PostgreSQL: the session's own test database, where the row lock is what is tested.
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def test_the_last_seat_goes_to_exactly_one_person(tmp_path, django_db_setup, django_db_blocker):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lundsite.settings.test",
        "EMAIL_HOST": "",
    }
    with django_db_blocker.unblock():
        env["DATABASE_URL"] = database_url(tmp_path, env)
    run = subprocess.run(
        [sys.executable, "-m", "tests.integration.concurrent_registrations", str(THREADS)],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert result["outcomes"] == ["302"] * THREADS, run.stderr[-3000:]
    assert result["statuses"] == ["confirmed"] + ["waiting"] * (THREADS - 1)
