"""Posts forms from several threads at once, as `make run`'s readers would, against the
database in DATABASE_URL. Run by test_sqlite_concurrency.py in a process of its own (its
settings point at a file database); prints what every post got, as JSON.

    python -m tests.integration.concurrent_posts THREADS POSTS_PER_THREAD
"""

import json
import sys
import threading

import django

django.setup()

from django.db import connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from tests.integration.test_frivilligkraft import POST, posting_data  # noqa: E402
from tests.integration.test_initiative_flow import FORM_URL, valid_data  # noqa: E402


def post_forms(thread: int, posts: int, assignment: dict, outcomes: list[str]) -> None:
    client = Client()
    try:
        for number in range(posts):
            # Each post from an address of its own, so that the rate limit never answers.
            address = f"10.1.{thread}.{number}"
            url, data = (
                (FORM_URL, valid_data(organisation_name=f"Förening {thread}-{number}"))
                if number % 2
                else (POST, {**assignment, "title": f"Uppdrag {thread}-{number}"})
            )
            try:
                outcomes.append(str(client.post(url, data, REMOTE_ADDR=address).status_code))
            except Exception as error:  # noqa: BLE001 - reported to the test, not hidden
                outcomes.append(f"{type(error).__name__}: {error}")
    finally:
        connections.close_all()


def main(threads: int, posts: int) -> None:
    setup_test_environment()  # the test client's host name is allowed
    assignment = posting_data()
    connections.close_all()
    outcomes: list[str] = []
    workers = [
        threading.Thread(target=post_forms, args=(number, posts, assignment, outcomes))
        for number in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    json.dump(outcomes, sys.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
