"""Every way the admin puts a safeguarded page live passes the safeguarding check.

The page's own publish() refuses a person's publishing without a check (see
pages.py); these hooks ask for the checklist where Wagtail's views publish, and
refuse with a message before anything is written.
"""

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import PublishMenuItem

from .admin_api import SafeguardedPagesAdminAPIViewSet
from .forms import SafeguardingChecklistForm
from .pages import copies_safeguarded_pages, is_safeguarded, pages_unchecked
from .services import CHECK_MISSING, COPY_STAYS_DRAFT, safeguarding_check_confirm

# The checklist's inputs in the page editor's form, apart from the page's fields.
CHECKLIST_PREFIX = "safeguarding"


class ChecklistPublishMenuItem(PublishMenuItem):
    """ "Publish" that opens the safeguarding checklist, whose own button publishes."""

    template_name = "moderation/publish_menu_item.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["checklist"] = SafeguardingChecklistForm(prefix=CHECKLIST_PREFIX)
        return context


def edited_page_class(request, context):
    page = context.get("page")
    if page is not None:
        return page.specific_class
    # The create view names the new page's type in its address.
    kwargs = request.resolver_match.kwargs
    content_type = ContentType.objects.get_by_natural_key(
        kwargs["content_type_app_name"], kwargs["content_type_model_name"]
    )
    return content_type.model_class()


@hooks.register("construct_page_action_menu")
def publish_through_the_checklist(menu_items, request, context):
    if not is_safeguarded(edited_page_class(request, context)):
        return
    for index, item in enumerate(menu_items):
        if type(item) is PublishMenuItem:
            menu_items[index] = ChecklistPublishMenuItem(order=item.order)


@hooks.register("before_publish_page")
def confirm_the_checklist(request, page):
    """Editor and create view: the revision just saved goes live only with the
    checklist sent along."""
    if not is_safeguarded(page):
        return None
    checklist = SafeguardingChecklistForm(request.POST, prefix=CHECKLIST_PREFIX)
    if checklist.is_valid():
        safeguarding_check_confirm(
            revision=page.get_latest_revision(),
            user=request.user,
            confirmations=checklist.cleaned_data,
        )
        return None
    if page.live and request.resolver_match.url_name == "add":
        # The create view adds the new page live before it publishes: undo that.
        page.live = False
        page.save(clean=False, update_fields=["live"])
    # The changes are kept as a draft revision, which the editor opens again.
    messages.error(request, str(CHECK_MISSING))
    return redirect("wagtailadmin_pages:edit", page.id)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_unchecked(request, action_type, objects, action):
    if action_type != "publish" or not objects:
        return None
    pages = list(objects)
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live())
    unchecked = pages_unchecked(pages)
    if not unchecked:
        return None
    messages.error(
        request,
        _(
            "Nothing was published: %(titles)s still need the safeguarding check. "
            "Open each one and publish it from the editor."
        )
        % {"titles": ", ".join(page.get_admin_display_title() for page in unchecked)},
    )
    return redirect(action.next_url)


# Before wagtail-modeltranslation's hook, which copies the page itself.
@hooks.register("before_copy_page", order=-1)
def copy_safeguarded_pages_as_drafts(request, page):
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    if not copies_safeguarded_pages(
        page, recursive=bool(request.POST.get("copy_subpages"))
    ):
        return None
    messages.error(request, str(COPY_STAYS_DRAFT))
    return redirect(request.get_full_path())


@hooks.register("construct_admin_api")
def admin_api_publishes_through_the_checklist(router):
    router.register_endpoint("pages", SafeguardedPagesAdminAPIViewSet)
