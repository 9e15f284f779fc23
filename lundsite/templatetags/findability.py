"""What search engines and link previews read in each page's head: description, canonical
address, Open Graph and, on the home page, who runs the site (JSON-LD)."""

import json
from dataclasses import replace

from django import template
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail.models import Page

from lundsite import top_of_tree
from lundsite.models import ContactSettings
from lundsite.share_images import ShareImage, share_image

register = template.Library()

OG_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
# json.dumps leaves these as they are; inside <script> they could end the element early.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def page_description(page) -> str:
    """The editors' search description, else the page's lead text."""
    if not isinstance(page, Page):
        return ""
    if page.search_description:
        return page.search_description
    lead = page.get_lead() if hasattr(page, "get_lead") else ""
    return lead or getattr(page, "intro", "") or ""


@register.simple_tag(takes_context=True)
def canonical_url(context, page) -> str:
    """The page's own address without query string, on the host the reader asked for."""
    request: HttpRequest = context["request"]
    if not isinstance(page, Page):
        return request.build_absolute_uri(request.path)
    return request.build_absolute_uri(page.get_url(request))


@register.simple_tag
def og_locale() -> str:
    return OG_LOCALES.get(get_language() or "sv", "sv_SE")


def organisation_data(site_url: str, language: str, phone: str, email: str) -> dict:
    lund = {
        "@type": "GovernmentOrganization",
        "@id": "https://www.lund.se/#organization",
        "name": "Lunds kommun",
        "url": "https://www.lund.se/",
        "areaServed": {"@type": "City", "name": "Lund"},
    }
    contact = {"@type": "ContactPoint", "contactType": "föreningslotsen"}
    if phone:
        contact["telephone"] = phone
    if email:
        contact["email"] = email
    if len(contact) > 2:
        lund["contactPoint"] = contact
    return {
        "@context": "https://schema.org",
        "@graph": [
            lund,
            {
                "@type": "WebSite",
                "name": "Samverkan Lund",
                "url": site_url,
                "inLanguage": language,
                "publisher": {"@id": lund["@id"]},
            },
        ],
    }


@register.simple_tag(takes_context=True)
def organisation_json_ld(context) -> SafeString:
    """A data block, not a script: browsers never run it, so the CSP's script-src does not
    apply to it."""
    request: HttpRequest = context["request"]
    contact = ContactSettings.for_request(request)
    data = organisation_data(
        site_url=request.build_absolute_uri(request.path),
        language=get_language() or "sv",
        phone=contact.foreningslots_phone,
        email=contact.foreningslots_email,
    )
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))


@register.simple_tag(takes_context=True)
def share_image_of(context, page) -> ShareImage:
    """The card a link preview shows for the page, at an absolute address as Open Graph
    requires."""

    # The section from the top of the tree, which the header reads too; only when the
    # page's card is not kept already.
    def find_ancestors() -> list[Page] | None:
        return top_of_tree.for_request(context["request"]).ancestors_of(page)

    image = share_image(page, find_ancestors)
    return replace(image, url=context["request"].build_absolute_uri(image.url))
