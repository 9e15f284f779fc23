"""Runs the site's recurring jobs, for `make run` and small servers without cron.

In production the same commands can be run from cron or systemd timers instead; README.md
lists them with their intervals.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

# (command, how often in seconds)
SCHEDULE: list[tuple[str, int]] = [
    ("publish_scheduled", 60),
    ("deliver_outbox", 300),
    ("remove_old_initiative_data", 24 * 3600),
    ("close_expired_assignments", 3600),
    ("remind_unanswered_interests", 3600),
    ("remove_old_interests", 24 * 3600),
    ("remind_event_registrations", 3600),
    ("remove_old_event_registrations", 24 * 3600),
    ("remove_old_joining_minutes", 24 * 3600),
    ("remove_old_mail", 24 * 3600),
]


class Command(BaseCommand):
    help = (
        "Kör webbplatsens återkommande jobb (schemalagd publicering, e-post, gallring) i en slinga."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--once", action="store_true", help="Kör varje jobb en gång och avsluta."
        )

    def handle(self, *args, once: bool = False, **options) -> None:
        next_run = dict.fromkeys((name for name, _interval in SCHEDULE), 0.0)
        while True:
            now = time.monotonic()
            for name, interval in SCHEDULE:
                if now >= next_run[name]:
                    self._run(name)
                    next_run[name] = now + interval
            if once:
                return
            time.sleep(max(1.0, min(next_run.values()) - time.monotonic()))

    def _run(self, name: str) -> None:
        # As django-tasks-db's worker does between tasks: a connection broken by a database
        # restart (or one past CONN_MAX_AGE) is dropped, so the next job opens a fresh one
        # instead of failing on the dead one until the process is restarted.
        close_old_connections()
        try:
            call_command(name, verbosity=0)
        except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
            self.stderr.write(f"{name} misslyckades: {error}")
        finally:
            close_old_connections()
