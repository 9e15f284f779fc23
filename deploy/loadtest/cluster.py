"""A throwaway PostgreSQL cluster in a temporary folder on a port of its own, which the load
test may stop and start: the machine's shared server is never touched."""

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from deploy.stack import free_port

BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


class Cluster:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="samverkan-pg-"))
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/samverkan"

    def _run(self, *command: str) -> None:
        # PostgreSQL will not run as root: as its own user when we are root.
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def create(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(BIN / "initdb"), "-D", str(self.folder / "data"), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        self.start()
        self._run(str(BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U",
                  "postgres", "samverkan")  # fmt: skip

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder}"
        self._run(str(BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "start")  # fmt: skip

    def stop(self) -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
