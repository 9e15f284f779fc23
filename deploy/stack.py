"""The production shape on this machine, on loopback: two gunicorn web nodes, one worker for
mail and jobs, Varnish in front, on a PostgreSQL database and a Redis database of its own.

    with Stack(StackConfig(database_url=..., redis_url=...)) as stack:
        stack.front, stack.nodes[0], stack.nodes[1]

`python -m deploy.stack` (make stack) runs it until Ctrl-C. Every process is ours, started in
its own process group and stopped on exit; logs go to the stack's work folder.
"""

import contextlib
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VCL_TEMPLATE = Path(__file__).with_name("default.vcl")
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class StackConfig:
    database_url: str
    redis_url: str
    email_port: int | None = None  # an SMTP server on 127.0.0.1; console mail without it
    gunicorn_workers: int = 2
    workdir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)


def production_env(config: StackConfig, front_port: int) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lundsite.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "stack-only-not-secret-" + "x" * 40,
        "DATABASE_URL": config.database_url,
        "REDIS_URL": config.redis_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback; behind a real TLS proxy this stays on.
        "SECURE_SSL_REDIRECT": "false",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{front_port}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("EMAIL_HOST", None)
    if config.email_port:
        env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(config.email_port))
    env.update(config.extra_env)
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 600) -> str:
    """Runs a management command with the stack's environment; raises with its output."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def wait_for(url: str, timeout: float = START_TIMEOUT, processes: tuple = ()) -> None:
    """Polls until the address answers below 500, or fails with the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")
        time.sleep(0.2)


class Stack:
    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.front_port = free_port()
        self.node_ports = [free_port(), free_port()]
        self.env = production_env(config, self.front_port)
        self.processes: dict[str, subprocess.Popen] = {}
        self._own_workdir = config.workdir is None
        self.workdir = config.workdir or Path(tempfile.mkdtemp(prefix="samverkan-stack-"))

    @property
    def front(self) -> str:
        return f"http://127.0.0.1:{self.front_port}"

    @property
    def nodes(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.node_ports]

    def prepare_database(self, examples: bool = False) -> None:
        """Migrates and loads the content (idempotent); slow the first time."""
        manage(self.env, "migrate", "--no-input", "-v", "0")
        manage(self.env, "load_initial_content", *(["--examples"] if examples else []), "-v", "0")

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - lives with the process
        process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: stopping it stops its children too
        )
        self.processes[name] = process
        return process

    def start_node(self, index: int) -> subprocess.Popen:
        name = f"node-{'ab'[index]}"
        return self._spawn(
            name,
            [sys.executable, "-m", "gunicorn", "lundsite.wsgi", "-b",
             f"127.0.0.1:{self.node_ports[index]}", "-w", str(self.config.gunicorn_workers),
             "--log-level", "warning", "--graceful-timeout", "5", "--timeout", "60",
             # Load the site once before forking: workers start at once, even on a busy machine.
             "--preload", "--control-socket", str(self.workdir / f"{name}.ctl")],
        )  # fmt: skip

    def start_front(self) -> subprocess.Popen:
        vcl = string.Template(VCL_TEMPLATE.read_text()).substitute(
            port_a=self.node_ports[0], port_b=self.node_ports[1]
        )
        (self.workdir / "default.vcl").write_text(vcl)
        # varnishd drops root for its own user, which must read the VCL and enter the folder.
        self.workdir.chmod(0o755)
        (self.workdir / "default.vcl").chmod(0o644)
        varnish_dir = self.workdir / "varnish"
        return self._spawn(
            "varnish",
            [VARNISHD, "-F", "-n", str(varnish_dir), "-a", f"127.0.0.1:{self.front_port}",
             "-f", str(self.workdir / "default.vcl"), "-s", "malloc,64m", "-T", "none"],
        )  # fmt: skip

    def start(self) -> "Stack":
        self.workdir.mkdir(parents=True, exist_ok=True)
        # The production settings serve hashed static files from the manifest.
        manage(self.env, "collectstatic", "--no-input", "-v", "0")
        nodes = [self.start_node(0), self.start_node(1)]
        self._spawn("mail-worker", [sys.executable, "manage.py", "db_worker", "--backend",
                                    "outbox", "--queue-name", "mail", "--no-reload"])  # fmt: skip
        self._spawn("schedule", [sys.executable, "manage.py", "run_schedule"])
        front = self.start_front()
        for url in self.nodes:
            wait_for(url + "/robots.txt", processes=tuple(nodes))
        wait_for(self.front + "/robots.txt", processes=(front,))
        return self

    def stop_process(self, name: str, timeout: float = 15) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)

    def stop(self) -> None:
        for name in list(self.processes):
            self.stop_process(name)
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.workdir.glob("*.log"))
        )

    def __enter__(self) -> "Stack":
        try:
            return self.start()
        except BaseException:
            print(self.logs(), file=sys.stderr)
            self.stop()
            raise

    def __exit__(self, *exc_info) -> None:
        self.stop()


def main() -> None:
    config = StackConfig(
        database_url=os.environ.get(
            "STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samverkan_stack"
        ),
        redis_url=os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/12"),
        workdir=BASE_DIR / ".stack",
    )
    stack = Stack(config)
    print("Preparing the database (the first time takes a minute or two)…", flush=True)
    stack.prepare_database(examples=True)
    with stack:
        print(f"  front cache (Varnish): {stack.front}/")
        print(f"  web node A:            {stack.nodes[0]}/")
        print(f"  web node B:            {stack.nodes[1]}/")
        print(f"  logs:                  {stack.workdir}/*.log      Ctrl-C stops everything.")
        with contextlib.suppress(KeyboardInterrupt):
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            while all(p.poll() is None for p in stack.processes.values()):
                time.sleep(1)


if __name__ == "__main__":
    main()
