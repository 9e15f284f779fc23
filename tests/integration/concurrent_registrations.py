"""Sends registrations for an event with one seat from several threads at the same moment,
against the database in DATABASE_URL. Run by test_event_concurrency.py in a process of its
own; prints what each post got and where everybody ended up, as JSON, then removes the event.

    python -m tests.integration.concurrent_registrations THREADS
"""

import json
import sys
import threading

import django

django.setup()

from django.db import connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from lundsite.outbox import OutgoingEmail  # noqa: E402
from partnerships.events.registration import Registration  # noqa: E402
from tests.factories.events import publish_event  # noqa: E402

ADDRESS = "kapplopning-{}@example.org"


def post(url: str, number: int, barrier: threading.Barrier, outcomes: list[str]) -> None:
    client = Client()
    data = {"name": f"Person {number}", "email": ADDRESS.format(number), "consent": "on"}
    try:
        barrier.wait()
        response = client.post(url, data, REMOTE_ADDR=f"10.2.0.{number}")
        outcomes.append(str(response.status_code))
    except Exception as error:  # noqa: BLE001 - reported to the test, not hidden
        outcomes.append(f"{type(error).__name__}: {error}")
    finally:
        connections.close_all()


def main(threads: int) -> None:
    setup_test_environment()  # the test client's host name is allowed
    event = publish_event(title="Sista platsen", capacity=1)
    connections.close_all()
    barrier = threading.Barrier(threads)
    outcomes: list[str] = []
    workers = [
        threading.Thread(target=post, args=(event.url, number, barrier, outcomes))
        for number in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    statuses = list(Registration.objects.filter(event=event).values_list("status", flat=True))
    json.dump({"outcomes": outcomes, "statuses": sorted(statuses)}, sys.stdout)
    OutgoingEmail.objects.filter(to__icontains="kapplopning-").delete()
    event.delete()


if __name__ == "__main__":
    main(int(sys.argv[1]))
