"""Security headers that differ between the public site and the Wagtail admin."""

from csp.constants import SELF, UNSAFE_INLINE

ADMIN_PREFIXES = ("/admin/", "/django-admin/")

# The Wagtail admin (editor widgets, rich-text editor, previews) relies on inline styles and a
# few inline scripts. Staff-only pages get this wider policy; the public site keeps the strict one.
ADMIN_POLICY_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:", "https:"],
    "frame-src": [SELF],
}


class AdminContentSecurityPolicyMiddleware:
    """Widen the Content-Security-Policy for admin URLs only.

    Must come after ``csp.middleware.CSPMiddleware`` in ``MIDDLEWARE`` so the update is on the
    response before that middleware builds the header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            response._csp_update = ADMIN_POLICY_UPDATE
        return response
