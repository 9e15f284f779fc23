"""`make audit`: Lighthouse (mobile) on every page type in both languages and the W3C Nu HTML
checker on every page, against the site as production serves it. Prints a table; exits 1 when
a budget of DESIGN.md is broken:

    Lighthouse: accessibility, best practices and SEO 100, performance at least 98
    Nu HTML checker: no errors

It builds its own site: a fresh SQLite database in .audit/ with the initial content and the
examples, production settings (DEBUG off, collected static files served by whitenoise), a
Redis database of its own (AUDIT_REDIS_URL, default db 13, emptied first), and gunicorn on a
free loopback port; every process it starts stops with it.

The pages: for each page type, its first live page in each language, from the page tree (a
new page type is audited without any change here), and the addresses in EXTRA_PATHS for what
the tree does not show (forms, filtered lists, search). The Nu checker reads every live page.

Lighthouse 12 and vnu.jar come from npm into .audit/node_modules (the Makefile installs them);
Debian's chromium and the machine's Java run them. Lighthouse runs one page at a time with its
default simulated throttling; on a busy machine performance scores lower, so --runs 3 takes
the median of three.
"""

import argparse
import contextlib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from deploy.stack import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
AUDIT_DIR = BASE_DIR / ".audit"
LIGHTHOUSE = AUDIT_DIR / "node_modules" / ".bin" / "lighthouse"
VNU_JAR = AUDIT_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGET = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
# Views the page tree does not list: a form behind a sub-route, a filtered list, a search.
EXTRA_PATHS = [
    "/sok/?q=avtal",
    "/en/search/?q=agreement",
    "/iop/?status=active",
    "/en/iop/?status=active",
    "/frivilligkraft/lagg-upp-uppdrag/",
    "/en/frivilligkraft/post-an-assignment/",
]
START_TIMEOUT = 120.0
NOINDEX_META = re.compile(r'<meta name="robots" content="[^"]*noindex', re.IGNORECASE)


@dataclass
class Result:
    path: str
    scores: dict[str, int] = field(default_factory=dict)
    failing: list[str] = field(default_factory=list)
    html_errors: list[str] = field(default_factory=list)
    lighthouse: bool = False
    noindex: bool = False
    notes: list[str] = field(default_factory=list)
    error: str = ""

    def broken(self) -> list[str]:
        problems = [
            f"{name} {self.scores.get(name, 0)} < {minimum}"
            for name, minimum in BUDGET.items()
            if self.lighthouse and self.scores.get(name, 0) < minimum
        ]
        if self.html_errors:
            problems.append(f"{len(self.html_errors)} HTML errors")
        if self.error:
            problems.append(self.error)
        return problems


