"""Admin upload pages for the measurement and benchmark imports.

Thin views: the form takes a file, the import module checks and writes it. On problems the
page lists every line with its reason and nothing is saved; on success it reports the counts.
"""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.csv_import import too_large
from service_norms.benchmark_import import import_benchmark_results
from service_norms.import_table import MAX_FILE_BYTES
from service_norms.measurement_import import import_norm_measurements


class ImportUploadForm(forms.Form):
    """One file; the import itself checks its contents."""

    file = forms.FileField(label=gettext_lazy("File"))

    def __init__(self, *args, accept: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = accept

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(too_large(MAX_FILE_BYTES).message)
        return upload


@dataclass(frozen=True)
class ImportKind:
    """What one upload page imports and who may use it."""

    title: object
    permission: str
    run: object
    accept: str
    template: str
    done_url_name: str


IMPORTS = {
    "measurements": ImportKind(
        title=gettext_lazy("Import measurements"),
        permission="service_norms.add_normmeasurement",
        run=import_norm_measurements,
        accept=".csv,text/csv",
        template="service_norms/import_norm_measurements.html",
        done_url_name="wagtailsnippets_service_norms_normmeasurement:list",
    ),
    "benchmark": ImportKind(
        title=gettext_lazy("Import benchmark results"),
        permission="service_norms.add_benchmarkresult",
        run=import_benchmark_results,
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        template="service_norms/import_benchmark_results.html",
        done_url_name="wagtailsnippets_service_norms_benchmarkresult:list",
    ),
}


def import_upload(request, kind: str):
    """Show the upload form (GET) or import the uploaded file (POST)."""
    config = IMPORTS.get(kind)
    if config is None:
        raise Http404
    if not request.user.has_perm(config.permission):
        raise PermissionDenied
    problems = []
    if request.method == "POST":
        form = ImportUploadForm(request.POST, request.FILES, accept=config.accept)
        if form.is_valid():
            result = config.run(form.cleaned_data["file"])
            if result.ok:
                messages.success(
                    request,
                    _("Import done: %(created)s new, %(updated)s updated.")
                    % {"created": result.created, "updated": result.updated},
                )
                return redirect(config.done_url_name)
            problems = [(problem.line, problem.message) for problem in result.problems]
    else:
        form = ImportUploadForm(accept=config.accept)
    return TemplateResponse(
        request,
        config.template,
        {"form": form, "problems": problems, "title": config.title, "kind": kind},
        status=400 if problems else 200,
    )
