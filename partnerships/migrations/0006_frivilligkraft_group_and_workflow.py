"""The group Frivilligkraft (the coordinators) and the workflow in which they approve
assignments that the public posts. Page permissions on the list page are given when the
list page exists (partnerships.assignment_coordinators.grant_coordinators)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Frivilligkraft"
WORKFLOW = "Frivilligkrafts granskning"
TASK = "Frivilligkraft godkänner uppdrag"
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("partnerships", "view_interest"),
    ("partnerships", "change_interest"),
    ("partnerships", "add_assignmentcategory"),
    ("partnerships", "change_assignmentcategory"),
]


def create_group_and_workflow(apps, schema_editor):
    # Permissions of new models exist only after migrate ends; they are needed now.
    for app_config in global_apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


def remove_group_and_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0005_assignments"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_group_and_workflow, remove_group_and_workflow)]
