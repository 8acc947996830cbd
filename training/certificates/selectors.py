"""Finding a certificate by its code."""

from ..models.records import ModuleCompletion


def certificates():
    """Completions with what a certificate shows: holder, profile and module."""
    return ModuleCompletion.objects.select_related("user__staff_profile", "module")


def certificate_with_code(code):
    return certificates().filter(verification_code=code).first()


def certificate_of(user, code):
    """The certificate `code` if `user` may download it (its holder, a superuser)."""
    found = certificates().filter(verification_code=code)
    if not user.is_superuser:
        found = found.filter(user=user)
    return found.first()
