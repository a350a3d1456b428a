"""The default workflow "Inhoud publiceren": (1) approval by the owning team (four eyes),
(2) the B1-taalcheck. Assigned to the whole page tree; also creates the reviewer groups."""

from django.db import migrations

WORKFLOW_NAME = "Inhoud publiceren"
TEAM_TASK_NAME = "Goedkeuring door eigen team"
B1_TASK_NAME = "B1-taalcheck"
LANGUAGE_COACHES = "Taalcoaches"
COORDINATORS = "Contentcoördinatoren"
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    OwningTeamApprovalTask = apps.get_model("kcc_content", "OwningTeamApprovalTask")
    PlainLanguageTask = apps.get_model("readability", "PlainLanguageTask")

    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    coaches, _ = Group.objects.get_or_create(name=LANGUAGE_COACHES)
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    if access_admin:
        coaches.permissions.add(access_admin)
        coordinators.permissions.add(access_admin)

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in COORDINATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename=codename
        ).first()
        if permission:
            GroupPagePermission.objects.get_or_create(
                group=coordinators, page=root, permission=permission
            )

    team_task, _ = OwningTeamApprovalTask.objects.get_or_create(
        name=TEAM_TASK_NAME,
        defaults={
            "content_type": ContentType.objects.get_or_create(
                app_label="kcc_content", model="owningteamapprovaltask"
            )[0],
            "active": True,
        },
    )
    b1_task, _ = PlainLanguageTask.objects.get_or_create(
        name=B1_TASK_NAME,
        defaults={
            "content_type": ContentType.objects.get_or_create(
                app_label="readability", model="plainlanguagetask"
            )[0],
            "active": True,
        },
    )
    b1_task.groups.add(coaches, coordinators)

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=team_task, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=b1_task, sort_order=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0001_content_review"),
        ("readability", "0001_plain_language"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
