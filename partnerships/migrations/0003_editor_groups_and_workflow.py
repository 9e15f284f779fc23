"""Groups for editors and publishers, and the workflow between them.

Redaktörer write and submit pages; Publicerare approve and publish them. The workflow is set
on the root page, so every page an editor writes, IOP agreements included, waits for a
publisher.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Redaktörer"
PUBLISHERS = "Publicerare"
WORKFLOW = "Granskning av publicerare"
TASK = "Publicerare godkänner"
SNIPPET_PERMISSIONS = [
    ("partnerships", codename)
    for model in ("organisation", "municipalbody")
    for codename in (f"add_{model}", f"change_{model}")
]
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]


def create_groups(apps, schema_editor):
    # Permissions of new models exist only after migrate ends; they are needed now.
    for app_config in global_apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    page_actions = {EDITORS: ["add", "change"], PUBLISHERS: ["add", "change", "publish", "lock"]}
    groups = {}
    for name, actions in page_actions.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(permission("wagtailadmin", "access_admin"))
        for app_label, codename in SNIPPET_PERMISSIONS:
            group.permissions.add(permission(app_label, codename))
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", f"{action}_page")
            )
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(app_label, codename)
            )

    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(groups[PUBLISHERS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, PUBLISHERS]).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0002_iop_register"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
