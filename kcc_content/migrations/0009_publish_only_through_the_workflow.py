"""Every page is published through the workflow "Inhoud publiceren": no group publishes directly.

Content coordinators received ``publish_page`` on the root in 0002, and earlier versions of the
demo gave it to participation staff and youth workers. With it they could skip the second person
(four eyes); only superusers keep the right to publish directly.
"""

from django.db import migrations


def revoke_publish_page(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        permission__content_type__app_label="wagtailcore", permission__codename="publish_page"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kcc_content", "0008_remove_productpage_handling_time_norm"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(revoke_publish_page, migrations.RunPython.noop)]
