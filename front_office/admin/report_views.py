"""The contact report screen and its CSV/XLSX downloads, for ``front_office.view_contact_report``."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from front_office import report
from participation.exports import sheet_as_csv, sheets_as_xlsx

PERMISSION = "front_office.view_contact_report"
URL_NAME = "front_office_contact_report"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def contact_report(request):
    """Counts for one month (``?month=YYYY-MM``, default last month); ``?format=csv|xlsx``."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    month = report.parse_month(request.GET.get("month", ""))
    result = report.build_report(month)
    sheets = report.contact_sheets(result)
    file_format = request.GET.get("format")
    stem = f"contacten-{month:%Y-%m}"
    if file_format == "xlsx":
        return _download(sheets_as_xlsx(sheets), XLSX_TYPE, f"{stem}.xlsx")
    if file_format == "csv":
        kind = request.GET.get("kind", "channel")
        sheet = next((sheet for sheet in sheets if sheet.kind == kind), sheets[0])
        return _download(sheet_as_csv(sheet), "text/csv; charset=utf-8", f"{stem}-{sheet.kind}.csv")
    base = reverse(URL_NAME)
    month_text = f"{month:%Y-%m}"
    return TemplateResponse(
        request,
        "front_office/admin/contact_report.html",
        {
            "report": result,
            "month_value": month_text,
            "xlsx_url": f"{base}?{urlencode({'month': month_text, 'format': 'xlsx'})}",
            "csv_links": [
                (
                    sheet.title,
                    f"{base}?{urlencode({'month': month_text, 'format': 'csv', 'kind': sheet.kind})}",
                )
                for sheet in sheets
            ],
        },
    )


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
