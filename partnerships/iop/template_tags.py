"""Agreements shown on other pages: a priority area's, and the latest on the home page."""

from django import template
from wagtail import hooks
from wagtail.models import Page

from lundsite import cache_tags, top_of_tree
from partnerships.iop.agreements import IOPAgreementPage
from partnerships.iop.principle_statements import AgreementPrinciple
from partnerships.iop.register import IOPRegisterPage

register = template.Library()

# Other wings show what belongs to an agreement (the idea behind it, its volunteer
# assignments) by registering a template with this hook; the agreement page includes them.
AGREEMENT_HOOK = "iop_agreement_sections"


AREA_AGREEMENTS = 10


@register.simple_tag
def area_agreements(area: Page, count: int = AREA_AGREEMENTS):
    """The newest running agreements of an area; the register lists them all. Retired
    when an agreement of the area is published, not any agreement."""
    with cache_tags.narrowed(f"iop-area:{area.translation_key}"):
        return list(
            IOPAgreementPage.objects.live()
            .public()
            .active()
            .for_area(area)
            .for_cards()
            .newest_first()[:count]
        )


@register.simple_tag
def latest_agreements(page: Page, count: int = 3):
    """Ongoing agreements lead, as in the register: an ended one is rarely what a reader
    of the home page is looking for."""
    return list(
        IOPAgreementPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .for_cards()
        .ongoing_first()[:count]
    )


@register.simple_tag(takes_context=True)
def register_page(context, page: Page) -> IOPRegisterPage | Page | None:
    """The register in the page's language: a child of the home page as a rule, found in
    the top of the tree without a query."""
    top = top_of_tree.for_request(context["request"])
    if top.home is not None and top.home.locale_id == page.locale_id:
        found = top.first_live(IOPRegisterPage)
        if found is not None:
            return found
    return IOPRegisterPage.objects.live().filter(locale_id=page.locale_id).first()


@register.simple_tag
def agreement_section_templates() -> list[str]:
    return [section() for section in hooks.get_hooks(AGREEMENT_HOOK)]


def _in_language(pages: list[Page], locale_id: int) -> dict:
    """Each page's translation in `locale_id` (or the page itself), by translation key, in
    one query: a statement's principle is shared by the agreement's translations."""
    # Pages in that language already (every page of the source language) need no query.
    keys = {page.translation_key for page in pages if page.locale_id != locale_id}
    found = (
        {
            page.translation_key: page
            for page in type(pages[0]).objects.filter(translation_key__in=keys, locale_id=locale_id)
        }
        if keys
        else {}
    )
    return {page.translation_key: found.get(page.translation_key, page) for page in pages}


@register.simple_tag
def agreement_principles(agreement: IOPAgreementPage) -> list[tuple[Page, str]]:
    """The agreement's statements as (principle in the page's language, statement), in the
    order of the six principles."""
    statements = list(agreement.principle_statements.select_related("principle"))
    localized = _in_language([s.principle for s in statements], agreement.locale_id)
    pairs = [(localized[s.principle.translation_key], s.statement) for s in statements]
    return sorted(pairs, key=lambda pair: pair[0].path)


@register.simple_tag
def principle_agreements(principle: Page) -> list[AgreementPrinciple]:
    """Live agreements in the principle's language that say how they follow it; each
    statement's `agreement` is set. Retired when an agreement that follows the principle is
    published, not any agreement."""
    with cache_tags.narrowed(f"iop-principle:{principle.translation_key}"):
        agreements = IOPAgreementPage.objects.live().public().filter(locale_id=principle.locale_id)
        return list(
            AgreementPrinciple.objects.filter(
                principle__translation_key=principle.translation_key, agreement__in=agreements
            )
            .select_related("agreement")
            .order_by("agreement__title")
        )
