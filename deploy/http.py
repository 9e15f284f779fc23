"""A tiny HTTP client for loopback only (the stack test and the load test): a visitor with its
own cookies, able to fetch a form page for its CSRF token and post the form back. The
standard library suffices and keeps Secure cookies, which a browser would drop on plain http."""

import http.client
import json
import re
import urllib.parse
from dataclasses import dataclass, field

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str


@dataclass
class Visitor:
    cookies: dict[str, str] = field(default_factory=dict)
    timeout: float = 10.0

    def request(
        self, method: str, url: str, data: dict | None = None, headers: dict | None = None
    ) -> Answer:
        parts = urllib.parse.urlsplit(url)
        # Load and fault tests may only send traffic to this machine.
        if parts.hostname not in LOOPBACK:
            raise ValueError(f"only loopback addresses, not {parts.hostname}")
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.timeout)
        sent = dict(headers or {})
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(method, path or "/", body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, text)
        finally:
            connection.close()

    def get(self, url: str, headers: dict | None = None) -> Answer:
        return self.request("GET", url, headers=headers)

    def post_form(self, form_url: str, data: dict, post_url: str | None = None) -> Answer:
        """Fetches the form for its CSRF token and cookie, then posts the data. A form page
        from the cache carries no token: like the page's script, ask /csrf/ for one."""
        page = self.get(form_url)
        match = TOKEN.search(page.body)
        if match:
            token = match.group(1)
        else:
            parts = urllib.parse.urlsplit(form_url)
            token = json.loads(self.get(f"{parts.scheme}://{parts.netloc}/csrf/").body)["token"]
        return self.request("POST", post_url or form_url, {**data, "csrfmiddlewaretoken": token})
