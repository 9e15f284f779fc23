"""The public ideas behind an IOP agreement, shown on the agreement's page."""

from django import template
from wagtail.models import Page

from partnerships.initiatives.models import Initiative
from partnerships.initiatives.page import InitiativeFormPage
from partnerships.initiatives.public_list import PublicIdea, public_ideas

register = template.Library()


@register.simple_tag
def agreement_ideas(agreement: Page) -> list[tuple[PublicIdea, str]]:
    """The shown ideas that led to the agreement (in any of its languages), each with the
    address of its page under the föreningslots' page of the agreement's language."""
    initiatives = list(
        Initiative.objects.public()
        .filter(iop_agreement__translation_key=agreement.translation_key)
        .select_related("iop_agreement")
        .prefetch_related("priority_areas")
    )
    if not initiatives:  # Most agreements: nothing more to read.
        return []
    form_page = InitiativeFormPage.objects.live().filter(locale_id=agreement.locale_id).first()
    if form_page is None:
        return []
    return [
        (idea, form_page.idea_url(idea.reference))
        for idea in public_ideas(initiatives, agreement.locale_id)
    ]
