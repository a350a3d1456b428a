"""Admin for the postcode mapping: "Neighbourhoods" → "Postcodes".

Editors see every postcode (or letter range) with its area, search by postcode, filter by area,
and edit single rows. The whole mapping is replaced by uploading a CSV file ("Import postcodes
(CSV)", for users who may add and delete postcode areas) and downloaded in the same format, so
the usual way of working is: download, change in a spreadsheet, upload. Every import lands in
Wagtail's audit log with its counts.
"""

import csv
import io

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.csv_import import too_large
from core.spreadsheet_safety import defused_row
from neighbourhoods.admin.menu import NEIGHBOURHOODS_MENU_HOOK
from neighbourhoods.models import PostcodeArea
from neighbourhoods.postcode_import import IMPORT_ACTION, MAX_BYTES, export_rows, import_postcodes
from neighbourhoods.postcodes import letter_ranges_conflict
from places.models import Area

IMPORT_PERMISSIONS = ("add", "delete")
DOWNLOAD_PERMISSIONS = ["view", "add", "change", "delete"]


@hooks.register("register_log_actions")
def register_postcode_log_actions(actions):
    """The audit log entry of a CSV import: only the counts."""

    @actions.register_action(IMPORT_ACTION)
    class ImportFormatter(LogFormatter):
        label = gettext_lazy("Import postcodes")

        def format_message(self, log_entry):
            return _("Postcodes imported: %(created)s rows, replacing %(replaced)s rows.") % {
                "created": log_entry.data.get("created", 0),
                "replaced": log_entry.data.get("replaced", 0),
            }


# Editing one row


class PostcodeAreaForm(WagtailAdminModelForm):
    """One row; it may not overlap with another row of the same postcode."""

    def clean_letters_from(self):
        return self.cleaned_data.get("letters_from", "").strip().upper()

    def clean_letters_to(self):
        return self.cleaned_data.get("letters_to", "").strip().upper()

    def clean(self):
        cleaned_data = super().clean()
        digits = cleaned_data.get("digits")
        letters = (cleaned_data.get("letters_from", ""), cleaned_data.get("letters_to", ""))
        # Errors on a field also keep Django from adding the bare message of the check constraint.
        if bool(letters[0]) != bool(letters[1]):
            self.add_error(
                "letters_to", _("Fill in both letters, or leave both empty for the whole postcode.")
            )
            return cleaned_data
        if letters[0] > letters[1]:
            self.add_error("letters_to", _("The last letters must come after the first letters."))
            return cleaned_data
        if not digits or self.errors:
            return cleaned_data
        others = PostcodeArea.objects.filter(digits=digits).exclude(pk=self.instance.pk)
        for other in others:
            if letter_ranges_conflict(letters, (other.letters_from, other.letters_to)):
                raise forms.ValidationError(
                    _("This overlaps with %(other)s (%(area)s). Change that row first.")
                    % {"other": other, "area": other.area.name}
                )
        return cleaned_data


postcode_panels = ObjectList(
    [
        FieldPanel("digits"),
        FieldRowPanel(
            [FieldPanel("letters_from"), FieldPanel("letters_to")],
            heading=gettext_lazy("Letters (only when the postcode is split over two areas)"),
        ),
        FieldPanel("area"),
    ],
    base_form_class=PostcodeAreaForm,
)


# Listing


class PostcodeAreaFilterSet(WagtailFilterSet):
    """Filter the listing by area (village or neighbourhood)."""

    area = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Area"),
        queryset=lambda request: Area.objects.select_related("parent"),
    )

    class Meta:
        model = PostcodeArea
        fields = ["area"]


class PostcodeIndexView(IndexView):
    """The listing, with "Import postcodes (CSV)" and "Download as CSV" in the header."""

    import_url_name = None
    download_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        policy = self.permission_policy
        if policy.user_has_permission(self.request.user, "add") and policy.user_has_permission(
            self.request.user, "delete"
        ):
            buttons.append(
                HeaderButton(
                    _("Import postcodes (CSV)"),
                    url=reverse(self.import_url_name),
                    icon_name="upload",
                    priority=20,
                )
            )
        buttons.append(
            HeaderButton(
                _("Download as CSV"),
                url=reverse(self.download_url_name),
                icon_name="download",
                priority=30,
            )
        )
        return buttons


