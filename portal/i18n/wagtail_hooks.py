"""The admin in four languages: fields typed in their own and shown one language
at a time, missing translations named on saving, new pages' slugs made in each
language, pages moved safely."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages

from .admin_fixes import slugs_taken_under
from .completeness import missing_languages
from .fields import field_languages
from .slugs import missing_slugs


@hooks.register("insert_editor_js")
def field_language_script():
    """Page and snippet editors: mark each translated field with its language,
    and show one language's fields at a time."""
    data = {
        "languages": field_languages(),
        "labels": {"group": _("Languages shown"), "all": _("All languages")},
    }
    return format_html(
        '{}<script defer src="{}"></script>',
        json_script(data, "i18n-field-languages"),
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


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_of_missing_languages(request, obj):
    """Tell the editor which languages' readers will still get English."""
    # Autosave and other script requests: the message would greet a later page.
    if not request.accepts("text/html"):
        return
    codes = missing_languages(obj)
    if not codes:
        return
    # Translators: between language names in a list; Arabic uses "، ".
    names = _(", ").join(
        str(get_language_info(code)["name_translated"]) for code in codes
    )
    messages.warning(
        request,
        _(
            "Not yet translated into %(languages)s: readers of those languages "
            "see the English text until the translation is added."
        )
        % {"languages": names},
    )


@hooks.register("before_create_page")
def fill_translated_slugs(request, parent_page, page_class):
    """A new page's empty slugs, in the languages it has a title in, made from
    those titles by one rule (slugs.py) before the form validates them."""
    if request.method != "POST":
        return
    slugs = missing_slugs(request.POST, parent_page)
    if slugs:
        data = request.POST.copy()
        for field, slug in slugs.items():
            data[field] = slug
        request.POST = data