def site_env(redis_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lundsite.settings.production",
        "SECRET_KEY": "audit-only-not-secret-" + "x" * 40,
        "DATABASE_URL": f"sqlite:///{AUDIT_DIR / 'audit.sqlite3'}",
        "REDIS_URL": redis_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback; behind the real TLS proxy this stays on.
        "SECURE_SSL_REDIRECT": "false",
        "TWO_FACTOR_REQUIRED": "false",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def build_site(env: dict[str, str]) -> None:
    AUDIT_DIR.mkdir(exist_ok=True)
    for stale in AUDIT_DIR.glob("audit.sqlite3*"):
        stale.unlink()
    print("Building the site to audit …", flush=True)
    manage(env, "compilemessages", "-l", "sv", "-l", "en", "--ignore", ".venv",
           "--ignore", ".tools", "--ignore", ".audit", "-v", "0")  # fmt: skip
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_initial_content", "--examples", "-v", "0")
    manage(env, "collectstatic", "--no-input", "-v", "0")


def page_type_paths(env: dict[str, str]) -> tuple[list[str], list[str]]:
    """(one path per page type and language, every live page's path), read from the tree."""
    script = (
        "import json\n"
        "from wagtail.models import Page\n"
        "pages = Page.objects.live().public().filter(depth__gt=1).select_related('locale')"
        ".order_by('path')\n"
        "first, every = {}, []\n"
        "for page in pages:\n"
        "    url = page.get_url()\n"
        "    if not url: continue\n"
        "    every.append(url)\n"
        "    first.setdefault((page.content_type_id, page.locale.language_code), url)\n"
        "print(json.dumps([list(first.values()), every]))\n"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    types, every = json.loads(output.strip().splitlines()[-1])
    return types, every


@contextlib.contextmanager
def serve(env: dict[str, str]):
    port = free_port()
    log = (AUDIT_DIR / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "lundsite.wsgi", "-b", f"127.0.0.1:{port}",
         "-w", "2", "--access-logfile", "-"],
        cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(base + "/", timeout=60):
                    break
            except OSError:  # refused, reset or timed out while the workers start
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"The site did not start: see {log.name}") from None
                time.sleep(0.5)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def fetch(url: str) -> tuple[int, bytes, bool]:
    """Status, body, and whether the page asks search engines not to index it."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            status, body, robots = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, body, robots = error.code, error.read(), error.headers
    noindex = "noindex" in (robots.get("X-Robots-Tag") or "") or bool(
        NOINDEX_META.search(body.decode(errors="replace"))
    )
    return status, body, noindex


def lighthouse(url: str, noindex: bool) -> dict:
    # A filtered list, a search result or a form is kept out of search engines on purpose
    # (noindex): Lighthouse's is-crawlable would count that against SEO, so it is left out
    # for those pages alone.
    skip = ["--skip-audits=is-crawlable"] if noindex else []
    completed = subprocess.run(
        [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
         f"--chrome-flags={CHROME_FLAGS}", "--form-factor=mobile",
         "--throttling-method=simulate", f"--only-categories={','.join(CATEGORIES)}", *skip],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr.strip().splitlines()[-1:] or "lighthouse failed")
    return json.loads(completed.stdout)


def run_lighthouse(result: Result, url: str, runs: int) -> None:
    reports = []
    for _ in range(runs):
        try:
            reports.append(lighthouse(url, result.noindex))
        except RuntimeError:
            # Chromium now and then loses the trace of a load (NO_NAVSTART): once more.
            reports.append(lighthouse(url, result.noindex))
    (AUDIT_DIR / "reports").mkdir(exist_ok=True)
    name = re.sub(r"[^a-z0-9]+", "-", result.path.lower()).strip("-") or "home"
    (AUDIT_DIR / "reports" / f"{name}.json").write_text(json.dumps(reports[-1]))
    result.lighthouse = True
    result.scores = {
        name: round(statistics.median(report["categories"][name]["score"] * 100
                                      for report in reports))
        for name in CATEGORIES
    }  # fmt: skip
    failing = set()
    for report in reports:
        for name in CATEGORIES:
            for ref in report["categories"][name]["auditRefs"]:
                audit = report["audits"][ref["id"]]
                if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                    failing.add(f"{name}:{ref['id']} ({audit.get('displayValue', '')})")
    result.failing = sorted(failing)
    # What the performance score rests on, for reading the table on a busy machine.
    tbt = statistics.median(report["audits"]["total-blocking-time"]["numericValue"]
                            for report in reports)  # fmt: skip
    benchmark = statistics.median(report["environment"]["benchmarkIndex"] for report in reports)
    result.notes = [f"total blocking time {tbt:.0f} ms, CPU benchmark index {benchmark:.0f}"]
    if result.noindex:
        result.notes.append("noindex on purpose: is-crawlable left out")


# A page with one known error: if the checker finds nothing in it, it checked nothing.
CANARY = b'<!DOCTYPE html><html lang="sv"><title>x</title><p><div>x</div></p></html>'


def nu_check(pages: dict[str, bytes]) -> dict[str, list[str]]:
    """Every page through one run of the Nu checker; its errors by path. The checker refuses
    to fetch from loopback, so it reads the pages as files."""
    folder = AUDIT_DIR / "html"
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.html"):
        stale.unlink()
    files = {}
    for number, (path, html) in enumerate({**pages, "canary": CANARY}.items()):
        file = folder / f"{number:04}.html"
        file.write_bytes(html)
        files[f"file:{file}"] = path
    completed = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only",
         *(name.removeprefix("file:") for name in files)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    report = json.loads(completed.stderr or '{"messages": []}')
    errors: dict[str, list[str]] = {}
    for message in report["messages"]:
        path = files.get(message.get("url", ""), message.get("url", ""))
        line = message.get("lastLine", "?")
        errors.setdefault(path, []).append(f"line {line}: {message.get('message', '')}")
    if not errors.pop("canary", None):
        raise SystemExit(f"The Nu checker did not check the pages: {completed.stderr[:500]}")
    return errors


def print_table(results: list[Result]) -> None:
    header = f"{'page':50} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5} {'html':>5}  verdict"
    print("\n" + header + "\n" + "-" * len(header))
    for result in results:
        cells = [
            f"{result.scores[name]:>5}" if result.lighthouse else f"{'':>5}" for name in CATEGORIES
        ]
        broken = result.broken()
        print(f"{result.path[:50]:50} {' '.join(cells)} {len(result.html_errors):>5}  "
              f"{'ok' if not broken else 'BROKEN: ' + '; '.join(broken)}")  # fmt: skip
    details = [result for result in results if result.broken()]
    for result in details:
        print(f"\n{result.path}")
        for note in result.notes:
            print(f"  {note}")
        for item in result.failing:
            print(f"  lighthouse {item}")
        for error in result.html_errors[:10]:
            print(f"  html {error}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (median)")
    parser.add_argument("--path", action="append", default=[], help="audit this path too")
    parser.add_argument("--no-lighthouse", action="store_true", help="only the HTML checker")
    parser.add_argument(
        "--reuse-site", action="store_true", help="skip the build: audit the last run's copy"
    )
    args = parser.parse_args(argv)
    for tool in (LIGHTHOUSE, VNU_JAR):
        if not tool.exists():
            raise SystemExit(f"{tool} is missing: run `make audit`, which installs it.")

    redis_url = os.environ.get("AUDIT_REDIS_URL", "redis://127.0.0.1:6379/13")
    env = site_env(redis_url)
    # Stopped from outside, it still stops the server it started (serve()'s finally).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not (args.reuse_site and (AUDIT_DIR / "audit.sqlite3").exists()):
        build_site(env)
    # No page or fragment from an earlier run, whose templates may have been different.
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    type_paths, every_path = page_type_paths(env)
    lighthouse_paths = [*type_paths, *EXTRA_PATHS, *args.path]
    all_paths = list(dict.fromkeys([*every_path, *lighthouse_paths]))
    results = {path: Result(path) for path in all_paths}

    with serve(env) as base:
        pages = {}
        for path in all_paths:
            # The first visit fills the page cache, as a reader before us would have.
            status, pages[path], results[path].noindex = fetch(base + path)
            if status != 200:
                results[path].error = f"HTTP {status}"
        errors = nu_check(pages)
        for path in all_paths:
            results[path].html_errors = errors.get(path, [])
        if not args.no_lighthouse:
            for number, path in enumerate(lighthouse_paths, 1):
                print(f"Lighthouse {number}/{len(lighthouse_paths)}: {path}", flush=True)
                try:
                    run_lighthouse(results[path], base + path, args.runs)
                except (RuntimeError, subprocess.TimeoutExpired, KeyError) as error:
                    results[path].error = f"lighthouse: {error}"

    shown = [results[path] for path in lighthouse_paths]
    shown += [result for path, result in results.items() if path not in lighthouse_paths]
    print_table(shown)
    broken = [result for result in shown if result.broken()]
    verdict = f"{len(broken)} broken" if broken else "all within budget"
    print(
        f"\n{len(lighthouse_paths)} pages through Lighthouse, {len(all_paths)} through the "
        f"Nu HTML checker: {verdict}."
    )
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
