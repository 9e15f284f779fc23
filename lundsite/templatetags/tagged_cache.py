"""`{% cache %}` as Django's, but a fragment keeps the tags of what it shows
(lundsite.cache_tags): a publish retires the fragments that show the page, and a fragment
read from the cache tells the page around it what it shows. A timeout of 0 (a preview)
neither reads nor keeps anything."""

from django import template
from django.core.cache.utils import make_template_fragment_key
from django.templatetags.cache import CacheNode, do_cache

from lundsite import cache_tags

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
