"""`make run` on its SQLite default: the web server, the mail worker and the scheduler write
to one file at once, and nobody gets "database is locked" (lundsite/settings/base.py)."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection

THREADS = 4
POSTS_PER_THREAD = 6  # half ideas, half assignments (pages in a workflow)
MANAGE = [sys.executable, "manage.py"]
MAIL_WORKER = ["db_worker", "--backend", "outbox", "--queue-name", "mail", "--no-reload"]


def file_database(path: Path, env: dict[str, str]) -> None:
    """A file database with the site's content: a copy of the test database when that is
    SQLite (fast), else built from the migrations as `make run` does."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        copy.close()
        return
    for command in (["migrate", "--no-input"], ["load_initial_content"]):
        subprocess.run([*MANAGE, *command, "-v", "0"], env=env, cwd=settings.BASE_DIR, check=True)


def count(path: Path, sql: str) -> int | str:
    with sqlite3.connect(path) as database:
        return database.execute(sql).fetchone()[0]


def test_forms_posted_while_mail_is_delivered_are_all_stored(
    tmp_path, django_db_setup, django_db_blocker
):
    path = tmp_path / "db.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{path}",
        "DJANGO_SETTINGS_MODULE": "lundsite.settings.test",
        "EMAIL_HOST": "",  # mail to the console, which the test discards
    }
    with django_db_blocker.unblock():
        file_database(path, env)
    before = count(path, "SELECT count(*) FROM partnerships_assignmentpage")

    def start(*command: str) -> subprocess.Popen:
        return subprocess.Popen(
            [*MANAGE, *command],
            env=env,
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    worker = start(*MAIL_WORKER, "--interval", "0.05", "--no-startup-delay")
    scheduler = start("run_schedule", "--once")
    posts = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.integration.concurrent_posts",
            str(THREADS),
            str(POSTS_PER_THREAD),
        ],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    worker.terminate()
    _out, worker_errors = worker.communicate(timeout=120)
    _out, scheduler_errors = scheduler.communicate(timeout=300)
    # What the worker had not reached when stopped: delivered now, in one batch.
    drain = subprocess.run(
        [*MANAGE, *MAIL_WORKER, "--batch", "--no-startup-delay"],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert posts.returncode == 0, posts.stderr[-3000:]
    outcomes = json.loads(posts.stdout)
    assert outcomes == ["302"] * (THREADS * POSTS_PER_THREAD), posts.stderr[-3000:]
    for errors in (posts.stderr, worker_errors, scheduler_errors, drain.stderr):
        assert "database is locked" not in errors
    ideas = THREADS * POSTS_PER_THREAD // 2
    assert count(path, "SELECT count(*) FROM partnerships_initiative") == ideas
    assert count(path, "SELECT count(*) FROM partnerships_assignmentpage") == before + ideas
    assert count(path, "SELECT count(*) FROM lundsite_outgoingemail WHERE sent_at IS NULL") == 0
    # Two mails for every post: the receipt and the notice to the föreningslots or
    # Frivilligkraft.
    assert count(path, "SELECT count(*) FROM lundsite_outgoingemail") == ideas * 4
    assert count(path, "PRAGMA journal_mode") == "wal"
