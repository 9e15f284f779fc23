"""The scheduler outlives a database restart: a failing job neither stops the loop nor
leaves a dead connection behind for the next one."""

import io

from django.db import OperationalError

from lundsite.management.commands import run_schedule


def test_a_job_failing_on_the_database_does_not_stop_the_others(monkeypatch):
    events: list[str] = []

    def job(name: str, **options) -> None:
        events.append(name)
        if name == "publish_scheduled":
            raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(run_schedule, "call_command", job)
    monkeypatch.setattr(run_schedule, "close_old_connections", lambda: events.append("close"))
    stderr = io.StringIO()

    run_schedule.Command(stderr=stderr).handle(once=True)

    names = [name for name, _interval in run_schedule.SCHEDULE]
    assert [event for event in events if event != "close"] == names
    # A dead connection is dropped before each job and after it, failed or not.
    assert events == [step for name in names for step in ("close", name, "close")]
    assert "publish_scheduled misslyckades: server closed the connection" in stderr.getvalue()
