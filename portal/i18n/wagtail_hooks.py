"""The admin in four languages: fields typed in their own, pages moved safely."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages

from .admin_fixes import slugs_taken_under
from .fields import field_languages


@hooks.register("insert_editor_js")
def field_language_script():
    """Page and snippet editors: mark each translated field with its language."""
    return format_html(
        '{}<script defer src="{}"></script>',
        json_script(field_languages(), "i18n-field-languages"),
        static("i18n/js/field_languages.js"),
    )


@hooks.register("insert_global_admin_css")
def field_language_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("i18n/css/field_languages.css")
    )


@hooks.register("before_move_page")
def refuse_move_onto_taken_slug(request, page, destination):
    taken = slugs_taken_under(destination, page)
    if not taken:
        return None
    for slug in taken:
        # Wagtail's own wording, already translated in its catalogue.
        messages.error(
            request,
            _(
                "The slug '%(page_slug)s' is already in use at the selected parent "
                "page. Make sure the slug is unique and try again."
            )
            % {"page_slug": slug},
        )
    return redirect("wagtailadmin_pages:move", page.id)
