"""Youth proposals link to an area page instead of naming the neighbourhood in free text.

An existing text is matched to an area page with the same title; other texts are dropped (staff
can pick the area in the admin).
"""

import django.db.models.deletion
from django.db import migrations, models


def link_areas(apps, schema_editor):
    YouthProposal = apps.get_model("youth", "YouthProposal")
    AreaPage = apps.get_model("neighbourhoods", "AreaPage")
    for proposal in YouthProposal.objects.exclude(neighbourhood=""):
        area = AreaPage.objects.filter(title__iexact=proposal.neighbourhood.strip()).first()
        if area is not None:
            YouthProposal.objects.filter(pk=proposal.pk).update(area=area)


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0002_youth_staff_group"),
        ("neighbourhoods", "0001_neighbourhoods"),
    ]

    operations = [
        migrations.AddField(
            model_name="youthproposal",
            name="area",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="neighbourhoods.areapage",
                verbose_name="village or neighbourhood",
            ),
        ),
        migrations.RunPython(link_areas, migrations.RunPython.noop),
        migrations.RemoveField("youthproposal", "neighbourhood"),
    ]
