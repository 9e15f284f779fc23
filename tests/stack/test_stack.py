"""The production shape on loopback: a publish on one node reaches readers through the front
cache and on the other node within two seconds, and the rate limit counts across nodes."""

import time
import uuid

from deploy.http import Visitor
from deploy.stack import Stack, manage

PUBLISH_DEADLINE = 2.0
IDEA = {
    "organisation_name": "Stackföreningen",
    "contact_name": "Ada Ek",
    "email": "ada@example.org",
    "idea": "Läxhjälp på biblioteket.",
    "target_group": "Barn.",
    "organisation_brings": "Volontärer.",
    "municipality_brings": "En lokal.",
    "has_joined": "yes",
    "consent": "on",
    "website": "",
}
PUBLISH = """
from wagtail.models import Page
page = Page.objects.get(url_path__endswith="/principer/", locale__language_code="sv").specific
page.intro = {intro!r}
page.save_revision().publish()
"""


def test_publish_reaches_readers_through_the_front_cache_and_the_other_node(stack: Stack):
    reader = Visitor()
    front, (node_a, node_b) = stack.front + "/principer/", stack.nodes
    reader.get(front)
    assert reader.get(front).headers["x-cache"] == "HIT"  # the old page is in the front cache
    assert reader.get(node_b + "/principer/").status == 200  # and in the shared page cache

    intro = f"Ny ingress {uuid.uuid4().hex}"
    # An editor publishes through node A's settings and database, which purges the front cache.
    manage(stack.env, "shell", "-c", PUBLISH.format(intro=intro))
    published = time.monotonic()
    # The purge and the site version's move happen within the publish itself, so a reader
    # asking right after it returns already gets the new text: no waiting, only a check.
    for url in (front, node_b + "/principer/", node_a + "/principer/"):
        assert intro in reader.get(url).body, url
    assert time.monotonic() - published < PUBLISH_DEADLINE


def test_rate_limit_counts_across_both_nodes(stack: Stack):
    answers = []
    for number in range(6):
        node = stack.nodes[number % 2]
        visitor = Visitor()  # a fresh cookie each time: the limit is per address, not session
        answers.append(visitor.post_form(f"{node}/foreningslotsen/", IDEA).status)
    # Five ideas an hour from one address, whichever node took them; the sixth is refused.
    assert answers == [302] * 5 + [429], answers


def test_purge_is_refused_from_elsewhere_than_loopback(stack: Stack):
    """The VCL lets only loopback purge: its ACL holds nothing else."""
    vcl = (stack.workdir / "default.vcl").read_text()
    acl = vcl[vcl.index("acl purgers") : vcl.index("}", vcl.index("acl purgers"))]
    assert set(acl.split('"')[1::2]) == {"127.0.0.1", "::1"}
    assert Visitor().request("PURGE", stack.front + "/principer/").status == 200
