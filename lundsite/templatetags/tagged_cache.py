"""`{% cache %}` as Django's, but a fragment keeps the tags of what it shows
(lundsite.cache_tags): a publish retires the fragments that show the page, and a fragment
read from the cache tells the page around it what it shows. A timeout of 0 (a preview)
neither reads nor keeps anything.

`{% page_content "name" [values…] [for seconds] [unless condition] %}…{% endpage_content %}`
keeps a page's main content the same way (for a day, or as many seconds as given), keyed on
the page, the language, the site version and the date (statuses and open assignments follow
it), and on the values given: a list's query (`list_key`), a routed sub-page's party. It
keeps nothing when a value is None, when the condition holds (a form with someone's
answers), in a preview, or in the answer to a post (it carries the reader's CSRF token).
So a page missing from the page cache (another encoding, an editor) draws only its frame.
"""

from django import template
from django.core.cache.utils import make_template_fragment_key
from django.templatetags.cache import CacheNode, do_cache
from django.utils import timezone
from django.utils.translation import get_language

from lundsite import cache_tags
from lundsite.fragment_cache import site_version
from lundsite.templatetags.navigation import fragment_timeout

register = template.Library()


class TaggedCacheNode(CacheNode):
    def render(self, context: template.Context) -> str:
        try:
            timeout = int(self.expire_time_var.resolve(context))
        except (template.VariableDoesNotExist, ValueError, TypeError) as error:
            raise template.TemplateSyntaxError(
                f'"cache" needs a whole number of seconds: {self.expire_time_var.var!r}'
            ) from error
        key = make_template_fragment_key(
            self.fragment_name, [var.resolve(context) for var in self.vary_on]
        )
        return cache_tags.cached(key, lambda: self.nodelist.render(context), timeout)


@register.tag("cache")
def tagged_cache(parser, token) -> TaggedCacheNode:
    node = do_cache(parser, token)
    if node.cache_name is not None:
        raise template.TemplateSyntaxError('"cache" keeps fragments in the default cache only')
    return TaggedCacheNode(
        node.nodelist, node.expire_time_var, node.fragment_name, node.vary_on, None
    )


class PageContentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list, unless, seconds: int | None) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.unless = unless
        self.seconds = seconds

    def render(self, context: template.Context) -> str:
        page = context.get("page")
        request = context.get("request")
        vary = [var.resolve(context) for var in self.vary_on]
        timeout = fragment_timeout(context, page)
        if (
            not timeout
            or page.pk is None
            # What a post answers carries its reader's CSRF token (includes/csrf_field.html).
            or getattr(request, "method", None) not in ("GET", "HEAD")
            or None in vary
            or (self.unless is not None and self.unless.resolve(context, ignore_failures=True))
        ):
            return self.nodelist.render(context)
        if self.seconds is not None:
            timeout = min(timeout, self.seconds)
        today = timezone.localdate().isoformat()
        key = make_template_fragment_key(
            self.name, [get_language(), page.pk, site_version(), today, *vary]
        )

        def draw() -> str:
            # The page was read before the fragment began: its tag is not noted by itself.
            cache_tags.add(f"page:{page.pk}")
            return self.nodelist.render(context)

        return cache_tags.cached(key, draw, timeout)


@register.tag("page_content")
def page_content(parser, token) -> PageContentNode:
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('"page_content" needs a name')
    unless = None
    if "unless" in bits:
        at = bits.index("unless")
        if at != len(bits) - 2:
            raise template.TemplateSyntaxError('"unless" takes one condition, last')
        unless = parser.compile_filter(bits[-1])
        bits = bits[:at]
    seconds = None
    if "for" in bits:
        at = bits.index("for")
        if at != len(bits) - 2 or not bits[-1].isdigit():
            raise template.TemplateSyntaxError('"for" takes a whole number of seconds')
        seconds = int(bits[-1])
        bits = bits[:at]
    name = bits[1].strip("\"'")
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endpage_content",))
    parser.delete_first_token()
    return PageContentNode(nodelist, name, vary_on, unless, seconds)