def letters_column(row: PostcodeArea) -> str:
    if row.letters_from:
        return f"{row.letters_from}–{row.letters_to}"
    return _("whole postcode")


# Import and download


class PostcodeImportForm(forms.Form):
    """The CSV file with the complete mapping, and whether to check it only."""

    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns postcode, letters_from, letters_to and area, separated by ; or ,. "
            "At most 1 MB."
        ),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file; change nothing"),
        required=False,
    )

    def clean_file(self):
        """The upload, refused here already when it is over the size limit."""
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(too_large(MAX_BYTES).message)
        return upload


class PostcodeImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a CSV file that replaces the whole mapping, or only check it."""

    template_name = "neighbourhoods/admin/postcode_import.html"
    page_title = gettext_lazy("Import postcodes (CSV)")
    header_icon = "upload"
    form_class = PostcodeImportForm
    permission_policy = None
    index_url_name = None
    download_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not all(
            self.permission_policy.user_has_permission(request.user, action)
            for action in IMPORT_PERMISSIONS
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            index_url=reverse(self.index_url_name),
            download_url=reverse(self.download_url_name),
            current_count=PostcodeArea.objects.count(),
        )
        return context

    def form_valid(self, form):
        dry_run = form.cleaned_data["dry_run"]
        result = import_postcodes(
            form.cleaned_data["file"], dry_run=dry_run, user=self.request.user
        )
        if result.ok and not dry_run:
            messages.success(
                self.request,
                _("Postcodes imported: %(created)d rows. The %(replaced)d old rows were replaced.")
                % {"created": result.created, "replaced": result.replaced},
            )
            return redirect(self.index_url_name)
        if not result.ok:
            messages.error(
                self.request,
                _("The file has errors. Nothing was changed. See the list below."),
            )
        return self.render_to_response(self.get_context_data(form=form, result=result))


class PostcodeDownloadView(View):
    """The current mapping as a CSV file that can be imported again unchanged."""

    permission_policy = None

    def get(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, DOWNLOAD_PERMISSIONS):
            raise PermissionDenied
        buffer = io.StringIO()
        # A byte order mark and semicolons: Excel with Dutch settings opens the file as columns.
        buffer.write("\ufeff")
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(
            defused_row(row) for row in export_rows()
        )
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"postcodes-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


# Viewset


class PostcodeAreaViewSet(SnippetViewSet):
    """ "Neighbourhoods" → "Postcodes": listing, single rows, CSV import and download."""

    model = PostcodeArea
    icon = "table"
    menu_label = gettext_lazy("Postcodes")
    menu_name = "neighbourhood_postcodes"
    menu_order = 500
    menu_hook = NEIGHBOURHOODS_MENU_HOOK
    add_to_admin_menu = True
    url_prefix = "neighbourhoods/postcodes"
    index_view_class = PostcodeIndexView
    list_display = [
        Column("digits", label=gettext_lazy("postcode digits"), sort_key="digits"),
        Column("letters", label=gettext_lazy("letters"), accessor=letters_column),
        Column("area", label=gettext_lazy("area"), sort_key="area__name"),
    ]
    filterset_class = PostcodeAreaFilterSet
    search_fields = ["digits", "area__name"]
    search_backend_name = None
    list_per_page = 100
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = postcode_panels

    def get_queryset(self, request):
        return PostcodeArea.objects.select_related("area").order_by("digits", "letters_from")

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            import_url_name=self.get_url_name("import"),
            download_url_name=self.get_url_name("download"),
            **kwargs,
        )

    def get_urlpatterns(self):
        breadcrumbs = [
            *self.breadcrumbs_items,
            {"url": reverse_lazy(self.get_url_name("list")), "label": self.menu_label},
        ]
        import_view = PostcodeImportView.as_view(
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("list"),
            download_url_name=self.get_url_name("download"),
            breadcrumbs_items=breadcrumbs,
        )
        download_view = PostcodeDownloadView.as_view(permission_policy=self.permission_policy)
        return [
            *super().get_urlpatterns(),
            path("import/", import_view, name="import"),
            path("download/", download_view, name="download"),
        ]


register_snippet(PostcodeAreaViewSet)
