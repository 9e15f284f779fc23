import os
import signal
import subprocess
import sys
import time
import urllib.request

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from lundsite import benchmark


class Command(BaseCommand):
    help = (
        "Prints SQL queries, render time and weight of every page type, then latency under "
        "load through gunicorn. Run through `make bench`. Exits 1 when a budget is broken."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--url", action="append", default=[], help="An extra address.")
        parser.add_argument(
            "--volume",
            action="append",
            default=[],
            help="A management command (with its arguments) that adds volume, e.g. "
            "'build_iop_volume 10000'. Pages are measured before and after.",
        )
        parser.add_argument("--no-load", action="store_true", help="Skip the load test.")

    def handle(self, *args, **options) -> None:
        urls = benchmark.representative_urls() + options["url"]
        failures = []
        before = {url: benchmark.measure_render(url) for url in urls}
        self._render_table("Small database", before.values(), failures)
        if options["volume"]:
            for command in options["volume"]:
                name, *arguments = command.split()
                call_command(name, *arguments)
            if connection.vendor == "postgresql":
                # As autovacuum would soon after a bulk load: without fresh statistics the
                # planner still believes the tables small and picks slow plans.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            after = {url: benchmark.measure_render(url) for url in urls}
            self._render_table("After adding volume", after.values(), failures)
            for url in urls:
                if after[url].queries != before[url].queries:
                    failures.append(
                        f"{url}: queries grew from {before[url].queries} "
                        f"to {after[url].queries} with volume"
                    )
        home_kb = benchmark.page_weight("/") / 1024
        self.stdout.write(
            f"\nHome page before images: {home_kb:.1f} KB (budget {benchmark.MAX_HOME_KB} KB)"
        )
        if home_kb > benchmark.MAX_HOME_KB:
            failures.append(f"home page weighs {home_kb:.1f} KB")
        if not options["no_load"]:
            self._load_test(urls, failures)
        if failures:
            self.stdout.write(self.style.ERROR("\nOver budget:\n  " + "\n  ".join(failures)))
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS("\nEvery page within budget."))

    def _render_table(self, title: str, results, failures: list[str]) -> None:
        self.stdout.write(
            f"\n{title}\n{'address':<60} {'status':>6} {'queries':>7} {'median ms':>9} {'KB':>6}"
        )
        for result in results:
            self.stdout.write(
                f"{result.url:<60} {result.status:>6} {result.queries:>7} "
                f"{result.median_ms:>9.1f} {result.html_bytes / 1024:>6.1f}"
            )
            if result.queries > benchmark.MAX_QUERIES:
                failures.append(f"{result.url}: {result.queries} queries")
            if result.status >= 400:
                failures.append(f"{result.url}: status {result.status}")

    def _load_test(self, urls: list[str], failures: list[str]) -> None:
        port = os.environ.get("BENCH_PORT", "8765")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lundsite.settings.production",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "lundsite.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "3",
                "--threads",
                "2",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=settings.BASE_DIR,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            self._wait_for(base + "/")
            self.stdout.write(
                f"\nUnder load (gunicorn, 16 connections)\n{'address':<60} "
                f"{'req/s':>8} {'p99 ms':>8} {'errors':>6}"
            )
            for url in urls:
                benchmark.measure_load(base, url, seconds=1)  # warm every worker first
                result = benchmark.measure_load(base, url)
                self.stdout.write(
                    f"{url:<60} {result.requests_per_second:>8.0f} "
                    f"{result.p99_ms:>8.1f} {result.errors:>6}"
                )
                if result.p99_ms > benchmark.MAX_P99_MS or result.errors:
                    failures.append(f"{url}: p99 {result.p99_ms:.0f} ms, {result.errors} errors")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)

    @staticmethod
    def _wait_for(url: str) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=2)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
