"""Measurements behind `make bench`: SQL queries and render time per page, page weight,
and latency under load. Budgets are those of DESIGN.md."""

import re
import statistics
import subprocess
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.urls import NoReverseMatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from lundsite.bench_server import ACCEPT_ENCODING
from lundsite.filtered_listing import FilteredListingMixin
from lundsite.search_page import SearchPage

MAX_QUERIES = 8
MAX_P99_MS = 100
MAX_HOME_KB = 60
MAX_WARM_CPU_MS = 10
MAX_COLD_CPU_MS = 30
MIN_STATIC_RATIO = 0.5


@dataclass(frozen=True)
class RenderResult:
    url: str
    status: int
    queries: int
    median_ms: float
    html_bytes: int


@dataclass(frozen=True)
class LoadResult:
    url: str
    requests_per_second: float
    p99_ms: float
    errors: int


class QueryCounter:
    """Counts SQL statements; unlike the debug query log, it has no size limit."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def representative_pages() -> list[Page]:
    """One live page of every page type in every language, found in the tree, so a new page
    type is measured without being named here."""
    seen: set[tuple[int, int]] = set()
    pages = []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        key = (page.content_type_id, page.locale_id)
        if key not in seen:
            seen.add(key)
            pages.append(page.specific)
    return pages


def representative_urls() -> list[str]:
    """Every page type in every language, with its other views: a filtered list, a search
    with results and the sub-pages (such as a form) that a routable page answers."""
    urls = []
    for page in representative_pages():
        urls.append(page.url)
        urls.extend(variant_urls(page))
    return urls


def variant_urls(page: Page) -> list[str]:
    urls = []
    # Addresses a routable page answers for items of its own (an organisation, an idea, a
    # year's table): the page names one real item of each kind, as the data has them.
    example_item_urls = getattr(page, "example_item_urls", None)
    if example_item_urls:
        urls.extend(example_item_urls())
    if isinstance(page, FilteredListingMixin):
        choice = _first_choice(page.filter_form_class(None, locale=page.locale_id))
        if choice:
            urls.append(f"{page.url}?{urlencode([choice])}")
    if isinstance(page, SearchPage):
        urls.append(f"{page.url}?q=samverkan")
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_subpage_urls():
            if pattern.name and pattern.pattern.regex.groups == 0 and str(pattern.pattern):
                try:
                    route = page.reverse_subpage(pattern.name)
                except NoReverseMatch:
                    continue
                if "." not in route:  # files to download (exports), not pages
                    urls.append(page.url + route)
    return list(dict.fromkeys(urls))


def _first_choice(form) -> tuple[str, str] | None:
    """The first real value of the form's first choice field: one filter applied."""
    for name, field in form.fields.items():
        for value, label in getattr(field, "choices", []):
            if isinstance(label, list | tuple):  # an optgroup
                value = label[0][0] if label else ""
            if value:
                return name, str(value)
    return None


def measure_render(url: str, repeat: int = 15) -> RenderResult:
    """Rendering itself, without the whole-page cache: what a reader gets after a publish."""
    client = Client(SERVER_NAME="localhost")
    response = client.get(url)  # warm caches, as a visited page would be
    queries = QueryCounter()
    with connection.execute_wrapper(queries):
        response = client.get(url)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return RenderResult(
        url=url,
        status=response.status_code,
        queries=queries.count,
        median_ms=statistics.median(timings),
        html_bytes=len(response.content),
    )


def linked_assets(html: str) -> list[str]:
    """Stylesheets, scripts and icons a page asks for (before images)."""
    return re.findall(r'<(?:link[^>]+href|script[^>]+src)="(/static/[^"]+)"', html)


def page_weight(url: str) -> int:
    """Bytes of the page's HTML, its CSS and JS, and the fonts its CSS names."""
    client = Client(SERVER_NAME="localhost")
    html = client.get(url).content.decode()
    total = len(html.encode())
    for asset in linked_assets(html):
        body = b"".join(client.get(asset).streaming_content)
        total += len(body)
        if asset.endswith(".css"):
            for font in re.findall(rb'url\("?(\.\./fonts/[^")]+)', body):
                font_url = "/static/" + font.decode().removeprefix("../")
                total += len(b"".join(client.get(font_url).streaming_content))
    return total


def measure_load(base_url: str, url: str, seconds: int = 8, connections: int = 16) -> LoadResult:
    """Latency under load from wrk, a separate process on this machine, asking for
    compressed answers as browsers do."""
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
        + ["-H", f"Accept-Encoding: {ACCEPT_ENCODING}", base_url + url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return LoadResult(
        url=url,
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p99_ms=_to_ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        errors=_errors(output),
    )


def _to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def _errors(output: str) -> int:
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return errors + (int(non_2xx.group(1)) if non_2xx else 0)
