"""Frivilligkraft's coordinators may edit and publish the assignments under their list,
and approve what the public posts there. Run after the list page is created."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from partnerships.frivilligkraft.posting import COORDINATOR_WORKFLOW, COORDINATORS

PAGE_ACTIONS = ["add_page", "change_page", "publish_page"]


def grant_coordinators(index: Page) -> None:
    group = Group.objects.filter(name=COORDINATORS).first()
    workflow = Workflow.objects.filter(name=COORDINATOR_WORKFLOW).first()
    if group is None or workflow is None:
        return
    for codename in PAGE_ACTIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
