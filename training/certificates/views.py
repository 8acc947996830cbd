from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.security.two_factor import second_factor_required

from .. import access
from . import codes, rendering, selectors
from .forms import VerificationForm


# Never from the page cache: a certificate issued a moment ago must verify at once.
@never_cache
@require_safe
def verify(request):
    """Anyone may check a code: the holder's name, the module and the date."""
    form = VerificationForm(request.GET if "code" in request.GET else None)
    certificate = printed_code = None
    if form.is_valid():
        certificate = selectors.certificate_with_code(form.cleaned_data["code"])
        printed_code = codes.grouped(form.cleaned_data["code"])
    return render(
        request,
        "training/certificates/verify.html",
        {"form": form, "certificate": certificate, "printed_code": printed_code},
        status=_verification_status(form, certificate),
    )


def _verification_status(form, certificate):
    if not form.is_bound or certificate is not None:
        return 200
    return 404 if form.is_valid() else 400


@never_cache
@require_safe
@second_factor_required
def certificate_pdf(request, code):
    if not request.user.is_authenticated:
        return access.login_redirect(request)
    try:
        code = codes.normalise(code)
    except codes.InvalidCode:
        raise Http404 from None
    certificate = selectors.certificate_of(request.user, code)
    if certificate is None:
        raise Http404
    response = HttpResponse(
        rendering.certificate_pdf(certificate, request),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=rendering.file_name(certificate)
    )
    return response
