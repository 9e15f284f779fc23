"""The organiser of a posted assignment hears how the coordinators decided.

The receipt promises a word when the assignment is published; a coordinator may also send
it back ("Begär ändringar") with a comment, which the organiser, who has no account in the
admin, would otherwise never see. Only assignments posted through the public form count:
their workflow was started without a user (posting.py), while assignments that
coordinators write themselves, and the loaded examples, never were.
"""

from urllib.parse import urljoin

from django.dispatch import receiver
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import page_published, task_rejected

from lundsite.models import ContactSettings
from lundsite.outbox import queue_email
from partnerships.frivilligkraft.assignments import AssignmentPage
from partnerships.frivilligkraft.posting import COORDINATOR_WORKFLOW

EMAIL_FOLDER = "partnerships/frivilligkraft/email"


def was_posted_by_the_public(page: Page) -> bool:
    return (
        WorkflowState.objects.for_instance(page)
        .filter(workflow__name=COORDINATOR_WORKFLOW, requested_by__isnull=True)
        .exists()
    )


def public_url(page: Page) -> str:
    """The page's address on the site's configured host (WAGTAILADMIN_BASE_URL): a coordinator
    may approve from any address, and a mail is read far from the request that sent it."""
    return urljoin(get_admin_base_url() + "/", page.get_url() or page.url_path)


def _tell_organiser(assignment: AssignmentPage, template: str, context: dict) -> None:
    contact = ContactSettings.for_site(assignment.get_site())
    queue_email(
        f"{EMAIL_FOLDER}/{template}",
        {"assignment": assignment, **context},
        to=[assignment.contact_email],
        # The organiser's language is the one they posted in: the page's locale.
        language=assignment.locale.language_code,
        reply_to=[contact.frivilligkraft_email] if contact.frivilligkraft_email else None,
    )


@receiver(page_published, sender=AssignmentPage)
def tell_organiser_published(sender, instance: AssignmentPage, **kwargs) -> None:
    # Only the first publication: later edits and closing republish the page too.
    first = AssignmentPage.objects.filter(
        pk=instance.pk, first_published_at=instance.last_published_at
    ).exists()
    if first and was_posted_by_the_public(instance):
        _tell_organiser(instance, "assignment_published", {"url": public_url(instance)})


@receiver(task_rejected)
def tell_organiser_declined(sender, instance: TaskState, **kwargs) -> None:
    workflow_state = instance.workflow_state
    if workflow_state.workflow.name != COORDINATOR_WORKFLOW or workflow_state.requested_by_id:
        return
    assignment = workflow_state.content_object.specific
    if isinstance(assignment, AssignmentPage):
        _tell_organiser(assignment, "assignment_declined", {"reason": instance.get_comment()})
