from django.core.checks import Error, register

from .case_data import case_detail_fields


@register()
def no_case_detail_fields(app_configs, **kwargs):
    return [
        Error(
            f"{field} looks made for a child's case details, which the portal "
            "must not hold.",
            hint="Remove it, or add it to ALLOWED in portal/security/case_data.py "
            "with the reason it is harmless.",
            id="security.E001",
        )
        for field in case_detail_fields()
    ]
