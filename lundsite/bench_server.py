"""Gunicorn for `make bench`: started, measured by the CPU time of its workers, stopped."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

WORKERS = 2
# What browsers (and wrk in lundsite.benchmark) send. Pages vary by this header, so the
# requests that warm the page cache must send the same value as the load that follows:
# with "gzip" alone, wrk's first requests all missed the cache at once.
ACCEPT_ENCODING = "gzip, br"
TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    """A process's time on the CPU, in nanoseconds from the scheduler (every thread's
    `schedstat`), else in clock ticks (`stat`). Ticks are 10 ms: over five requests of
    50 ms, rounding alone moved a page's figure by up to 8 ms either way."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks) / 1e9
    except (FileNotFoundError, ProcessLookupError):
        return 0.0  # A worker that has just exited; gunicorn starts another.
    except (OSError, ValueError, IndexError):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


class BenchServer:
    def __init__(self, settings_module: str, port: int, cwd: Path) -> None:
        self.base = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
        }
        command = [sys.executable, "-m", "gunicorn", "lundsite.wsgi", "-b", f"127.0.0.1:{port}"]
        command += ["-w", str(WORKERS), "--log-level", "warning"]
        self.process = subprocess.Popen(command, env=env, cwd=cwd)
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/", timeout=5)
                return
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise
                time.sleep(0.2)

    def worker_cpu_seconds(self) -> float:
        """Time on the CPU of every worker so far (from /proc)."""
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return sum(process_cpu_seconds(int(child)) for child in children)

    def get(self, url: str) -> int:
        request = urllib.request.Request(
            self.base + url, headers={"Accept-Encoding": ACCEPT_ENCODING}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def cpu_ms_per_request(self, url: str, count: int, before_each=None) -> float:
        """Worker CPU per request, over `count` requests one after another."""
        start = self.worker_cpu_seconds()
        for _ in range(count):
            if before_each:
                before_each()
            self.get(url)
        return (self.worker_cpu_seconds() - start) * 1000 / count

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
