"""The load test's traffic, all to loopback: readers through wrk, and bursts of form posts,
each from an address given in X-Real-IP (the stack trusts it, as behind a real proxy), so
each phase starts with a fresh rate limit."""

import datetime
import re
import subprocess
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from deploy.http import Visitor

READER_PAGES = [
    "/", "/en/", "/principer/", "/principer/dialog/", "/prioriterade-omraden/", "/iop/",
    "/iop/?status=active", "/frivilligkraft/", "/foreningslotsen/", "/samverkansprocessen/",
    "/sok/?q=f%C3%B6rening", "/en/principles/", "/en/iop/", "/iop/feed/", "/sitemap.xml",
]  # fmt: skip
ERRORS = re.compile(r"Non-2xx or 3xx responses: (\d+)|Socket errors: connect (\d+), read (\d+), "
                    r"write (\d+), timeout (\d+)")  # fmt: skip
REQUESTS = re.compile(r"(\d+) requests in")


def wrk(base: str, connections: int, seconds: int) -> subprocess.Popen:
    """Starts wrk cycling through the reader pages; bounded by its duration."""
    paths = ", ".join(f'"{path}"' for path in READER_PAGES)
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        f"local paths = {{{paths}}}\nlocal i = 0\n"
        "request = function()\n  i = i + 1\n"
        "  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n"
    )
    return subprocess.Popen(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
         "-s", str(script), base],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip


def wrk_result(process: subprocess.Popen) -> tuple[int, int, str]:
    """(requests, errors, wrk's own words about them) from wrk's report."""
    output, _ = process.communicate(timeout=600)
    matches = list(ERRORS.finditer(output))
    errors = sum(int(n) for match in matches for n in match.groups() if n)
    requests = REQUESTS.search(output)
    detail = "; ".join(match.group(0) for match in matches)
    return (int(requests.group(1)) if requests else 0), errors, detail


def idea(n: int) -> dict:
    return {
        "organisation_name": f"Lastföreningen {n}", "contact_name": "Ada Ek",
        "email": f"ada{n}@example.org", "idea": "Läxhjälp.", "target_group": "Barn.",
        "organisation_brings": "Tid.", "municipality_brings": "En lokal.",
        "has_joined": "yes", "consent": "on", "website": "",
    }  # fmt: skip


def interest(n: int) -> dict:
    return {"name": f"Sam {n}", "email": f"sam{n}@example.org", "phone": "",
            "message": "Jag kan på tisdagar.", "consent": "on", "website": ""}  # fmt: skip


def posting(n: int, category: str) -> dict:
    last_day = datetime.date.today() + datetime.timedelta(days=30)
    return {
        "title": f"Läsa högt {n}", "tasks": "Du läser högt.", "helps": "Äldre.",
        "category": category, "district": "norr", "schedule": "recurring",
        "when": "Torsdagar", "first_day": "", "last_day": last_day.isoformat(),
        "volunteers_wanted": "2", "minimum_age": "", "languages": "Svenska",
        "accessibility": "", "organiser_name": "PRO", "contact_name": "Britt Ek",
        "contact_email": f"britt{n}@example.org", "contact_phone": "", "consent": "on",
        "website": "",
    }  # fmt: skip


def burst(base: str, form_url: str, make_data, count: int, address: str,
          post_url: str | None = None) -> Counter:  # fmt: skip
    """Posts `count` submissions from one address, eight at a time; counts the answers."""

    def one(n: int) -> int:
        visitor = Visitor(timeout=30)
        headers = {"X-Real-IP": address}
        try:
            page = visitor.request("GET", base + form_url, headers=headers)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
            data = {**make_data(n), **({"csrfmiddlewaretoken": token.group(1)} if token else {})}
            return visitor.request("POST", base + (post_url or form_url), data, headers).status
        except OSError:
            return 0  # no answer at all: counted as an error

    with ThreadPoolExecutor(8) as pool:
        return Counter(pool.map(one, range(count)))
