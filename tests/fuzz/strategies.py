"""What a careless or hostile client sends: the garbage every public URL must survive.

Examples are bounded so that the suite stays fast in CI; set FUZZ_EXAMPLES to fuzz harder
locally (e.g. FUZZ_EXAMPLES=500).
"""

import os
from typing import Any

from django.http import HttpResponse
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))

# Each test keeps its database between examples (one `db` transaction per test), which is
# what we want: stored submissions pile up as they would on a live site. No example
# database is written into the repository.
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# Values that broke or could break something: NULs (PostgreSQL refuses them in text),
# integers wider than 64 bits (SQLite's driver overflows), floats where ids are expected,
# markup, right-to-left overrides and text far past every length limit.
KNOWN_BAD = [
    "",
    " ",
    "\x00",
    "1\x00",
    "1" * 40,
    "-" + "9" * 30,
    str(2**63),
    "0",
    "-1",
    "1e400",
    "NaN",
    "1.5",
    "２０２６",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"',
    "%00",
    "\u202eevil",
    "2026-02-30",
    "9999-12-31",
    "ä" * 20_000,
    "1" * 20_000,
]

# Any unicode but lone surrogates, which no client can encode into a request.
garbage = st.one_of(
    st.sampled_from(KNOWN_BAD),
    st.sampled_from(KNOWN_BAD),
    st.text(max_size=200),
    st.integers(min_value=-(2**200), max_value=2**200).map(str),
    st.text(min_size=1, max_size=4).map(lambda chunk: (chunk * 20_000)[:20_000]),
)
# A field sent once, or repeated with different values.
field_value = st.one_of(garbage, st.lists(garbage, min_size=2, max_size=3))
unknown_name = st.text(min_size=1, max_size=12)


@st.composite
def mutated(draw: st.DrawFn, valid: dict[str, Any]) -> dict[str, Any]:
    """A valid submission with some fields missing, some garbled, some repeated and some
    added, so that examples reach every step of the flow, storing included."""
    data = dict(valid)
    names = sorted(valid)
    for name in draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names))):
        if draw(st.integers(0, 3)) == 0:
            data.pop(name)
        else:
            data[name] = draw(field_value)
    data.update(draw(st.dictionaries(unknown_name, garbage, max_size=2)))
    return data


def filters(names: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """GET parameters of a list: its own names with garbage, and a stranger or two."""
    return st.dictionaries(
        st.one_of(st.sampled_from(names), unknown_name), field_value, max_size=len(names) + 1
    )


RAW_CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=xyz",
    "text/plain",
    "application/xml",
    "",
]

raw_body = st.one_of(
    st.binary(max_size=2_000),
    st.text(max_size=500).map(str.encode),
    st.builds(lambda prefix: b"--xyz\r\n" + prefix, st.binary(max_size=300)),
)


def assert_answered_well(response: HttpResponse) -> None:
    """Never a server error: a page with a message (400), a receipt (302), a page (200) or
    the friendly limit (429)."""
    assert response.status_code in {200, 301, 302, 400, 429}, response.status_code
    if response.status_code in {400, 429}:
        assert response.content.strip(), "an error answer must say something"
