"""Consultations link to an area page instead of naming the area in free text.

An existing text is matched to an area page with the same title (in the consultation's
language); "Hele gemeente" and texts without a matching page become "whole municipality" (empty).
"""

import django.db.models.deletion
from django.db import migrations, models


def link_areas(apps, schema_editor):
    ConsultationPage = apps.get_model("consultations", "ConsultationPage")
    AreaPage = apps.get_model("neighbourhoods", "AreaPage")
    for consultation in ConsultationPage.objects.exclude(area_name=""):
        area = AreaPage.objects.filter(
            title__iexact=consultation.area_name.strip(), locale_id=consultation.locale_id
        ).first()
        if area is not None:
            ConsultationPage.objects.filter(pk=consultation.pk).update(area=area)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0002_participation_staff_group"),
        ("neighbourhoods", "0001_neighbourhoods"),
    ]

    operations = [
        migrations.RenameField("consultationpage", "area", "area_name"),
        migrations.AddField(
            model_name="consultationpage",
            name="area",
            field=models.ForeignKey(
                blank=True,
                help_text="The village or neighbourhood. Leave empty for the whole municipality.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="neighbourhoods.areapage",
                verbose_name="area",
            ),
        ),
        migrations.RunPython(link_areas, migrations.RunPython.noop),
        migrations.RemoveField("consultationpage", "area_name"),
    ]
