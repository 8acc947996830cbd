from allauth.account.internal.stagekit import clear_login
from allauth.account.views import LoginView
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.views import ActivateTOTPView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.security import two_factor
from portal.security.two_factor import second_factor_required

from . import approval
from .adapter import language_cookie_set
from .forms import ProfileForm, RefusalForm
from .models import StaffProfile


class SignInView(LoginView):
    """allauth's sign-in, which always starts afresh.

    allauth sends whoever opens it back to a sign-in left half-done in the
    browser: on a shared computer, the next person would face the code prompt
    of someone who gave their password and walked away.
    """

    def _redirect_to_pending_stage(self, request, stage):
        clear_login(request)
        return None


class TwoFactorEnrolView(ActivateTOTPView):
    """allauth's set-up of an authenticator app, whose code counts as this
    session's second factor (portal/security/two_factor.py)."""

    def form_valid(self, form):
        response = super().form_valid(form)
        two_factor.enrolment_record(
            self.request,
            Authenticator.objects.get(
                user=self.request.user, type=Authenticator.Type.TOTP
            ),
        )
        return response


@login_required
def profile(request):
    """The signed-in person's profile; their centre is shown, not edited."""
    staff_profile = StaffProfile.objects.filter(user=request.user).first()
    form = None
    if staff_profile is not None:
        form = ProfileForm(request.POST or None, instance=staff_profile)
        if request.method == "POST" and form.is_valid():
            form.save()
            language = staff_profile.preferred_language
            # The next page, and the message on it, in the language just chosen.
            with translation.override(language):
                messages.success(request, _("Your profile was saved."))
                response = HttpResponseRedirect(reverse("accounts:profile"))
            language_cookie_set(response, language)
            return response
    return render(
        request,
        "accounts/profile.html",
        {"staff_profile": staff_profile, "form": form},
    )


@login_required
@second_factor_required
def approvals(request):
    """The sign-ups waiting for this supervisor (or admin) to decide."""
    if not approval.may_approve(request.user):
        raise PermissionDenied
    return render(
        request,
        "accounts/approvals.html",
        {"profiles": approval.pending_profiles(request.user)},
    )


@require_POST
@login_required
@second_factor_required
def approve(request, profile_id):
    if not approval.may_approve(request.user):
        raise PermissionDenied
    try:
        profile, changed = approval.profile_approve(
            profile_id=profile_id, by=request.user
        )
    except StaffProfile.DoesNotExist:
        raise Http404 from None
    if changed:
        decision_message(
            request, _("%(name)s can now sign in and take training."), profile
        )
    else:
        already_decided(request, profile)
    return redirect("accounts:approvals")


@require_http_methods(["GET", "POST"])
@login_required
@second_factor_required
def refuse(request, profile_id):
    """Refusing asks first, and for the reason the person will read."""
    if not approval.may_approve(request.user):
        raise PermissionDenied
    profile = get_object_or_404(
        approval.decidable_profiles(request.user).select_related("user", "centre"),
        pk=profile_id,
    )
    if profile.status != StaffProfile.Status.PENDING:
        already_decided(request, profile)
        return redirect("accounts:approvals")
    form = RefusalForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        profile, changed = approval.profile_refuse(
            profile_id=profile.pk, by=request.user, reason=form.cleaned_data["reason"]
        )
        if changed:
            decision_message(request, _("%(name)s's sign-up was refused."), profile)
        else:
            already_decided(request, profile)
        return redirect("accounts:approvals")
    return render(
        request,
        "accounts/refuse.html",
        {"profile": profile, "form": form},
        status=400 if form.is_bound else 200,
    )


def decision_message(request, message, profile):
    messages.success(request, message % {"name": profile.full_name})


def already_decided(request, profile):
    messages.info(
        request,
        _("%(name)s's sign-up was already decided: %(status)s.")
        % {"name": profile.full_name, "status": profile.get_status_display()},
    )


def waiting(request):
    """Where a person who cannot sign in yet is sent (no personal data shown)."""
    return render(request, "accounts/waiting.html")


def refused(request):
    return render(request, "accounts/refused.html")
